import type { CampId } from '@claimline/contracts';

/**
 * Affiliation lexicon for sources that are not in the registry: an organisation, body or
 * descriptor inside a mention ("a commander of …", «القيادي في …») gives the speaker's camp.
 * Written naturally; the resolver normalizes them. Registry aliases also act as hints.
 */
export const ORGANISATION_CAMPS: Array<[string, CampId]> = [
  // GNA and bodies aligned with it
  ['قوات الوفاق', 'GNA'], ['بركان الغضب', 'GNA'], ['المجلس الرئاسي', 'GNA'], ['المجلس الأعلى للدولة', 'GNA'], ['حكومة الوفاق', 'GNA'],
  ['النواب المجتمعون في طرابلس', 'GNA'], ['النواب المجتمعين في طرابلس', 'GNA'], ['مجلس النواب المنعقد في طرابلس', 'GNA'],
  ['مجلس النواب المجتمعين في طرابلس', 'GNA'], ['مجلس النواب المجتمعون في طرابلس', 'GNA'], ['نواب طرابلس', 'GNA'],
  ['Tripoli-based government', 'GNA'], ['Tripoli government', 'GNA'], ['High Council of State', 'GNA'], ['Volcano of Rage', 'GNA'],
  ['Presidency Council', 'GNA'], ['lawmakers meeting in Tripoli', 'GNA'],
  // LNA and bodies aligned with it
  ['القيادة العامة', 'LNA'], ['الجيش الوطني', 'LNA'], ['مجلس النواب في طبرق', 'LNA'], ['مجلس النواب بطبرق', 'LNA'], ['الحكومة المؤقتة', 'LNA'],
  ['الحكومة الليبية المؤقتة', 'LNA'], ['حكومة الشرق', 'LNA'], ['السلطات في شرق ليبيا', 'LNA'],
  ['eastern-based government', 'LNA'], ['eastern government', 'LNA'], ['eastern authorities', 'LNA'], ['eastern-based authorities', 'LNA'],
  ['eastern administration', 'LNA'], ['parallel government', 'LNA'], ['Tobruk-based', 'LNA'], ['Bayda-based government', 'LNA'],
  ['eastern-based parliament', 'LNA'], ['eastern parliament', 'LNA'], ['interim government', 'LNA'],
];

/** Foreign states: a ministry, government or official of one of them is an international source. */
export const FOREIGN_COUNTRIES = [
  'sudan', 'chad', 'niger', 'mali', 'tunisia', 'algeria', 'morocco', 'mauritania', 'greece', 'cyprus', 'malta', 'qatar', 'jordan', 'saudi arabia',
  'spain', 'china', 'netherlands', 'switzerland', 'austria', 'greece', 'khartoum', "n'djamena", 'niamey', 'algiers', 'athens', 'nicosia', 'valletta', 'doha',
  'السودان', 'تشاد', 'النيجر', 'مالي', 'تونس', 'الجزائر', 'المغرب', 'موريتانيا', 'اليونان', 'قبرص', 'مالطا', 'قطر', 'الاردن', 'السعودية',
  'الخرطوم', 'نجامينا', 'أثينا', 'الدوحة', 'الرباط',
  // Capitals of foreign states: "In Cairo, the foreign ministry said" speaks for Egypt.
  'cairo', 'moscow', 'ankara', 'paris', 'rome', 'london', 'washington', 'berlin', 'brussels', 'abu dhabi', 'amman', 'riyadh',
  'القاهرة', 'موسكو', 'أنقرة', 'باريس', 'روما', 'لندن', 'واشنطن', 'برلين', 'بروكسل', 'أبوظبي', 'أبو ظبي', 'فاليتا', 'الرياض',
];

/** Nationality adjectives not listed with the core demonyms (feminine Arabic forms are derived). */
export const MORE_DEMONYMS = [
  'greek', 'cypriot', 'maltese', 'chadian', 'nigerien', 'malian', 'moroccan', 'jordanian', 'saudi', 'spanish', 'chinese', 'dutch', 'swiss', 'mauritanian',
  'اليوناني', 'القبرصي', 'المالطي', 'التشادي', 'النيجري', 'المالي', 'المغربي', 'الاردني', 'السعودي', 'الاسباني', 'الصيني', 'الموريتاني',
  'يوناني', 'قبرصي', 'مالطي', 'تشادي', 'نيجري', 'مغربي', 'اردني', 'سعودي', 'صيني', 'سوداني', 'جزائري', 'تونسي', 'قطري',
];

/** Arabic adjectives of affiliation (normalized): «التابعة لـ»، «الموالي لـ»، «المقربة من»، «الداعم لـ». */
export const AR_AFFILIATION_ADJECTIVES = ['التابع', 'التابعه', 'الموالي', 'المواليه', 'المقرب', 'المقربه', 'الداعم', 'الداعمه', 'المويد', 'المويده', 'المحسوب', 'المحسوبه', 'القريب', 'القريبه'];

/** Verbs and nouns of allegiance: a registry name after one of them in a relative clause gives the camp. */
export const ALLEGIANCE_WORDS = new Set([
  'alongside', 'loyal', 'allied', 'aligned', 'attached', 'belongs', 'heads', 'leads', 'commands', 'serves', 'backs', 'supports', 'fights',
  'يتبع', 'تتبع', 'يقود', 'تقود', 'يترأس', 'يرأس', 'يقاتل', 'تقاتل', ...AR_AFFILIATION_ADJECTIVES,
]);
