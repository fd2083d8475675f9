import { describe, expect, it } from 'vitest';
import { campFormProblems, conflictFormProblems, packErrors } from './form-errors';

describe('conflictFormProblems', () => {
  it('asks for a kebab-case id, both names and a start date', () => {
    expect(
      conflictFormProblems({ id: 'Sudan 2023', nameEn: '', nameAr: 'السودان', periodFrom: '', periodTo: '2024' }),
    ).toEqual({
      id: 'kebab',
      nameEn: 'required',
      periodFrom: 'required',
      periodTo: 'date',
    });
    expect(
      conflictFormProblems({
        id: 'yemen-2015',
        nameEn: 'Yemen',
        nameAr: 'اليمن',
        periodFrom: '2015-03-26',
        periodTo: '',
      }),
    ).toEqual({});
  });
});

describe('campFormProblems', () => {
  it('wants a #RRGGBB colour and an order from 1', () => {
    expect(
      campFormProblems({ id: 'SAF', nameEn: 'SAF', nameAr: 'الجيش', color: 'blue', role: 'belligerent', order: '0' }),
    ).toEqual({
      color: 'color',
      order: 'order',
    });
  });
});

describe('packErrors', () => {
  it('reads the line each message names, pack-wide messages first', () => {
    const rows = packErrors({
      'camps[1].role': ['line 9, column 11: a second international camp'],
      pack: ['the pack has no id'],
      'sources[0].camp': ['line 4, column 9: unknown camp "XYZ"'],
    });
    expect(rows.map((row) => [row.field, row.line])).toEqual([
      ['pack', null],
      ['sources[0].camp', 4],
      ['camps[1].role', 9],
    ]);
  });
});
