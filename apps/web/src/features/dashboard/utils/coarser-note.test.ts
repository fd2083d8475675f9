import { describe, expect, it } from 'vitest';
import { coarserNoteLines } from './coarser-note';

const tally = (precision: 'week' | 'month', count: number) => ({ precision, count, series: [] });

describe('coarserNoteLines', () => {
  it('says how many month-precision claims a weekly chart leaves out', () => {
    expect(coarserNoteLines({ bucket: 'week', coarser: [tally('month', 3)] }, 'en')).toEqual([
      { precision: 'month', count: 3, text: '3 claims known only to their month are not in this weekly chart.' },
    ]);
    expect(coarserNoteLines({ bucket: 'week', coarser: [tally('month', 1)] }, 'en')[0].text).toBe(
      '1 claim known only to its month is not in this weekly chart.',
    );
  });

  it('names week and month claims apart in a daily chart, in the Arabic plural the count needs', () => {
    const lines = coarserNoteLines({ bucket: 'day', coarser: [tally('week', 2), tally('month', 11)] }, 'ar');
    expect(lines.map((line) => line.text)).toEqual([
      'ادعاءان لا يُعرف منهما إلا الأسبوع ليسا في هذا الرسم اليومي.',
      '11 ادعاءً لا يُعرف منها إلا الشهر ليست في هذا الرسم اليومي.',
    ]);
    expect(coarserNoteLines({ bucket: 'week', coarser: [tally('month', 3)] }, 'ar')[0].text).toBe(
      '3 ادعاءات لا يُعرف منها إلا الشهر ليست في هذا الرسم الأسبوعي.',
    );
  });

  it('says nothing for month charts, empty tallies or before the data arrives', () => {
    expect(coarserNoteLines({ bucket: 'month', coarser: [tally('month', 3)] }, 'en')).toEqual([]);
    expect(coarserNoteLines({ bucket: 'week', coarser: [tally('month', 0)] }, 'en')).toEqual([]);
    expect(coarserNoteLines({ bucket: 'day', coarser: [] }, 'en')).toEqual([]);
    expect(coarserNoteLines(undefined, 'en')).toEqual([]);
  });
});
