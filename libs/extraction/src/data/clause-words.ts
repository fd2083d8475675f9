/**
 * Arabic function words the attribution rules look for (all normalized); the words of one conflict are pack data.
 */

/** The Arabic and Latin commas. */
export const COMMAS = new Set(['،', ',']);

/**
 * Verbal nouns (normalized) an announcement opens with: deaths, strikes, closures, readiness. Not «سيطرتها»: it follows
 * another noun too («بسط سيطرتها», «إحكام سيطرتها»), which would be cut off.
 */
export const ANNOUNCED_EVENTS = ['مقتل', 'مصرع', 'اسقاط', 'استهداف', 'تدمير', 'اصابه', 'وفاه', 'ارتفاع', 'تسجيل', 'اغلاق', 'تعليق', 'استئناف', 'انسحاب', 'استعداده', 'استعدادها', 'رفضه', 'رفضها', 'موافقته', 'موافقتها', 'فقدان'];

/** «وتابع مدعيا:», «وأضاف زاعما أن»: how the speaker went on, not who spoke. */
export const SAYING_MANNERS = new Set(['مدعيا', 'مدعيه', 'زاعما', 'زاعمه', 'مستطردا', 'مستدركا', 'ساخرا', 'متهكما', 'متسائلا', 'معلقا']);

/**
 * Words (normalized) that open a verb's addressee or object, never the rest of its subject, when not first: «أعضاء
 * المجلس», «نظيره», and a verbal noun with the subject's pronoun («جدد بوريطة تأكيده», «أعرب … عن قلقه»).
 */
export const OBJECT_OPENERS = new Set(['اعضاء', 'نظيره', 'نظيرته', 'نظراءه', 'نظرائه', 'تاكيده', 'تاكيدها', 'دعوته', 'دعوتها', 'رفضه', 'رفضها', 'دعمه', 'دعمها', 'ترحيبه', 'ترحيبها', 'ادانته', 'ادانتها', 'التزامه', 'التزامها', 'موقفه', 'موقفها', 'تمسكه', 'تمسكها']);

/** Prepositions (normalized) a verb never follows directly; «علي» is left out, being also the name Ali. */
export const NOUN_GOVERNORS = new Set(['بشان', 'حول', 'رغم', 'برغم', 'عقب', 'اثر', 'اثناء', 'خلال', 'ضد', 'عن', 'في', 'من', 'الي', 'مع', 'بسبب', 'جراء', 'منذ', 'حيال', 'ازاء']);

/** «في لقائه مع …», «أثناء اجتماعه مع …»: a meeting or talk the words were said at; its other party is not the speaker. */
export const MEETINGS = ['لقائه', 'لقائها', 'لقاءه', 'اجتماع', 'اجتماعه', 'اجتماعها', 'كلمته', 'كلمتها', 'مباحثات', 'محادثات', 'زيارته', 'زيارتها', 'استقباله', 'استقبالها', 'جلسه', 'حواره', 'حوارها', 'مقابلته', 'مقابلتها', 'مؤتمره'];

/**
 * Texts one acts "in accordance with" («وفقا لمخرجات مؤتمر برلين», «طبقا للاتفاق»): after «وفقا/طبقا/حسب» they make
 * the phrase a conformity, not a source. Normalized, without the article.
 */
export const AGREEMENT_NOUNS = new Set(['مخرجات', 'مقررات', 'قرار', 'قرارات', 'اتفاق', 'اتفاقيه', 'مبادره', 'اعلان', 'قانون', 'دستور', 'خطه', 'بنود', 'نتائج', 'شروط', 'قواعد', 'اجراءات', 'جدول', 'برنامج', 'تعليمات', 'اوامر', 'توصيات', 'عرف']);
/** Prepositional cues that also mean "in accordance with". */
export const CONFORMITY_CUES = new Set(['وفقا', 'طبقا', 'حسب', 'بحسب', 'وفق']);

/** Time words a verb may put before its subject («أعلن اليوم الخميس الرئيس …», «قال مساء أمس الوزير …»). */
export const TIME_ADVERBS = new Set(['اليوم', 'امس', 'يوم', 'مساء', 'صباح', 'ظهر', 'فجر', 'ليله', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت']);
