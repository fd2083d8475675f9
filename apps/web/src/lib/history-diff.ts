/** Turns audit snapshots into readable "field: before → after" lines. */

export type FieldChange = { field: string; before: string; after: string };

/** Bookkeeping fields change on every write and say nothing to an analyst. */
const IGNORED = new Set(['id', 'version', 'updatedAt', 'createdAt', 'updatedBy', 'createdBy']);

export const EMPTY_VALUE = '—';

function parse(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined || value === '') return {};
  if (typeof value === 'string') {
    try {
      return parse(JSON.parse(value));
    } catch {
      return { value };
    }
  }
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return { value };
}

/** A display string for one value: names for registry objects, lists joined, empty shown as a dash. */
export function formatValue(value: unknown, lang: 'en' | 'ar' = 'en'): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY_VALUE;
    return value.map((item) => formatValue(item, lang)).join(', ');
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const name = lang === 'ar' ? (record.nameAr ?? record.nameEn) : (record.nameEn ?? record.nameAr);
    if (typeof name === 'string') return name;
    if (typeof record.name === 'string') return record.name;
    if (typeof record.text === 'string') return record.text;
    if ('id' in record) return `#${String(record.id)}`;
    return JSON.stringify(value);
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') return String(value);
  // JSON snapshots hold nothing else; a function or symbol would say nothing to a reader.
  return EMPTY_VALUE;
}

/** Names a bare id (a narrative id in `narratives: [1, 2]`); undefined keeps the default formatting. */
export type ValueResolver = (field: string, value: unknown) => string | undefined;

function display(field: string, value: unknown, lang: 'en' | 'ar', resolve?: ValueResolver): string {
  if (resolve && value !== null && value !== undefined) {
    if (Array.isArray(value)) {
      if (value.length === 0) return EMPTY_VALUE;
      return value.map((item) => resolve(field, item) ?? formatValue(item, lang)).join(', ');
    }
    const resolved = resolve(field, value);
    if (resolved !== undefined) return resolved;
  }
  return formatValue(value, lang);
}

/** The fields whose displayed value differs, in a stable order (before's keys first, then new ones). */
export function diffSnapshots(
  before: unknown,
  after: unknown,
  lang: 'en' | 'ar' = 'en',
  resolve?: ValueResolver,
): FieldChange[] {
  const a = parse(before);
  const b = parse(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((field) => !IGNORED.has(field));
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const from = display(field, a[field], lang, resolve);
    const to = display(field, b[field], lang, resolve);
    if (from !== to) changes.push({ field, before: from, after: to });
  }
  return changes;
}

/** `status: unreviewed → contested` */
export function formatChange(change: FieldChange, fieldLabel: (field: string) => string = (field) => field): string {
  return `${fieldLabel(change.field)}: ${change.before} → ${change.after}`;
}
