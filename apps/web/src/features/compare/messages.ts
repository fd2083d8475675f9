import { defineMessages } from '../../lib/i18n';

export const compareMessages = defineMessages({
  title: { en: 'Compare camps', ar: 'مقارنة المعسكرات' },
  intro: {
    en: 'What each camp claims about one place over the same days, side by side.',
    ar: 'ما يدّعيه كل معسكر عن مكان واحد خلال الأيام نفسها، جنبًا إلى جنب.',
  },
  place: { en: 'Place', ar: 'المكان' },
  placePlaceholder: { en: 'Type a place, e.g. Wadi al-Rabi or وادي الربيع', ar: 'اكتب اسم مكان، مثل وادي الربيع' },
  from: { en: 'From', ar: 'من' },
  to: { en: 'To', ar: 'إلى' },
  clearWindow: { en: 'All dates', ar: 'كل التواريخ' },
  noResults: { en: 'No place found', ar: 'لم يُعثر على مكان' },
  pickPlace: { en: 'Pick a place to compare', ar: 'اختر مكانًا للمقارنة' },
  pickPlaceBody: {
    en: 'Type a place name above, or open a pair from the dashboard’s contested claims.',
    ar: 'اكتب اسم مكان في الأعلى، أو افتح زوجًا من الادعاءات المتنازع عليها في لوحة المتابعة.',
  },
  loading: { en: 'Loading…', ar: 'جارٍ التحميل…' },
  window: { en: '{from} – {to}', ar: '{from} – {to}' },
  allDates: { en: 'all dates', ar: 'كل التواريخ' },
  claimsOf: { en: '{n} claims', ar: '{n} ادعاء' },
  noClaims: { en: 'No claims from this camp here.', ar: 'لا ادعاءات من هذا المعسكر هنا.' },
  source: { en: 'Source', ar: 'المصدر' },
  cue: { en: 'Cue', ar: 'فعل الإسناد' },
  eventDate: { en: 'Event date', ar: 'تاريخ الحدث' },
  status: { en: 'Status', ar: 'الحالة' },
  openClaim: { en: 'Open claim', ar: 'افتح الادعاء' },
  precision_day: { en: 'day', ar: 'يوم' },
  precision_week: { en: 'week of', ar: 'أسبوع' },
  precision_month: { en: 'month', ar: 'شهر' },
  precision_reported: { en: 'publication date', ar: 'تاريخ النشر' },
});
