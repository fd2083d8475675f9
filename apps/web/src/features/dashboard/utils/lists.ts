import type { Lang } from '../../../lib/i18n';
import type { ContestedPair, FramingOutlet, NarrativeRef, PlaceRef } from '../types';

export function placeName(place: Partial<PlaceRef> | null | undefined, lang: Lang): string {
  if (!place) return '';
  return (lang === 'ar' ? place.nameAr || place.nameEn : place.nameEn || place.nameAr) ?? '';
}

export function narrativeName(narrative: NarrativeRef | null | undefined, lang: Lang): string {
  if (!narrative) return '';
  return (
    (lang === 'ar'
      ? narrative.nameAr || narrative.nameEn || narrative.name
      : narrative.nameEn || narrative.name || narrative.nameAr) ?? ''
  );
}

/** The compare view for a pair: the place and the days both claims cover. */
export function compareLinkForPair(pair: Pick<ContestedPair, 'location' | 'a' | 'b'>): string {
  const dates = [pair.a.eventDate, pair.b.eventDate].filter(Boolean).sort();
  const params = new URLSearchParams({ location: String(pair.location.id) });
  if (dates.length > 0) {
    params.set('from', dates[0]);
    params.set('to', dates[dates.length - 1]);
  }
  return `/compare?${params.toString()}`;
}

/** The pair's place and days in Compare's contradictions view, where a link is confirmed with both claims in view. */
export function contestedReviewLink(pair: Pick<ContestedPair, 'location' | 'a' | 'b'>): string {
  return `${compareLinkForPair(pair)}&view=contested`;
}

export type FramingRow = {
  camp: string;
  label: string;
  tone: string;
  narration: number;
  quote: number;
  total: number;
};

const TONE_ORDER: Record<string, number> = { pejorative: 0, neutral: 1, legitimising: 2 };

/** Per outlet: labels grouped by camp (in camp order), then by use, most used first. */
export function toFramingRows(outlet: FramingOutlet, campOrder: readonly string[]): FramingRow[] {
  const campRank = (camp: string) => {
    const index = campOrder.indexOf(camp);
    return index === -1 ? campOrder.length : index;
  };
  return outlet.labels
    .map((label) => ({
      camp: String(label.camp),
      label: label.label,
      tone: label.tone,
      narration: Number(label.narration ?? 0),
      quote: Number(label.quote ?? 0),
      total: Number(label.narration ?? 0) + Number(label.quote ?? 0),
    }))
    .sort(
      (a, b) =>
        campRank(a.camp) - campRank(b.camp) ||
        b.total - a.total ||
        (TONE_ORDER[a.tone] ?? 9) - (TONE_ORDER[b.tone] ?? 9) ||
        a.label.localeCompare(b.label),
    );
}
