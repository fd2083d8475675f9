import { describe, expect, it } from 'vitest';
import { keepTouched, statusChoices } from './status-choices';

const none = { contestedBy: [], corroboratedBy: [] };

describe('statusChoices', () => {
  it('offers corroborated and contested only when links support them', () => {
    expect(statusChoices('unreviewed', none)).toEqual([
      'unreviewed',
      'single-source',
      'confirmed',
      'discounted',
      'rejected',
    ]);
    expect(statusChoices('unreviewed', { contestedBy: [{ linkId: 1 }], corroboratedBy: [] })).toContain('contested');
    expect(statusChoices('unreviewed', { contestedBy: [], corroboratedBy: [{ linkId: 2 }] })).toContain('corroborated');
  });

  it('keeps the current status among the choices, and can leave out rejected', () => {
    expect(statusChoices('contested', none)).toContain('contested');
    expect(statusChoices('unreviewed', null, { withRejected: false })).not.toContain('rejected');
    expect(statusChoices('rejected', null, { withRejected: false })).toContain('rejected');
  });
});

describe('keepTouched', () => {
  it("takes the server's values except the fields being edited", () => {
    const fresh = { status: 'contested', note: '', narratives: [1] };
    const current = { status: 'single-source', note: 'my note', narratives: [] as number[] };
    expect(keepTouched(fresh, current, new Set(['note'] as const))).toEqual({
      status: 'contested',
      note: 'my note',
      narratives: [1],
    });
    expect(keepTouched(fresh, current, new Set())).toEqual(fresh);
  });
});
