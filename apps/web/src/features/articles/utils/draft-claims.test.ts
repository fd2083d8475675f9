import { describe, expect, it } from 'vitest';
import { draftsToClaimInputs, previewToDrafts } from './draft-claims';
import type { PreviewClaim } from '../api/types';

const flat: PreviewClaim = {
  text: 'القوات سيطرت على المطار',
  start: 10,
  end: 33,
  cue: 'قال',
  sourceId: 4,
  sourceName: 'المركز الإعلامي',
  sourceMention: 'المركز الإعلامي لغرفة عمليات الكرامة',
  sourceStatus: 'active',
  camp: 'LNA',
  kind: 'military-media',
  channel: null,
  eventDate: { date: '2019-04-05', precision: 'day' },
  locations: [{ id: 9, key: 'tripoli-airport', name: 'مطار طرابلس', mention: 'المطار', lat: 1, lon: 2 }],
  locationIds: [9],
};

describe('draft claims', () => {
  it('reads the flat preview shape and writes the save payload without nulls', () => {
    const [draft] = previewToDrafts([flat]);
    expect(draft.camp).toBe('LNA');
    expect(draftsToClaimInputs([draft])).toEqual([
      {
        text: flat.text,
        start: 10,
        end: 33,
        cue: 'قال',
        sourceId: 4,
        sourceMention: flat.sourceMention,
        camp: 'LNA',
        eventDate: { date: '2019-04-05', precision: 'day' },
        locationIds: [9],
      },
    ]);
  });

  it('reads the nested source shape and marks edited claims manual', () => {
    const [draft] = previewToDrafts([
      {
        ...flat,
        sourceId: undefined,
        sourceName: undefined,
        sourceMention: undefined,
        sourceStatus: undefined,
        camp: undefined,
        locationIds: undefined,
        source: { mention: 'observers', name: 'observers', camp: 'UNKNOWN', key: null },
      },
    ]);
    expect(draft).toMatchObject({
      sourceId: null,
      sourceMention: 'observers',
      camp: 'UNKNOWN',
      sourceStatus: 'new',
      locationIds: [9],
    });
    const [input] = draftsToClaimInputs([{ ...draft, sourceId: 12, camp: 'GNA', edited: true }]);
    expect(input).toMatchObject({ sourceId: 12, camp: 'GNA', manual: true });
  });
});
