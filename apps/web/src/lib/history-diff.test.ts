import { describe, expect, it } from 'vitest';
import { diffSnapshots, formatChange, formatValue } from './history-diff';

describe('history formatting', () => {
  it('lists only changed fields as before → after', () => {
    const changes = diffSnapshots(
      { status: 'unreviewed', camp: 'LNA', note: null, version: 1 },
      { status: 'contested', camp: 'LNA', note: 'checked', version: 2 },
    );
    expect(changes.map((change) => formatChange(change))).toEqual([
      'status: unreviewed → contested',
      'note: — → checked',
    ]);
  });

  it('names registry objects in the chosen language and joins lists', () => {
    const before = { narratives: [] };
    const after = {
      narratives: [
        { id: 1, nameEn: 'Liberation of Tripoli', nameAr: 'تحرير طرابلس' },
        { id: 2, nameEn: 'Terrorism' },
      ],
    };
    expect(diffSnapshots(before, after)).toEqual([
      { field: 'narratives', before: '—', after: 'Liberation of Tripoli, Terrorism' },
    ]);
    expect(diffSnapshots(before, after, 'ar')[0].after).toBe('تحرير طرابلس, Terrorism');
  });

  it('accepts snapshots stored as JSON text and a creation with no before', () => {
    const changes = diffSnapshots(null, JSON.stringify({ status: 'unreviewed', sourceId: 4 }));
    expect(changes.map((change) => formatChange(change, (field) => field.toUpperCase()))).toEqual([
      'STATUS: — → unreviewed',
      'SOURCEID: — → 4',
    ]);
  });

  it('names bare ids through a resolver', () => {
    const names: Record<number, string> = { 1: 'Terrorism', 2: 'Foreign mercenaries' };
    const resolve = (field: string, value: unknown) => (field === 'narratives' ? names[value as number] : undefined);
    expect(
      diffSnapshots(
        { narratives: [1], status: 'unreviewed' },
        { narratives: [1, 2], status: 'unreviewed' },
        'en',
        resolve,
      ),
    ).toEqual([{ field: 'narratives', before: 'Terrorism', after: 'Terrorism, Foreign mercenaries' }]);
  });

  it('formats scalars and empty values', () => {
    expect(formatValue(undefined)).toBe('—');
    expect(formatValue('')).toBe('—');
    expect(formatValue(true)).toBe('yes');
    expect(formatValue({ id: 9 })).toBe('#9');
  });
});
