import { defineMessages, definePlurals } from '../../lib/i18n';

export const dashboardMessages = defineMessages({
  title: { en: 'Dashboard', ar: 'لوحة المتابعة' },
  intro: {
    en: 'Who claims what, where and when. Every chart follows the filters; click a bar to list its claims.',
    ar: 'من يدّعي ماذا، وأين، ومتى. كل الرسوم تتبع عوامل التصفية؛ انقر على عمود لعرض ادعاءاته.',
  },
  exportsLink: { en: 'Export these claims', ar: 'صدّر هذه الادعاءات' },
  loading: { en: 'Loading…', ar: 'جارٍ التحميل…' },
  retry: { en: 'Try again', ar: 'أعد المحاولة' },

  // Empty states
  noClaims: { en: 'No claims yet: add an article', ar: 'لا ادعاءات بعد: أضف مقالًا' },
  noClaimsBody: {
    en: 'Claims are extracted from the articles you add. Paste an Arabic or English news article to start.',
    ar: 'تُستخرج الادعاءات من المقالات التي تضيفها. الصق مقالًا إخباريًا بالعربية أو الإنجليزية للبدء.',
  },
  addArticle: { en: 'Add an article', ar: 'أضف مقالًا' },
  noMatch: { en: 'No claims match these filters', ar: 'لا ادعاءات تطابق عوامل التصفية هذه' },
  noMatchBody: { en: 'Widen the dates or clear some filters.', ar: 'وسّع نطاق التواريخ أو أزل بعض عوامل التصفية.' },
  clearFilters: { en: 'Clear filters', ar: 'مسح عوامل التصفية' },

  // Chart card actions
  downloadPng: { en: 'Download PNG', ar: 'تنزيل PNG' },
  downloadCsv: { en: 'Download CSV', ar: 'تنزيل CSV' },
  showTable: { en: 'Table', ar: 'جدول' },
  tableOf: { en: 'Data of the chart: {title}', ar: 'بيانات الرسم: {title}' },
  total: { en: 'Total', ar: 'المجموع' },
  // Written onto downloaded PNGs (utils/png-caption.ts)
  captionFilters: { en: 'Filters: {filters}', ar: 'عوامل التصفية: {filters}' },
  captionNoFilters: { en: 'none', ar: 'لا شيء' },
  captionPeriod: { en: 'Period: {period}', ar: 'الفترة: {period}' },
  captionAllDates: { en: 'all dates', ar: 'كل التواريخ' },
  captionSource: { en: 'Source: Claimline, {date}', ar: 'المصدر: Claimline، {date}' },
  captionSeparator: { en: ', ', ar: '، ' },
  article: { en: 'Article', ar: 'المقال' },

  // Timeseries
  timeseriesTitle: { en: 'Claims over time', ar: 'الادعاءات عبر الزمن' },
  timeseriesHelp: {
    en: 'Stacked by {groupBy}. Click a legend entry to hide a series; click a bar to open its claims.',
    ar: 'مكدّسة حسب {groupBy}. انقر على عنصر في المفتاح لإخفاء سلسلة، وعلى عمود لفتح ادعاءاته.',
  },
  groupBy: { en: 'Group by', ar: 'التجميع حسب' },
  bucket: { en: 'Interval', ar: 'الفترة' },
  groupBy_camp: { en: 'Camp', ar: 'المعسكر' },
  groupBy_source: { en: 'Source', ar: 'المصدر' },
  groupBy_narrative: { en: 'Narrative', ar: 'الرواية' },
  groupBy_status: { en: 'Status', ar: 'الحالة' },
  bucket_day: { en: 'Day', ar: 'يوم' },
  bucket_week: { en: 'Week', ar: 'أسبوع' },
  bucket_month: { en: 'Month', ar: 'شهر' },
  period: { en: 'Period', ar: 'الفترة' },
  chartLabel: {
    en: 'Stacked bar chart of claims per {bucket}, by {groupBy}',
    ar: 'رسم بأعمدة مكدسة للادعاءات لكل {bucket} حسب {groupBy}',
  },
  openClaims: { en: 'Open these claims', ar: 'افتح هذه الادعاءات' },
  // Under the chart when claims dated only to a week or month are left out of its buckets (utils/coarser-note.ts)
  chartDaily: { en: 'daily', ar: 'اليومي' },
  chartWeekly: { en: 'weekly', ar: 'الأسبوعي' },
  showByMonth: { en: 'Show by month', ar: 'اعرض حسب الشهر' },

  // Share
  shareTitle: { en: 'Narratives per camp', ar: 'الروايات لكل معسكر' },
  shareHelp: {
    en: 'Share of each camp’s narrative tags (a claim can carry several). Grey: claims with no narrative.',
    ar: 'حصة كل رواية من وسوم المعسكر (قد يحمل الادعاء أكثر من رواية). الرمادي: ادعاءات بلا رواية.',
  },
  untagged: { en: 'No narrative', ar: 'بلا رواية' },
  camp: { en: 'Camp', ar: 'المعسكر' },
  claims: { en: 'Claims', ar: 'الادعاءات' },
  noShare: {
    en: 'No narratives tagged yet: tag claims with narratives on the claims page.',
    ar: 'لم توسم أي رواية بعد: ضع وسوم الروايات على الادعاءات في صفحة الادعاءات.',
  },

  // Top sources
  topSourcesTitle: { en: 'Top sources', ar: 'أبرز المصادر' },
  topSourcesHelp: {
    en: 'The sources quoted most under these filters.',
    ar: 'المصادر الأكثر اقتباسًا وفق عوامل التصفية هذه.',
  },
  source: { en: 'Source', ar: 'المصدر' },
  noSources: {
    en: 'No registered source is quoted under these filters.',
    ar: 'لا يُقتبس أي مصدر مسجل وفق عوامل التصفية هذه.',
  },

  // Contested
  contestedTitle: { en: 'Contested claims', ar: 'ادعاءات متنازع عليها' },
  contestedHelp: {
    en: 'Claims by opposing camps about the same place within a day of each other.',
    ar: 'ادعاءات معسكرات متقابلة عن المكان نفسه في غضون يوم واحد.',
  },
  sameDay: { en: 'same day', ar: 'اليوم نفسه' },
  linkContradicts: { en: 'Link as contradicts', ar: 'اربط كادعاءين متناقضين' },
  linking: { en: 'Linking…', ar: 'جارٍ الربط…' },
  linked: { en: 'Linked', ar: 'مرتبطان' },
  linkedAs: { en: 'Linked: {relation}', ar: 'مرتبطان: {relation}' },
  compareHere: { en: 'Compare all camps here', ar: 'قارن كل المعسكرات هنا' },
  openClaim: { en: 'Open claim', ar: 'افتح الادعاء' },
  noContested: {
    en: 'No contested pairs: none of the camps contradict each other about a place on close days.',
    ar: 'لا أزواج متنازع عليها: لا يتناقض أي معسكرين بشأن مكان في أيام متقاربة.',
  },
  versus: { en: 'versus', ar: 'مقابل' },

  // Framing
  framingTitle: { en: 'Framing by outlet', ar: 'التأطير حسب الوسيلة الإعلامية' },
  framingHelp: {
    en: 'How each outlet names each camp’s forces: in its own words (narration) or inside quotes.',
    ar: 'كيف تسمي كل وسيلة قوات كل معسكر: بكلماتها (سرد) أو داخل الاقتباسات.',
  },
  label: { en: 'Label', ar: 'التسمية' },
  tone: { en: 'Tone', ar: 'النبرة' },
  narration: { en: 'Narration', ar: 'سرد' },
  quote: { en: 'Quote', ar: 'اقتباس' },
  tone_pejorative: { en: 'pejorative', ar: 'ازدرائية' },
  tone_neutral: { en: 'neutral', ar: 'محايدة' },
  tone_legitimising: { en: 'legitimising', ar: 'مُضفية للشرعية' },
  noOutlet: { en: 'No outlet', ar: 'بلا وسيلة' },
  noFraming: {
    en: 'No framing labels found in the articles of this period.',
    ar: 'لم تُعثر على تسميات تأطير في مقالات هذه الفترة.',
  },

  // Blind spots
  blindSpotsTitle: { en: 'Blind spots', ar: 'النقاط العمياء' },
  blindSpotsHelp: {
    en: 'Places and narratives only one camp talks about (unknown sources left out).',
    ar: 'أماكن وروايات لا يتحدث عنها إلا معسكر واحد (دون المصادر غير المعروفة).',
  },
  places: { en: 'Places', ar: 'الأماكن' },
  narratives: { en: 'Narratives', ar: 'الروايات' },
  onlyCamp: { en: 'only {camp}', ar: 'فقط {camp}' },
  noBlindSpots: {
    en: 'No blind spots: every place and narrative is covered by more than one camp.',
    ar: 'لا نقاط عمياء: كل مكان ورواية يتناولهما أكثر من معسكر.',
  },
});

export const filterMessages = defineMessages({
  filters: { en: 'Filters', ar: 'عوامل التصفية' },
  from: { en: 'From', ar: 'من' },
  to: { en: 'To', ar: 'إلى' },
  camps: { en: 'Camps', ar: 'المعسكرات' },
  sources: { en: 'Sources', ar: 'المصادر' },
  narratives: { en: 'Narratives', ar: 'الروايات' },
  statuses: { en: 'Statuses', ar: 'الحالات' },
  places: { en: 'Places', ar: 'الأماكن' },
  outlets: { en: 'Outlets', ar: 'الوسائل الإعلامية' },
  search: { en: 'Text', ar: 'النص' },
  searchPlaceholder: { en: 'Words in the claim…', ar: 'كلمات في الادعاء…' },
  addSource: { en: 'Add a source…', ar: 'أضف مصدرًا…' },
  addPlace: { en: 'Add a place…', ar: 'أضف مكانًا…' },
  noResults: { en: 'Nothing found', ar: 'لا نتائج' },
  remove: { en: 'Remove {name}', ar: 'أزل {name}' },
  clear: { en: 'Clear all', ar: 'امسح الكل' },
  any: { en: 'any', ar: 'الكل' },
  apply: { en: 'Search', ar: 'ابحث' },
  knownDates: {
    en: 'Leave out claims dated only by publication',
    ar: 'استبعد الادعاءات المؤرخة بتاريخ النشر فقط',
  },
});

/** Count-bearing strings: each language's plural forms (Arabic has six), chosen by `plural(message, n)`. */
export const dashboardPlurals = definePlurals({
  totalClaims: {
    en: { one: '{n} claim matches the filters', other: '{n} claims match the filters' },
    ar: {
      zero: 'لا ادعاءات تطابق عوامل التصفية',
      one: 'ادعاء واحد يطابق عوامل التصفية',
      two: 'ادعاءان يطابقان عوامل التصفية',
      few: '{n} ادعاءات تطابق عوامل التصفية',
      many: '{n} ادعاءً يطابق عوامل التصفية',
      other: '{n} ادعاء يطابق عوامل التصفية',
    },
  },
  claimsCount: {
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
  selected: {
    en: { other: '{n} selected' },
    ar: {
      zero: 'لا شيء محدد',
      one: 'واحد محدد',
      two: 'اثنان محددان',
      few: '{n} محددة',
      many: '{n} محددًا',
      other: '{n} محدد',
    },
  },
  daysApart: {
    en: { one: '{n} day apart', other: '{n} days apart' },
    ar: {
      zero: 'في اليوم نفسه',
      one: 'بفارق يوم واحد',
      two: 'بفارق يومين',
      few: 'بفارق {n} أيام',
      many: 'بفارق {n} يومًا',
      other: 'بفارق {n} يوم',
    },
  },
  // {chart} is chartDaily / chartWeekly.
  coarserWeek: {
    en: {
      one: '{n} claim known only to its week is not in this {chart} chart.',
      other: '{n} claims known only to their week are not in this {chart} chart.',
    },
    ar: {
      zero: 'لا ادعاءات لا يُعرف منها إلا الأسبوع خارج هذا الرسم {chart}.',
      one: 'ادعاء واحد لا يُعرف منه إلا الأسبوع ليس في هذا الرسم {chart}.',
      two: 'ادعاءان لا يُعرف منهما إلا الأسبوع ليسا في هذا الرسم {chart}.',
      few: '{n} ادعاءات لا يُعرف منها إلا الأسبوع ليست في هذا الرسم {chart}.',
      many: '{n} ادعاءً لا يُعرف منها إلا الأسبوع ليست في هذا الرسم {chart}.',
      other: '{n} ادعاء لا يُعرف منها إلا الأسبوع ليست في هذا الرسم {chart}.',
    },
  },
  coarserMonth: {
    en: {
      one: '{n} claim known only to its month is not in this {chart} chart.',
      other: '{n} claims known only to their month are not in this {chart} chart.',
    },
    ar: {
      zero: 'لا ادعاءات لا يُعرف منها إلا الشهر خارج هذا الرسم {chart}.',
      one: 'ادعاء واحد لا يُعرف منه إلا الشهر ليس في هذا الرسم {chart}.',
      two: 'ادعاءان لا يُعرف منهما إلا الشهر ليسا في هذا الرسم {chart}.',
      few: '{n} ادعاءات لا يُعرف منها إلا الشهر ليست في هذا الرسم {chart}.',
      many: '{n} ادعاءً لا يُعرف منها إلا الشهر ليست في هذا الرسم {chart}.',
      other: '{n} ادعاء لا يُعرف منها إلا الشهر ليست في هذا الرسم {chart}.',
    },
  },
  showAllPairs: {
    en: { one: 'Show the {n} pair', other: 'Show all {n} pairs' },
    ar: {
      zero: 'لا أزواج',
      one: 'اعرض الزوج',
      two: 'اعرض الزوجين',
      few: 'اعرض الأزواج الـ{n} كلها',
      many: 'اعرض الـ{n} زوجًا كلها',
      other: 'اعرض الـ{n} زوج كلها',
    },
  },
});
