/**
 * Words of affiliation and allegiance, in any conflict. The phrases that name a conflict's camps
 * (affiliations, foreign states, nationalities) are pack data: libs/extraction/packs/<id>.yaml.
 */
/** Arabic adjectives of affiliation (normalized): «التابعة لـ»، «الموالي لـ»، «المقربة من»، «الداعم لـ». */
export const AR_AFFILIATION_ADJECTIVES = ['التابع', 'التابعه', 'الموالي', 'المواليه', 'المقرب', 'المقربه', 'الداعم', 'الداعمه', 'الداعمان', 'الداعمين', 'الداعمتان', 'المويد', 'المويده', 'المحسوب', 'المحسوبه', 'القريب', 'القريبه'];

/** Verbs and nouns of allegiance: a registry name after one of them in a relative clause gives the camp. */
export const ALLEGIANCE_WORDS = new Set([
  'alongside', 'loyal', 'allied', 'aligned', 'attached', 'belongs', 'heads', 'leads', 'commands', 'serves', 'backs', 'supports', 'fights',
  'يتبع', 'تتبع', 'يقود', 'تقود', 'يترأس', 'يرأس', 'يقاتل', 'تقاتل', ...AR_AFFILIATION_ADJECTIVES,
]);

/**
 * Qualifiers a back-reference may add that an earlier mention implies without spelling them: «المتحدث العسكري» after
 * «المتحدث باسم قوات …». Each maps to words, any of which in the referent's mention fits it.
 */
export const IMPLIED_QUALIFIERS = new Map<string, readonly string[]>([
  ['العسكري', ['قوات', 'الجيش', 'جيش', 'عمليه', 'العمليات', 'غرفه', 'القياده', 'الاركان', 'الدفاع', 'كتيبه', 'اللواء']],
]);
IMPLIED_QUALIFIERS.set('العسكريه', IMPLIED_QUALIFIERS.get('العسكري')!);

/** Words that put a mention against the registry name after them ("forces opposed to …", «القوات المناهضة لـ…»). */
export const OPPOSING_WORDS = new Set(['against', 'anti', 'المناهضه', 'المناهض', 'المناهضين', 'المعارضه', 'المعارض', 'المعارضين', 'المناوئه', 'المناوئين']);
