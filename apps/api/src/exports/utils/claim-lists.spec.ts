import { claimListCells, namesMissing, rankNames, type ClaimListRow } from './claim-lists.js';

// Read `ORDER BY name_en`: the rank, not the id or a JavaScript sort, decides a list's order.
const narratives = rankNames([
  { id: 9, name_en: 'Mercenaries', name_ar: 'مرتزقة' },
  { id: 2, name_en: 'Terrorism', name_ar: 'إرهاب' },
]);
const places = rankNames([
  { id: 30, name_en: 'al-Aziziya', name_ar: 'العزيزية' },
  { id: 10, name_en: 'Tripoli, centre', name_ar: 'طرابلس' },
  { id: 20, name_en: 'Wadi al-Rabie', name_ar: 'وادي الربيع' },
]);

describe('claim list cells', () => {
  it('names and orders narratives, places and links per claim, whatever order the rows came in', () => {
    const rows: ClaimListRow[] = [
      ['p', 7, 20, null, null],
      ['i', 7, 15, 40, 'corroborates'],
      ['n', 8, 2, null, null],
      ['n', 7, 2, null, null],
      ['o', 7, 11, 12, 'contradicts'],
      ['p', 7, 10, null, null],
      ['n', 7, 9, null, null],
      ['p', 7, 30, null, null],
    ];
    const { lists, links } = claimListCells(rows, narratives, places);
    expect(lists.get(7)).toBe(
      'Mercenaries; Terrorism,"al-Aziziya; Tripoli, centre; Wadi al-Rabie",العزيزية; طرابلس; وادي الربيع',
    );
    expect(lists.get(8)).toBe('Terrorism,,');
    expect(links.get(7)).toBe('contradicts #12; corroborates #40');
    expect(links.has(8)).toBe(false);
  });

  it('merges both directions of links by link id, outgoing first for a link to the claim itself', () => {
    const rows: ClaimListRow[] = [
      ['o', 5, 31, 9, 'same-event'],
      ['i', 5, 21, 3, 'contradicts'],
      ['i', 5, 30, 5, 'same-event'],
      ['o', 5, 30, 5, 'same-event'],
      ['o', 5, 4, 8, 'corroborates'],
    ];
    const { lists, links } = claimListCells(rows, narratives, places);
    expect(links.get(5)).toBe('corroborates #8; contradicts #3; same-event #5; same-event #5; same-event #9');
    expect(lists.has(5)).toBe(false);
  });

  it('guards a list that would start a formula, as any cell', () => {
    const guarded = rankNames([{ id: 1, name_en: '=cmd', name_ar: '+x' }]);
    const { lists } = claimListCells([['p', 1, 1, null, null]], narratives, guarded);
    expect(lists.get(1)).toBe(",'=cmd,'+x");
  });

  it('notices names created after they were read', () => {
    expect(namesMissing([['n', 1, 2, null, null]], narratives, places)).toBe(false);
    expect(namesMissing([['p', 1, 99, null, null]], narratives, places)).toBe(true);
    expect(namesMissing([['o', 1, 99, 2, 'contradicts']], narratives, places)).toBe(false);
  });
});
