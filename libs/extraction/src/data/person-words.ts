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
export const EXPERT_WORDS = new Set([
  'researcher', 'analyst', 'fellow', 'specialist', 'expert', 'professor', 'academic', 'scholar',
  'باحث', 'الباحث', 'خبير', 'الخبير', 'محلل', 'المحلل', 'استاذ', 'الاستاذ', 'الاكاديمي', 'اكاديمي',
  'باحثه', 'الباحثه', 'خبيره', 'الخبيره', 'محلله', 'المحلله', 'استاذه', 'الاستاذه', 'الاكاديميه', 'اكاديميه',
]);

/** Head words of unnamed sources. */
export const ANONYMOUS_HEADS = new Set([
  'مصدر', 'مصادر', 'مسؤول', 'مسوول', 'مسؤولون', 'مسوولون', 'شهود', 'سكان', 'ناشطون', 'ناشطين', 'مصدرا', 'قائد', 'ضابط', 'اعلاميون',
  'source', 'sources', 'official', 'officials', 'witnesses', 'residents', 'activists', 'commander', 'officer', 'diplomat', 'diplomats',
  'member', 'members', 'resident', 'witness', 'doctor', 'doctors', 'medics', 'عضو', 'اعضاء', 'احد', 'احدهم', 'احدي', 'احداهن', 'احدهما',
  // Feminine heads read like their masculine forms: «قالت عضوة المجلس البلدي …».
  'عضوه', 'مسؤوله', 'مسووله', 'ناشطه', 'ناشطات',
]);

/** Media outlets: a nationality on one («صحيفة لوفيغارو الفرنسية», "the Italian agency") names its country, not its voice. */
export const MEDIA_OUTLETS = new Set([
  'صحيفه', 'الصحيفه', 'قناه', 'القناه', 'وكاله', 'الوكاله', 'موقع', 'الموقع', 'مجله', 'المجله', 'اذاعه', 'الاذاعه',
  'newspaper', 'channel', 'broadcaster', 'daily', 'outlet', 'magazine', 'radio', 'website',
]);

/** Nouns that end an English speaker's phrase after a body's name: "an Egyptian foreign ministry official", "a UN report". */
export const SPEAKER_ROLE_NOUNS = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'mission', 'envoy', 'office', 'report',
  'representative', 'delegation', 'commander', 'commanders', 'minister', 'ministry', 'command', 'source', 'sources', 'statement',
  'embassy', 'ambassador', 'officer', 'officers', 'diplomat', 'diplomats', 'chief', 'head', 'leader', 'leaders', 'forces',
]);

/** Words that end a speaker's phrase: what follows is time, place or the rest of the clause («خلال الجلسة», "on Tuesday"). */
export const SPEAKER_PHRASE_STOPS = new Set([
  'في', 'خلال', 'لدي', 'اليوم', 'امس', 'يوم', 'صباح', 'مساء', 'فجر', 'ليله', 'عقب', 'بعد', 'قبل', 'منذ', 'علي', 'عن', 'الي', 'حول',
  'امام', 'ايضا', 'كذلك', 'مجددا', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'الاحد',
  'on', 'in', 'at', 'during', 'after', 'before', 'again', 'also', 'this', 'last', 'today', 'yesterday', 'earlier', 'later', 'by',
  'seen', 'who', 'which', 'that', 'has', 'had', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'released', 'told',
]);

/** Whom a speaker told («قال … للصحفيين»): after a speaker's name these open the addressee, not more of the name. */
export const ADDRESSEES = new Set([
  'للصحفيين', 'للصحافيين', 'للصحافه', 'للاعلاميين', 'لوسائل', 'للتلفزيون', 'للاذاعه', 'للمراسلين', 'لمراسل', 'لمراسلنا', 'reporters', 'journalists',
]);

/** Ranks and honorifics before a name in apposition: «المتحدث باسم الجيش، اللواء أحمد المسماري،». */
export const RANKS_AND_HONORIFICS = new Set([
  'اللواء',
  'العميد',
  'العقيد',
  'المقدم',
  'الرائد',
  'النقيب',
  'الفريق',
  'المشير',
  'السيد',
  'السيده',
  'الدكتور',
  'الطبيب',
  'الشيخ',
  'المستشار',
]);
