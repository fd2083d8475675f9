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
  locations: [
    {
      id: 9,
      key: 'tripoli-airport',
      name: 'مطار طرابلس',
      nameEn: 'Tripoli airport',
      mention: 'المطار',
      lat: 1,
      lon: 2,
    },
  ],
  locationIds: [9],
  why: {
    cue: { rule: 'cue.source-first', text: 'speech verb «قال» after its subject' },
    source: { rule: 'source.registry-alias', text: 'alias «المركز الإعلامي» → LNA media centre (LNA)' },
    camp: { rule: 'camp.registry', text: 'LNA media centre is LNA in the registry' },
  },
};

describe('draft claims', () => {
  it('reads the preview and writes the save payload without nulls', () => {
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

  it('keeps a new source without an id and marks edited claims manual', () => {
    const [draft] = previewToDrafts([
      {
        ...flat,
        sourceId: null,
        sourceName: 'observers',
        sourceMention: 'observers',
        sourceStatus: 'new',
        camp: 'UNKNOWN',
      },
    ]);
    expect(draft).toMatchObject({ sourceId: null, sourceMention: 'observers', camp: 'UNKNOWN', sourceStatus: 'new' });
    expect(draftsToClaimInputs([draft])[0]).not.toHaveProperty('sourceId');
    const [input] = draftsToClaimInputs([{ ...draft, sourceId: 12, camp: 'GNA', edited: true }]);
    expect(input).toMatchObject({ sourceId: 12, camp: 'GNA', manual: true });
  });
});
