/** Labels for the shared enums (statuses, claim types, link relations, precisions, source kinds) in both languages. */
import type { ClaimLinkRelation, ClaimStatus, ClaimType, DatePrecision, SourceKind, UserRole } from '@claimline/contracts';
import { defineMessages, useMessages } from './i18n';

export const statusMessages = defineMessages({
  unreviewed: { en: 'Unreviewed', ar: 'لم تُراجع' },
  'single-source': { en: 'Single source', ar: 'مصدر واحد' },
  corroborated: { en: 'Corroborated', ar: 'مؤيَّد' },
  contested: { en: 'Contested', ar: 'متنازع عليه' },
  confirmed: { en: 'Confirmed', ar: 'مؤكَّد' },
  discounted: { en: 'Discounted', ar: 'مستبعد' },
  rejected: { en: 'Rejected', ar: 'مرفوض' },
} satisfies Record<ClaimStatus, { en: string; ar: string }>);

export const claimTypeMessages = defineMessages({
  'military-action': { en: 'Military action', ar: 'عمل عسكري' },
  casualties: { en: 'Casualties', ar: 'خسائر بشرية' },
  'territorial-control': { en: 'Territorial control', ar: 'سيطرة ميدانية' },
  accusation: { en: 'Accusation', ar: 'اتهام' },
  denial: { en: 'Denial', ar: 'نفي' },
  diplomatic: { en: 'Diplomatic', ar: 'دبلوماسي' },
  humanitarian: { en: 'Humanitarian', ar: 'إنساني' },
  political: { en: 'Political', ar: 'سياسي' },
  other: { en: 'Other', ar: 'أخرى' },
} satisfies Record<ClaimType, { en: string; ar: string }>);

export const relationMessages = defineMessages({
  contradicts: { en: 'Contradicts', ar: 'يناقض' },
  corroborates: { en: 'Corroborates', ar: 'يؤيد' },
  'same-event': { en: 'Same event', ar: 'الحدث نفسه' },
} satisfies Record<ClaimLinkRelation, { en: string; ar: string }>);

export const precisionMessages = defineMessages({
  day: { en: 'Day', ar: 'يوم' },
  week: { en: 'Week', ar: 'أسبوع' },
  month: { en: 'Month', ar: 'شهر' },
  reported: { en: 'Publication date only', ar: 'تاريخ النشر فقط' },
} satisfies Record<DatePrecision, { en: string; ar: string }>);

export const sourceKindMessages = defineMessages({
  'military-media': { en: 'Military media', ar: 'إعلام عسكري' },
  spokesperson: { en: 'Spokesperson', ar: 'متحدث رسمي' },
  'operations-room': { en: 'Operations room', ar: 'غرفة عمليات' },
  government: { en: 'Government', ar: 'حكومة' },
  'un-body': { en: 'UN body', ar: 'هيئة أممية' },
  'news-agency': { en: 'News agency', ar: 'وكالة أنباء' },
  anonymous: { en: 'Anonymous', ar: 'مجهول' },
  other: { en: 'Other', ar: 'أخرى' },
} satisfies Record<SourceKind, { en: string; ar: string }>);

export const roleMessages = defineMessages({
  viewer: { en: 'Viewer', ar: 'مشاهد' },
  analyst: { en: 'Analyst', ar: 'محلل' },
  admin: { en: 'Admin', ar: 'مسؤول' },
} satisfies Record<UserRole, { en: string; ar: string }>);

/** Unknown values (a newer API) show as themselves rather than blank. */
function labeller<T extends Record<string, string>>(labels: T) {
  return (value: string | null | undefined): string => (value ? ((labels as Record<string, string>)[value] ?? value) : '');
}

export function useStatusLabel() {
  return labeller(useMessages(statusMessages));
}
export function useClaimTypeLabel() {
  return labeller(useMessages(claimTypeMessages));
}
export function useRelationLabel() {
  return labeller(useMessages(relationMessages));
}
export function usePrecisionLabel() {
  return labeller(useMessages(precisionMessages));
}
export function useSourceKindLabel() {
  return labeller(useMessages(sourceKindMessages));
}
export function useRoleLabel() {
  return labeller(useMessages(roleMessages));
}
