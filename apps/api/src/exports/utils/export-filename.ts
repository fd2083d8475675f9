/**
 * `claimline-claims-2026-11-29-camp-LNA-GNA_from-2019-07-01.csv`: the export, the day it was made
 * and the filters' short form, so files downloaded from different views do not overwrite each other.
 * Only [A-Za-z0-9.-] survive (Content-Disposition stays plain ASCII and no header can be injected);
 * a value that keeps nothing (an Arabic search) leaves just its key.
 */
export function exportFilename(
  kind: string,
  day: Date,
  filters: Readonly<Record<string, unknown>>,
  maxLength = 150,
): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    const values = (Array.isArray(value) ? value : [value]).map((item) => sanitize(String(item))).filter(Boolean);
    parts.push([sanitize(key), ...values].join('-'));
  }
  const stem = `claimline-${sanitize(kind)}-${day.toISOString().slice(0, 10)}`;
  const name = parts.length ? `${stem}-${parts.join('_')}` : stem;
  return `${name.slice(0, maxLength).replace(/[-_.]+$/, '')}.csv`;
}

function sanitize(text: string): string {
  return text
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/\.{2,}/g, '.');
}
