/**
 * CSV cells for Excel and LibreOffice: RFC 4180 quoting plus the OWASP guard against formula
 * injection. A text cell starting with = + - @ tab or CR would be run as a formula by a spreadsheet,
 * so it gets a leading single quote. To keep the original recoverable, a cell that already starts
 * with quotes followed by one of those characters gets one more quote; readers undo it with
 * `recoverCell`: strip one leading ' when quotes and then one of = + - @ tab CR follow.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
/** Either of the two above: one scan decides that most cells (plain text, Arabic, dates) pass as they are. */
const SPECIAL = /^'*[=+\-@\t\r]|[",\r\n]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

export function escapeCell(value: string | number | boolean | null | undefined): string {
  if (typeof value === 'string' && !SPECIAL.test(value)) return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // SPECIAL matched: without a formula start it was a quote, comma or line break, so the cell needs quotes
  // without scanning the (often long) text again; quotes inside are doubled only when there are any.
  const guarded = NEEDS_GUARD.test(value);
  if (guarded && !NEEDS_QUOTES.test(value)) return `'${value}`;
  const text = guarded ? `'${value}` : value;
  return text.includes('"') ? `"${text.replace(/"/g, '""')}"` : `"${text}"`;
}

/** One record, CRLF-terminated. */
export function csvRow(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i ? ',' : '') + escapeCell(values[i]);
  return line + CSV_EOL;
}

/** The text a cell held before `escapeCell` guarded it (after a CSV parser has removed the quoting). */
export function recoverCell(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
