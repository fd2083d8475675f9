import { describe, expect, it } from 'vitest';
import { bulkSetOf, bulkSummaryLines, bulkTarget, groupSkipped } from './bulk-summary';
import { EMPTY_SELECTION, selectAllMatching, toggleRow } from './selection';

describe('bulkSummaryLines', () => {
  it('lists status, narrative, source and camp changes and leaves out empty kinds', () => {
    expect(
      bulkSummaryLines({
        statusFrom: [{ key: 'unreviewed', claims: 3 }],
        narrativesAdded: [{ key: '7', claims: 4 }],
        narrativesRemoved: [],
        sourceChanged: 2,
        campChanged: 0,
      }),
    ).toEqual([
      { kind: 'statusFrom', status: 'unreviewed', claims: 3 },
      { kind: 'narrativeAdded', narrativeId: 7, claims: 4 },
      { kind: 'source', claims: 2 },
    ]);
  });
});

describe('groupSkipped', () => {
  it('groups refused claims by reason', () => {
    expect(
      groupSkipped([
        { id: 1, reason: 'a' },
        { id: 2, reason: 'b' },
        { id: 3, reason: 'a' },
      ]),
    ).toEqual([
      { reason: 'a', ids: [1, 3] },
      { reason: 'b', ids: [2] },
    ]);
  });
});

describe('bulkSetOf', () => {
  it('builds the set from the chosen fields, null when nothing is chosen', () => {
    expect(bulkSetOf({})).toBeNull();
    expect(bulkSetOf({ status: 'confirmed', addNarrative: 3 })).toEqual({ status: 'confirmed', addNarratives: [3] });
    expect(bulkSetOf({ removeNarrative: 4, sourceId: 9 })).toEqual({ removeNarratives: [4], sourceId: 9 });
  });

  it('never adds and removes the same narrative', () => {
    expect(bulkSetOf({ addNarrative: 3, removeNarrative: 3 })).toEqual({ addNarratives: [3] });
  });
});

describe('bulkTarget', () => {
  it('sends the ticked ids in order, or the filter with the total seen', () => {
    const ticked = toggleRow(toggleRow(EMPTY_SELECTION, 12), 5);
    expect(bulkTarget(ticked, { camp: ['LNA'] }, 80)).toEqual({ ids: [5, 12] });
    expect(bulkTarget(selectAllMatching([5, 12]), { camp: ['LNA'] }, 80)).toEqual({
      filter: { camp: ['LNA'] },
      expectedTotal: 80,
    });
  });
});
