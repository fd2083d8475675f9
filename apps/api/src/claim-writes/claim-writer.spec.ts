import { changedDomains, onlyUncountedFields } from './claim-writer.js';

describe('what a claim change makes different for the dashboard', () => {
  it('is nothing for a note alone', () => {
    expect(onlyUncountedFields({ fields: { note: 'checked' } })).toBe(true);
    expect(onlyUncountedFields({ fields: { note: 'checked' }, narratives: [3] })).toBe(false);
  });

  it('is the tags alone for narratives (with or without a note), the statuses for a status, the counts for anything else counted', () => {
    expect(changedDomains([{ fields: {}, narratives: [3] }])).toEqual(['narratives']);
    expect(changedDomains([{ fields: { note: 'checked' }, narratives: [] }])).toEqual(['narratives']);
    expect(changedDomains([{ fields: { status: 'confirmed' } }])).toEqual(['status']);
    expect(changedDomains([{ fields: { status: 'confirmed', note: 'seen' }, narratives: [3] }])).toEqual([
      'status',
      'narratives',
    ]);
    expect(changedDomains([{ fields: { status: 'confirmed', campId: 'GNA' } }])).toEqual(['counts']);
    expect(changedDomains([{ fields: { note: 'checked' } }])).toEqual([]);
    expect(changedDomains([{ fields: {}, narratives: [3], locations: [7] }])).toEqual(['counts']);
    // A bulk change is counted when any one of its changes is.
    expect(
      changedDomains([
        { fields: {}, narratives: [3] },
        { fields: { campId: 'GNA' }, narratives: [3] },
      ]),
    ).toEqual(['counts']);
    expect(
      changedDomains([{ fields: { status: 'corroborated' } }, { fields: { status: 'contested' }, locations: [7] }]),
    ).toEqual(['counts']);
  });
});
