import { defineMessages } from '../../lib/i18n';

export const mapPageMessages = defineMessages({
  title: { en: 'Map', ar: 'الخريطة' },
  intro: {
    en: 'Where the claims place events. Circles grow with the claims and split by camp; click one to list its claims.',
    ar: 'أين تضع الادعاءات الأحداث. تكبر الدوائر بعدد الادعاءات وتنقسم حسب المعسكر؛ انقر على دائرة لعرض ادعاءاتها.',
  },
  window: { en: 'Time window', ar: 'النافذة الزمنية' },
  windowFrom: { en: 'From month', ar: 'من شهر' },
  windowTo: { en: 'To month', ar: 'إلى شهر' },
  windowRange: { en: '{from} – {to}', ar: '{from} – {to}' },
  wholePeriod: { en: 'Whole period', ar: 'كامل المدة' },
  otherFilters: {
    en: 'Also filtered as in the link that opened this map.',
    ar: 'مصفّاة أيضًا كما في الرابط الذي فتح هذه الخريطة.',
  },
  clearOtherFilters: { en: 'Show all claims', ar: 'اعرض كل الادعاءات' },
  table: { en: 'Table', ar: 'جدول' },
  loading: { en: 'Loading…', ar: 'جارٍ التحميل…' },
  noDates: { en: 'No claim has an event date yet.', ar: 'لا ادعاء له تاريخ حدث بعد.' },
});
