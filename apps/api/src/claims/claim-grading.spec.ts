import { deriveStatus, gradeFromLinks, type GradingLink } from './claim-grading.js';

const link = (over: Partial<GradingLink>): GradingLink => ({
  linkId: 1,
  relation: 'contradicts',
  otherClaimId: 2,
  otherCamp: 'GNA',
  otherStatus: 'unreviewed',
  ...over,
});

describe('gradeFromLinks', () => {
  it('is contested when another camp contradicts, even if another corroborates', () => {
    const grading = gradeFromLinks('LNA', [
      link({ relation: 'corroborates', otherCamp: 'UN', otherClaimId: 3 }),
      link({}),
    ]);
    expect(grading.derived).toBe('contested');
    expect(grading.contestedBy.map((l) => l.otherClaimId)).toEqual([2]);
    expect(grading.corroboratedBy.map((l) => l.otherClaimId)).toEqual([3]);
    expect(grading.explanation).toContain('#2 (GNA)');
  });

  it('is corroborated by another camp', () => {
    expect(gradeFromLinks('LNA', [link({ relation: 'corroborates', otherCamp: 'UN' })]).derived).toBe('corroborated');
  });

  it('ignores links within the same camp, same-event links and rejected claims', () => {
    const grading = gradeFromLinks('LNA', [
      link({ otherCamp: 'LNA' }),
      link({ relation: 'same-event' }),
      link({ relation: 'corroborates', otherStatus: 'rejected' }),
    ]);
    expect(grading.derived).toBeNull();
  });
});

describe('deriveStatus', () => {
  it('applies the derivation to unreviewed and single-source claims', () => {
    expect(deriveStatus('unreviewed', 'unreviewed', { derived: 'contested' })).toBe('contested');
    expect(deriveStatus('single-source', 'single-source', { derived: 'corroborated' })).toBe('corroborated');
    expect(deriveStatus('corroborated', 'unreviewed', { derived: 'contested' })).toBe('contested');
  });

  it('never overrides an analyst decision', () => {
    for (const status of ['confirmed', 'discounted', 'rejected'] as const) {
      expect(deriveStatus(status, 'unreviewed', { derived: 'contested' })).toBe(status);
    }
  });

  it('reverts to the base status when the links no longer justify it', () => {
    expect(deriveStatus('contested', 'single-source', { derived: null })).toBe('single-source');
    expect(deriveStatus('corroborated', 'unreviewed', { derived: null })).toBe('unreviewed');
    expect(deriveStatus('single-source', 'unreviewed', { derived: null })).toBe('single-source');
  });
});
