import {
  claimsInAnotherMonth,
  claimsWithStaleLocationCopies,
  narrativesRetagged,
  rollupChanges,
  type CountedClaim,
} from './rollup-delta.js';

const claim: CountedClaim = {
  id: 7,
  conflict_id: 'libya-2019',
  event_day: '2019-04-05',
  event_week: '2019-04-01',
  event_month: '2019-04',
  camp_id: 'LNA',
  source_id: 3,
  status: 'unreviewed',
  date_precision: 'day',
  narratives: [4],
  places: [9],
};

const tables = (changes: ReturnType<typeof rollupChanges>) => changes.map(({ table }) => table.name);

describe('rollupChanges', () => {
  it('leaves every table alone when nothing counted changed', () => {
    expect(rollupChanges([claim], [{ ...claim }])).toEqual([]);
  });

  it('moves one row in each narrative rollup when a tagged claim gains a narrative', () => {
    const changes = rollupChanges([claim], [{ ...claim, narratives: [4, 5] }]);
    expect(tables(changes)).toEqual([
      'claim_narrative_counts_daily',
      'claim_narrative_counts_monthly',
      'claim_narrative_counts_total',
      'claim_narrative_counts_by_month',
    ]);
    expect(changes.every(({ rows }) => rows.length === 1 && rows[0].n === 1)).toBe(true);
    expect(changes[2].rows[0].values).toEqual(['libya-2019', 5, 'LNA', 'unreviewed']);
  });

  it('counts a claim as tagged in the tagged rollups when it gets its first narrative', () => {
    const changes = rollupChanges([{ ...claim, narratives: [] }], [claim]);
    const daily = changes.find(({ table }) => table.name === 'claim_counts_daily');
    expect(daily?.rows).toEqual([
      { values: ['libya-2019', '2019-04-05', 'LNA', 3, 'unreviewed', 'day', '2019-04-01', '2019-04'], n: 0, tagged: 1 },
    ]);
    expect(tables(changes)).not.toContain('claim_source_counts_weekly'); // no tagged column there
    expect(tables(changes)).not.toContain('claim_place_counts_total');
  });

  it('moves a claim between status rows, the old one first when it sorts first, in every table', () => {
    const changes = rollupChanges([claim], [{ ...claim, status: 'confirmed' }]);
    expect(changes).toHaveLength(11); // every table but the one without a status column
    const monthly = changes.find(({ table }) => table.name === 'claim_counts_monthly');
    expect(monthly?.rows).toEqual([
      { values: ['libya-2019', '2019-04', 'LNA', 'confirmed'], n: 1, tagged: 1 },
      { values: ['libya-2019', '2019-04', 'LNA', 'unreviewed'], n: -1, tagged: -1 },
    ]);
    expect(changes.find(({ table }) => table.name === 'claim_narrative_counts_by_month')).toBeUndefined();
  });

  it('nets out claims that swap places within one write', () => {
    const other = { ...claim, id: 8, camp_id: 'GNA' };
    expect(
      rollupChanges(
        [claim, other],
        [
          { ...claim, camp_id: 'GNA' },
          { ...other, camp_id: 'LNA' },
        ],
      ),
    ).toEqual([]);
  });

  it('sorts numeric keys as numbers (the lock order of the primary key)', () => {
    const changes = rollupChanges(
      [],
      [
        { ...claim, places: [10] },
        { ...claim, id: 8, places: [9] },
      ],
    );
    const places = changes.find(({ table }) => table.name === 'claim_place_counts_total');
    expect(places?.rows.map((row) => row.values[1])).toEqual([9, 10]);
  });
});

describe('claims whose derived copies need writing', () => {
  it('refreshes the location copies only for claims with places whose copied columns or places changed', () => {
    const unplaced = { ...claim, id: 8, places: [] };
    const before = [claim, unplaced, { ...claim, id: 9 }, { ...claim, id: 10 }];
    const after = [
      { ...claim, camp_id: 'GNA' },
      { ...unplaced, status: 'confirmed' },
      { ...claim, id: 9, places: [9, 11] },
      { ...claim, id: 10, narratives: [] },
    ];
    expect(claimsWithStaleLocationCopies(before, after)).toEqual([7, 9]);
  });

  it('widens the creation bounds only for claims that moved to another conflict month', () => {
    const after = [
      { ...claim, event_day: '2019-04-06' },
      { ...claim, id: 8, event_month: '2019-05' },
    ];
    expect(claimsInAnotherMonth([claim, { ...claim, id: 8 }], after)).toEqual([8]);
  });
});

describe('narrativesRetagged', () => {
  it('names the narratives a claim gained or lost, not those it kept', () => {
    const other = { ...claim, id: 8, narratives: [2] };
    expect(
      narrativesRetagged(
        [claim, other],
        [
          { ...claim, narratives: [4, 6] },
          { ...other, narratives: [] },
        ],
      ),
    ).toEqual([2, 6]);
    expect(narrativesRetagged([claim], [{ ...claim, camp_id: 'GNA' }])).toEqual([]);
  });

  it('names every narrative of a claim read on one side only', () => {
    expect(narrativesRetagged([], [{ ...claim, narratives: [5, 1] }])).toEqual([1, 5]);
  });
});
