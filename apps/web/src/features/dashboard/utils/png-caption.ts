import { activeClaimFilterKeys, type ClaimFilterKey, type ClaimFilters } from '@claimline/contracts';
import { format } from '../../../lib/i18n';

export type CaptionTexts = {
  filters: string;
  noFilters: string;
  period: string;
  allDates: string;
  source: string;
  /** Between the values of one filter: ", " or "، ". */
  separator: string;
  /** Filter names; a key without one is written as it is in the URL. */
  labels: Partial<Record<ClaimFilterKey, string>>;
};

export type CaptionNames = {
  /** A camp id or a status → its name in the UI language. */
  value: (key: ClaimFilterKey, value: string) => string;
  formatDate: (day: string) => string;
  formatNumber: (n: number) => string;
};

const ID_LISTS: readonly ClaimFilterKey[] = ['source', 'narrative', 'location', 'outlet'];

/**
 * "Camps: LNA, GNA · Sources (2) · Text: “airport”": the active filters in one line. Id lists give their count
 * (names would need another request each); the dates go in the period line instead.
 */
export function describeFilters(filters: ClaimFilters, texts: CaptionTexts, names: CaptionNames): string {
  const parts = activeClaimFilterKeys(filters)
    .filter((key) => key !== 'from' && key !== 'to')
    .map((key) => {
      const label = texts.labels[key] ?? key;
      const value = filters[key];
      if (ID_LISTS.includes(key) && Array.isArray(value)) return `${label} (${names.formatNumber(value.length)})`;
      if (Array.isArray(value))
        return `${label}: ${value.map((item) => names.value(key, String(item))).join(texts.separator)}`;
      return `${label}: ${names.value(key, String(value))}`;
    });
  return format(texts.filters, { filters: parts.length ? parts.join(' · ') : texts.noFilters });
}

/** The filter dates when set, else the first and last bucket drawn. */
export function describePeriod(
  filters: ClaimFilters,
  drawn: { from?: string; to?: string },
  texts: CaptionTexts,
  names: CaptionNames,
): string {
  const from = filters.from ?? drawn.from;
  const to = filters.to ?? drawn.to;
  const range = from || to ? [from, to].map((day) => (day ? names.formatDate(day) : '…')).join(' – ') : texts.allDates;
  return format(texts.period, { period: range });
}

export function sourceLine(texts: CaptionTexts, names: CaptionNames, today = new Date()): string {
  return format(texts.source, { date: names.formatDate(today.toISOString().slice(0, 10)) });
}
