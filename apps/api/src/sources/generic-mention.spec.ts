import { isGenericMention } from './generic-mention.js';

describe('isGenericMention', () => {
  it.each([
    'المصدر',
    'المصادر',
    'مصدر',
    'مصدر عسكري',
    'والمصدر',
    'المتحدث',
    'متحدثة رسمية',
    'الناطق الرسمي',
    'المسؤول',
    'الغرفة',
    'الجانبان',
    'the source',
    'a source',
    'The Spokesman',
    'a senior military official',
    'sources',
    'he',
    '',
  ])('«%s» is generic', (mention) => {
    expect(isGenericMention(mention)).toBe(true);
  });

  it.each([
    'المتحدث باسم الجيش الوطني',
    'غسان سلامة',
    'مصدر عسكري تابع للقوات المسلحة العربية الليبية',
    'Ghassan Salamé',
    'the spokesman of the Libyan National Army',
    'Ahmed al-Mismari',
    'عسكري',
  ])('«%s» names someone', (mention) => {
    expect(isGenericMention(mention)).toBe(false);
  });
});
