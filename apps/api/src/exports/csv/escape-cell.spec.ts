import { parse } from 'csv-parse/sync';
import { csvRow, escapeCell, recoverCell } from './escape-cell.js';

describe('escapeCell', () => {
  it('leaves plain text, Arabic and numbers alone', () => {
    expect(escapeCell('وادي الربيع')).toBe('وادي الربيع');
    expect(escapeCell(42)).toBe('42');
    expect(escapeCell(-3)).toBe('-3'); // a number, not text a spreadsheet would evaluate
    expect(escapeCell(null)).toBe('');
    expect(escapeCell(true)).toBe('true');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(escapeCell('a,b')).toBe('"a,b"');
    expect(escapeCell('say "no"')).toBe('"say ""no"""');
    expect(escapeCell('line\r\nnext')).toBe('"line\r\nnext"');
    expect(escapeCell('line\nnext')).toBe('"line\nnext"');
  });

  it.each(['=HYPERLINK("x")', '+1', '-1+2', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises a formula start: %j',
    (text) => {
      expect(escapeCell(text).replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );

  it('round-trips every tricky value through a CSV parser and recoverCell', () => {
    const values = ['=1+1', "'=already quoted", "''+x", "it's", "'", '-', '@', 'a,"b"\r\nc', '\tx', 'عربي, "نص"', ''];
    const records: string[][] = parse(csvRow(values), { bom: true, relax_column_count: false });
    const [parsed] = records;
    expect(parsed.map(recoverCell)).toEqual(values);
  });
});

describe('csvRow', () => {
  it('joins cells with commas and ends the record with CRLF', () => {
    expect(csvRow([1, 'a', null, 'b,c'])).toBe('1,a,,"b,c"\r\n');
  });
});
