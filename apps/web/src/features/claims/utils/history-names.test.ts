import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../../lib/history-diff';
import { historyNameResolver, linkSnapshotFor, snippet } from './history-names';

const names = {
  sources: [{ id: 7, nameEn: 'Operations Room', nameAr: 'غرفة العمليات' }],
  places: [{ id: 3, nameEn: 'Tripoli', nameAr: 'طرابلس' }],
  narratives: [{ id: 2, nameEn: '', nameAr: 'الإرهاب' }],
  claimTexts: new Map([[12, 'الوفاق: المطار تحت سيطرتنا']]),
};

describe('claim history names', () => {
  it('shows the linked claim text and relation for a link, not the link or claim ids', () => {
    const after = linkSnapshotFor({ linkId: 1, fromId: 5, toId: 12, relation: 'contradicts' }, 5);
    const changes = diffSnapshots(null, after, 'en', historyNameResolver({ ...names, lang: 'en' }));
    expect(changes).toEqual([
      { field: 'linkedClaim', before: '—', after: 'الوفاق: المطار تحت سيطرتنا' },
      { field: 'relation', before: '—', after: 'contradicts' },
    ]);
    // Seen from the other claim, the link points back.
    expect(linkSnapshotFor({ linkId: 1, fromId: 5, toId: 12, relation: 'contradicts' }, 12)).toEqual({
      linkedClaim: 5,
      relation: 'contradicts',
    });
  });

  it('names sources, places and narratives in the UI language', () => {
    const before = { sourceId: null, locations: [], narratives: [] };
    const after = { sourceId: 7, locations: [3], narratives: [2] };
    expect(diffSnapshots(before, after, 'ar', historyNameResolver({ ...names, lang: 'ar' }))).toEqual([
      { field: 'sourceId', before: '—', after: 'غرفة العمليات' },
      { field: 'locations', before: '—', after: 'طرابلس' },
      { field: 'narratives', before: '—', after: 'الإرهاب' },
    ]);
    // The English name is empty: the Arabic one stands in.
    const en = diffSnapshots(before, after, 'en', historyNameResolver({ ...names, lang: 'en' }));
    expect(en.map((change) => change.after)).toEqual(['Operations Room', 'Tripoli', 'الإرهاب']);
  });

  it('cuts long claim texts to a snippet', () => {
    expect(snippet('a '.repeat(80), 10)).toBe('a a a a a…');
    expect(snippet('short')).toBe('short');
  });
});
