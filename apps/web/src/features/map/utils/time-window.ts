/**
 * The map's time window is a range of whole months over the months that have claims (the timeseries'
 * month buckets, 'YYYY-MM'), kept in the URL as the shared `from`/`to` claim filters (days), so a
 * circle's link opens exactly the claims it counts and the window survives a reload or a shared link.
 */
export type MonthWindow = { start: number; end: number };

/** The first day of a 'YYYY-MM' month. */
export function monthStart(month: string): string {
  return `${month}-01`;
}

/** The last day of a 'YYYY-MM' month. */
export function monthEnd(month: string): string {
  const [year, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

/**
 * The slider positions for the URL's `from`/`to`: the months holding them, clamped to the months known;
 * a missing bound is the first or last month. A window that ends before it starts shows as one month.
 */
export function windowOf(months: readonly string[], from?: string, to?: string): MonthWindow {
  const last = Math.max(0, months.length - 1);
  const indexOf = (day: string | undefined, fallback: number) => {
    if (!day) return fallback;
    const month = day.slice(0, 7);
    if (month <= months[0]) return 0;
    if (month >= months[last]) return last;
    const index = months.findIndex((item) => item >= month);
    return index === -1 ? last : index;
  };
  const start = indexOf(from, 0);
  const end = Math.max(start, indexOf(to, last));
  return { start, end };
}

/** The `from`/`to` filters for slider positions; the whole period is no filter at all. */
export function filtersOfWindow(
  months: readonly string[],
  { start, end }: MonthWindow,
): { from?: string; to?: string } {
  if (months.length === 0 || (start <= 0 && end >= months.length - 1)) return { from: undefined, to: undefined };
  const first = Math.max(0, Math.min(start, end));
  const lastIndex = Math.min(months.length - 1, Math.max(start, end));
  return { from: monthStart(months[first]), to: monthEnd(months[lastIndex]) };
}

/** Moving one thumb past the other drags the other along, so the window never turns inside out. */
export function moveThumb(current: MonthWindow, thumb: 'start' | 'end', value: number): MonthWindow {
  if (thumb === 'start') return { start: value, end: Math.max(value, current.end) };
  return { start: Math.min(value, current.start), end: value };
}
