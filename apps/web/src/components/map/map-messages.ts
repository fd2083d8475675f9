import { defineMessages, definePlurals } from '../../lib/i18n';

/** The words of the shared map and its table; the map page and the dashboard card add their own. */
export const mapMessages = defineMessages({
  mapLabel: {
    en: 'Map of the places named in the claims, sized by claims and split by camp',
    ar: 'خريطة الأماكن المذكورة في الادعاءات، بحجم عدد الادعاءات ومقسّمة حسب المعسكر',
  },
  placeLabel: { en: '{place}: {claims} ({camps}). Open its claims', ar: '{place}: {claims} ({camps}). افتح ادعاءاته' },
  loadingMap: { en: 'Loading the base map…', ar: 'جارٍ تحميل الخريطة الأساسية…' },
  noPlaces: {
    en: 'No claim with these filters names a place with coordinates.',
    ar: 'لا ادعاء يطابق عوامل التصفية هذه يذكر مكانًا ذا إحداثيات.',
  },
  legend: { en: 'Camps on the map', ar: 'المعسكرات على الخريطة' },
  sizeNote: { en: 'Circle area ∝ claims', ar: 'مساحة الدائرة تتناسب مع عدد الادعاءات' },
  attribution: { en: 'Boundaries: Natural Earth', ar: 'الحدود: Natural Earth' },
  abroadNotDrawn: {
    en: '{places} abroad not drawn: listed in the table of the Map page',
    ar: '{places} في الخارج غير مرسومة: مدرجة في جدول صفحة الخريطة',
  },
  place: { en: 'Place', ar: 'المكان' },
  total: { en: 'Claims', ar: 'الادعاءات' },
  tableCaption: { en: 'Claims per place and camp', ar: 'الادعاءات حسب المكان والمعسكر' },
  // The dashboard card
  cardTitle: { en: 'Map', ar: 'الخريطة' },
  cardHelp: {
    en: 'Places named in the claims: circle area follows the claims, segments the camps. Click a place to list its claims.',
    ar: 'الأماكن المذكورة في الادعاءات: مساحة الدائرة تتبع عدد الادعاءات، وأجزاؤها المعسكرات. انقر على مكان لعرض ادعاءاته.',
  },
  openMap: { en: 'Open the map', ar: 'افتح الخريطة' },
});

export const mapPlurals = definePlurals({
  claims: {
    en: { one: '{n} claim', other: '{n} claims' },
    ar: {
      zero: 'لا ادعاءات',
      one: 'ادعاء واحد',
      two: 'ادعاءان',
      few: '{n} ادعاءات',
      many: '{n} ادعاءً',
      other: '{n} ادعاء',
    },
  },
  places: {
    en: { one: '{n} place', other: '{n} places' },
    ar: {
      zero: 'لا أماكن',
      one: 'مكان واحد',
      two: 'مكانان',
      few: '{n} أماكن',
      many: '{n} مكانًا',
      other: '{n} مكان',
    },
  },
});
