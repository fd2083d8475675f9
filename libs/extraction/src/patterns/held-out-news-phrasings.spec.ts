import type { ExtractedClaim } from '@claimline/contracts';
import { createExtractor } from '../extractor.js';

/**
 * Phrasings met in a fourth batch of published reports the extractor had never seen (session 22): each test is our
 * own sentence with the same shape.
 */
const extractor = createExtractor();
const claimsOf = (text: string, language: 'ar' | 'en'): ExtractedClaim[] =>
  extractor.extract(text, { publishedAt: '2020-03-01', language }).claims;
function claimWith(text: string, inside: string, language: 'ar' | 'en'): ExtractedClaim | undefined {
  const at = text.indexOf(inside);
  return claimsOf(text, language).find((c) => c.start <= at && at + inside.length <= c.end);
}

describe('Arabic speakers of held-out reports', () => {
  it('relatedLinksBlock: headlines under «أخبار ذات صلة» are other stories, and no later «وتابع» speaks for them', () => {
    const text = [
      'وقال المسماري إن القوات تتقدم في المحاور الجنوبية.',
      'أخبار ذات صلة',
      'باريس تدعو أنقرة إلى وقف إرسال السلاح',
      'كيف تغيرت خرائط القتال حول العاصمة؟',
      'وتابع "سنواصل العمليات حتى النهاية".',
    ].join('\n');
    expect(claimWith(text, 'وقف إرسال السلاح', 'ar')).toBeUndefined();
    expect(claimWith(text, 'سنواصل العمليات حتى النهاية', 'ar')?.source.camp).toBe('LNA');
  });

  it('«الرئاسي» alone is the Presidential Council; «أممية» is the UN', () => {
    const text =
      'وشدد بيان الرئاسي على أن المبادرة تهدف إلى استعادة السيادة. وتقدمت القوات، حسب تقارير أممية، نحو المطار.';
    expect(claimWith(text, 'استعادة السيادة', 'ar')?.source.camp).toBe('GNA');
    expect(claimWith(text, 'وتقدمت القوات', 'ar')?.source.camp).toBe('UN');
  });

  it('a back-reference with its adjective (kept from an earlier mention) leads before an object that is itself a registry name', () => {
    const text =
      'وقال وزير الداخلية الليبي فتحي باشاغا إن المرتزقة يهددون الحقول. ولفت باشاغا إلى أن الموانئ مغلقة. كما طالب الوزير الليبي الاتحاد الأوروبي بفرض عقوبات على الشركة.';
    expect(claimWith(text, 'بفرض عقوبات على الشركة', 'ar')?.source.camp).toBe('GNA');
  });

  it('«المتحدث العسكري» refers back to the spokesman of forces named before', () => {
    const text =
      'وقال المتحدث باسم قوات حكومة الوفاق العقيد محمد قنونو إن الطيران استهدف رتلا. وأضاف المتحدث العسكري أن فرق الهندسة بدأت نزع الألغام.';
    expect(claimWith(text, 'فرق الهندسة بدأت نزع الألغام', 'ar')?.source.camp).toBe('GNA');
  });

  it('a first name alone after the full registry name («عقيلة» after «عقيلة صالح»)', () => {
    const text = 'وأصدر رئيس مجلس النواب عقيلة صالح بيانا مماثلا. وقال عقيلة إن الاتفاق سيمنع التدخلات الخارجية.';
    expect(claimWith(text, 'الاتفاق سيمنع التدخلات', 'ar')?.source.camp).toBe('LNA');
  });

  it('a sentence opening with «واتهم» and one name before its «بـ» goes on with the last speaker', () => {
    const text =
      'وقال المجعي إن غارات أصابت منازل في الضاحية. واتهم قوات المشير خليفة حفتر بالوقوف وراء القصف على الأحياء.';
    expect(claimWith(text, 'بالوقوف وراء القصف', 'ar')?.source.camp).toBe('GNA');
  });

  it('a registry subject before a transitive verb makes a words-only affiliation after it the object', () => {
    const text = 'لكن عملية بركان الغضب، حملت القوات الموالية لحفتر مسؤولية القصف على المطار.';
    expect(claimWith(text, 'مسؤولية القصف على المطار', 'ar')?.source.camp).toBe('GNA');
  });

  it('an honorific with its pronoun («وأكد فخامته») is the dignitary named before, even with no speaker yet', () => {
    const text =
      'استقبل رئيس مجلس النواب المستشار عقيلة صالح وفدا أمميا في القبة. وأكد فخامته للوفد على أن المجلس هو الجسم الشرعي.';
    expect(claimWith(text, 'المجلس هو الجسم الشرعي', 'ar')?.source.camp).toBe('LNA');
  });

  it('misspeltRegistryName: a surname one letter from a registry name with the same first name', () => {
    const text = 'وقال مصطفى النجعي إن القوات صدت هجوما على المحور الجنوبي.';
    expect(claimWith(text, 'صدت هجوما', 'ar')?.source).toMatchObject({ camp: 'GNA', key: 'mustafa-al-majei' });
  });
});

describe('English speakers and cues of held-out reports', () => {
  it('pronounBeforeAnySpeaker: "he said" with the name only in a caption is that person', () => {
    const text = [
      'Libyan National Army commander Khalifa Haftar. (Reuters)',
      '',
      'In a televised speech, he said he was "answering the call of the people" to end the accord.',
    ].join('\n');
    expect(claimWith(text, 'answering the call of the people', 'en')?.source.camp).toBe('LNA');
  });

  it('"considered that" and "threatened that" report; "considered the offer" does not', () => {
    const text =
      'President Abdel Fattah al-Sisi considered that any advance on Sirte is a red line. He threatened that troops would cross the border. The council considered the offer.';
    expect(claimWith(text, 'is a red line', 'en')?.source.camp).toBe('INTERNATIONAL');
    expect(claimWith(text, 'troops would cross the border', 'en')?.source.camp).toBe('INTERNATIONAL');
    expect(claimWith(text, 'the offer', 'en')).toBeUndefined();
  });

  it('a fronted "With …," phrase and "the WHO" before the verb', () => {
    const text =
      'With more than 300 people wounded since the clashes began in early April, the WHO said it was flying in surgical kits.';
    expect(claimWith(text, 'flying in surgical kits', 'en')?.source.camp).toBe('UN');
  });

  it('"despite calls for" and "the highest publicly reported toll" are nouns and adjectives, not cues', () => {
    const text =
      'Despite calls for a pause from the envoys, the shelling went on. It was the highest publicly reported toll from a single strike this year.';
    expect(claimsOf(text, 'en')).toHaveLength(0);
  });

  it('opposedToCamp: "forces opposed to Khalifa Haftar" speak for his opponent', () => {
    const text = 'Libyan forces opposed to Khalifa Haftar said they had retaken the town after a day of fighting.';
    expect(claimWith(text, 'retaken the town', 'en')?.source.camp).toBe('GNA');
  });

  it('"the unity government" is the GNA', () => {
    const text = 'The unity government said its air defences had downed a drone south of the capital.';
    expect(claimWith(text, 'downed a drone', 'en')?.source.camp).toBe('GNA');
  });
});
