/**
 * Word lists for the source resolver: private persons, analyst titles, heads of unnamed sources.
 * Written in normalized form. Nationality words depend on the conflict: they are pack data.
 */
/** Private persons: a nationality adjective on them names no state («لاجئ سوداني», "a Sudanese refugee"). */
export const PRIVATE_PERSONS = new Set([
  'refugee', 'refugees', 'migrant', 'migrants', 'worker', 'workers', 'resident', 'residents', 'student', 'students', 'man', 'woman', 'trader', 'traders',
  'driver', 'survivor', 'survivors', 'asylum-seeker', 'asylum-seekers', 'national', 'nationals', 'mother', 'father', 'shopkeeper', 'labourer', 'laborer',
  'لاجي', 'لاجيه', 'لاجيون', 'لاجيين', 'مهاجر', 'مهاجره', 'مهاجرون', 'مهاجرين', 'عامل', 'عامله', 'عمال', 'طالب', 'طالبه', 'مقيم', 'مقيمه', 'ناج', 'ناجيه', 'تاجر', 'سائق', 'مواطن', 'مواطنه',
]);

/** Singular titles of analysts and academics (a plural "panel of experts" belongs to its body). */
export const EXPERT_WORDS = new Set(['researcher', 'analyst', 'fellow', 'specialist', 'expert', 'professor', 'academic', 'scholar', 'باحث', 'الباحث', 'خبير', 'الخبير', 'الخبيره', 'خبيره', 'محلل', 'المحلل', 'استاذ', 'الاستاذ', 'الاكاديمي', 'اكاديمي']);

/** Head words of unnamed sources. */
export const ANONYMOUS_HEADS = new Set([
  'مصدر', 'مصادر', 'مسؤول', 'مسوول', 'مسؤولون', 'مسوولون', 'شهود', 'سكان', 'ناشطون', 'ناشطين', 'مصدرا', 'قائد', 'ضابط', 'اعلاميون',
  'source', 'sources', 'official', 'officials', 'witnesses', 'residents', 'activists', 'commander', 'officer', 'diplomat', 'diplomats',
  'member', 'members', 'resident', 'witness', 'doctor', 'doctors', 'medics', 'عضو', 'اعضاء', 'احد', 'احدهم', 'احدي', 'احداهن', 'احدهما',
]);
export const MILITARY_WORDS = new Set(['عسكري', 'عسكريه', 'ميداني', 'ميدانيه', 'امني', 'امنيه', 'قائد', 'ضابط', 'military', 'security', 'commander', 'officer', 'field']);

/** Media outlets: a nationality on one («صحيفة لوفيغارو الفرنسية», "the Italian agency") names its country, not its voice. */
export const MEDIA_OUTLETS = new Set([
  'صحيفه', 'الصحيفه', 'قناه', 'القناه', 'وكاله', 'الوكاله', 'موقع', 'الموقع', 'مجله', 'المجله', 'اذاعه', 'الاذاعه',
  'newspaper', 'channel', 'broadcaster', 'daily', 'outlet', 'magazine', 'radio', 'website',
]);
