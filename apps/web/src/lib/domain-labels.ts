/** Labels for the shared enums (statuses, claim types, link relations, precisions, source kinds) in both languages. */
import type {
  ClaimLinkRelation,
  ClaimStatus,
  ClaimType,
  DatePrecision,
  SourceKind,
  UserRole,
} from '@claimline/contracts';
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
  return (value: string | null | undefined): string =>
    value ? ((labels as Record<string, string>)[value] ?? value) : '';
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

/** Names of the fields that audit entries record, for history and audit-log diffs. */
export const auditFieldMessages = defineMessages({
  nameEn: { en: 'English name', ar: 'الاسم بالإنجليزية' },
  nameAr: { en: 'Arabic name', ar: 'الاسم بالعربية' },
  description: { en: 'Description', ar: 'الوصف' },
  color: { en: 'Colour', ar: 'اللون' },
  claimIds: { en: 'Tagged claims', ar: 'الادعاءات الموسومة' },
  status: { en: 'Status', ar: 'الحالة' },
  camp: { en: 'Camp', ar: 'المعسكر' },
  campId: { en: 'Camp', ar: 'المعسكر' },
  mergedIntoId: { en: 'Merged into source', ar: 'دُمج في المصدر' },
  key: { en: 'Key', ar: 'المفتاح' },
  kind: { en: 'Kind', ar: 'النوع' },
  aliases: { en: 'Aliases', ar: 'الأسماء البديلة' },
  sourceId: { en: 'Source', ar: 'المصدر' },
  source: { en: 'Source', ar: 'المصدر' },
  claimType: { en: 'Claim type', ar: 'نوع الادعاء' },
  narratives: { en: 'Narratives', ar: 'الروايات' },
  locations: { en: 'Places', ar: 'الأماكن' },
  eventDate: { en: 'Event date', ar: 'تاريخ الحدث' },
  datePrecision: { en: 'Date precision', ar: 'دقة التاريخ' },
  note: { en: 'Note', ar: 'ملاحظة' },
  relation: { en: 'Relation', ar: 'العلاقة' },
  fromId: { en: 'From claim', ar: 'من الادعاء' },
  toId: { en: 'To claim', ar: 'إلى الادعاء' },
  linkId: { en: 'Link', ar: 'الرابط' },
  reason: { en: 'Reason', ar: 'السبب' },
  text: { en: 'Text', ar: 'النص' },
  email: { en: 'Email', ar: 'البريد الإلكتروني' },
  role: { en: 'Role', ar: 'الدور' },
  active: { en: 'Active', ar: 'نشط' },
  title: { en: 'Title', ar: 'العنوان' },
  outlet: { en: 'Outlet', ar: 'المنفذ الإعلامي' },
  publishedAt: { en: 'Published', ar: 'تاريخ النشر' },
  language: { en: 'Language', ar: 'اللغة' },
  url: { en: 'URL', ar: 'الرابط' },
  contentHash: { en: 'Content hash', ar: 'بصمة المحتوى' },
  claims: { en: 'Claims extracted', ar: 'الادعاءات المستخرجة' },
  claimsMoved: { en: 'Claims moved', ar: 'الادعاءات المنقولة' },
  rows: { en: 'Rows', ar: 'الصفوف' },
  aborted: { en: 'Aborted', ar: 'أُلغي' },
  failed: { en: 'Failed', ar: 'فشل' },
  from: { en: 'Merged source', ar: 'المصدر المدموج' },
  into: { en: 'Into', ar: 'إلى' },
  filters: { en: 'Filters', ar: 'عوامل التصفية' },
  locationIds: { en: 'Places', ar: 'الأماكن' },
});
