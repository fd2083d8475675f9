import { definePlurals } from '../../lib/i18n';

/** Count-bearing strings of the claims pages: each language's plural forms (Arabic has six). */
export const claimsPlurals = definePlurals({
  count: {
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
  /** A total the API stopped counting at (ClaimListDto.totalCapped). */
  moreThan: {
    en: { one: 'More than {n} claim', other: 'More than {n} claims' },
    ar: {
      zero: 'لا ادعاءات',
      one: 'أكثر من ادعاء واحد',
      two: 'أكثر من ادعاءين',
      few: 'أكثر من {n} ادعاءات',
      many: 'أكثر من {n} ادعاءً',
      other: 'أكثر من {n} ادعاء',
    },
  },
});
