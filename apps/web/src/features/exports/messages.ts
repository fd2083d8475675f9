import { defineMessages } from '../../lib/i18n';

export const exportsMessages = defineMessages({
  title: { en: 'Exports', ar: 'التصدير' },
  intro: {
    en: 'Download the claims, the time series and the articles as CSV, with the filters below.',
    ar: 'نزّل الادعاءات والسلسلة الزمنية والمقالات بصيغة CSV، وفق عوامل التصفية أدناه.',
  },
  filtersTitle: { en: 'Filters applied', ar: 'عوامل التصفية المطبقة' },
  noFilters: { en: 'No filters: every claim is exported.', ar: 'بلا عوامل تصفية: تُصدَّر كل الادعاءات.' },
  changeFilters: { en: 'Open these filters on the dashboard', ar: 'افتح عوامل التصفية هذه في لوحة المتابعة' },
  claimsTitle: { en: 'Claims', ar: 'الادعاءات' },
  claimsBody: {
    en: 'One row per claim, as the claims list counts them: event date and precision, camp, source (English and Arabic) and its wording, cue, text, status, narratives, places, the article (title, outlet, URL, publication date), links to other claims and the last editor.',
    ar: 'صف لكل ادعاء كما تعدّها قائمة الادعاءات: تاريخ الحدث ودقته، المعسكر، المصدر (بالإنجليزية والعربية) وصيغته في النص، فعل الإسناد، النص، الحالة، الروايات، الأماكن، المقال (العنوان والوسيلة والرابط وتاريخ النشر)، الروابط مع ادعاءات أخرى، وآخر من حرّره.',
  },
  timeseriesTitle: { en: 'Time series', ar: 'السلسلة الزمنية' },
  timeseriesBody: {
    en: 'Claim counts per period, one column per series: the numbers behind the dashboard chart.',
    ar: 'عدد الادعاءات لكل فترة، عمود لكل سلسلة: الأرقام وراء رسم لوحة المتابعة.',
  },
  articlesTitle: { en: 'Articles', ar: 'المقالات' },
  articlesBody: {
    en: 'One row per article with its claim count. Only the outlets and the dates apply here, and the dates are publication dates.',
    ar: 'صف لكل مقال مع عدد ادعاءاته. تنطبق هنا الوسائل الإعلامية والتواريخ فقط، والتواريخ هي تواريخ النشر.',
  },
  bucket: { en: 'Interval', ar: 'الفترة' },
  groupBy: { en: 'Series', ar: 'السلاسل' },
  bucket_day: { en: 'Day', ar: 'يوم' },
  bucket_week: { en: 'Week', ar: 'أسبوع' },
  bucket_month: { en: 'Month', ar: 'شهر' },
  groupBy_camp: { en: 'Camp', ar: 'المعسكر' },
  groupBy_source: { en: 'Source', ar: 'المصدر' },
  groupBy_narrative: { en: 'Narrative', ar: 'الرواية' },
  groupBy_status: { en: 'Status', ar: 'الحالة' },
  download: { en: 'Download {name}', ar: 'نزّل {name}' },
  running: { en: 'Exporting… {rows} rows, {size}', ar: 'جارٍ التصدير… {rows} صف، {size}' },
  done: {
    en: 'Saved {file}: {rows} rows (header included), {size}.',
    ar: 'حُفظ {file}: {rows} صف (مع صف العناوين)، {size}.',
  },
  cancel: { en: 'Cancel', ar: 'إلغاء' },
  formatTitle: { en: 'About the file format', ar: 'عن صيغة الملف' },
  formatUtf8: {
    en: 'UTF-8 with a byte order mark, so Excel shows Arabic correctly when you double-click the file.',
    ar: 'ترميز UTF-8 مع علامة ترتيب البايت، فيعرض Excel النص العربي صحيحًا عند فتح الملف مباشرة.',
  },
  formatCsv: {
    en: 'RFC 4180: comma-separated, one record per line (CRLF), fields in double quotes when they hold commas, quotes or line breaks.',
    ar: 'وفق RFC 4180: قيم مفصولة بفواصل، سجل لكل سطر (CRLF)، والحقول بين علامتي تنصيص إذا احتوت فواصل أو علامات تنصيص أو أسطرًا جديدة.',
  },
  formatFormula: {
    en: 'A text cell that starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so a spreadsheet never runs text from an article as a formula. Strip one leading apostrophe from such a cell to get the original text.',
    ar: 'الخلية النصية التي تبدأ بـ \u2066=\u2069 أو \u2066+\u2069 أو \u2066-\u2069 أو \u2066@\u2069 أو مسافة جدولة أو رجوع سطر تُسبق بفاصلة عليا، كي لا ينفّذ برنامج الجداول نصًا من مقال كمعادلة. احذف فاصلة عليا واحدة من بدايتها لاستعادة النص الأصلي.',
  },
  formatDates: {
    en: 'Event and publication dates are written YYYY-MM-DD, timestamps in ISO 8601 (UTC); lists in a cell (narratives, places, links) are separated by "; ".',
    ar: 'تُكتب تواريخ الأحداث والنشر بصيغة YYYY-MM-DD، والطوابع الزمنية بصيغة ISO 8601 (التوقيت العالمي)؛ والقوائم داخل الخلية (الروايات، الأماكن، الروابط) مفصولة بـ \u2066"; "\u2069.',
  },
  label_camp: { en: 'Camps', ar: 'المعسكرات' },
  label_source: { en: 'Sources', ar: 'المصادر' },
  label_narrative: { en: 'Narratives', ar: 'الروايات' },
  label_status: { en: 'Statuses', ar: 'الحالات' },
  label_location: { en: 'Places', ar: 'الأماكن' },
  label_outlet: { en: 'Outlets', ar: 'الوسائل الإعلامية' },
  label_from: { en: 'From', ar: 'من' },
  label_to: { en: 'To', ar: 'إلى' },
  label_article: { en: 'Article', ar: 'المقال' },
  label_q: { en: 'Text', ar: 'النص' },
  // Keys the claim filter contract gains with conflicts and date precision (issue #13).
  label_conflict: { en: 'Conflict', ar: 'النزاع' },
  label_precision: { en: 'Date precision', ar: 'دقة التاريخ' },
});
