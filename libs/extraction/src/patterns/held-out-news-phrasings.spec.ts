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

  it('«وفقا لمخرجات …», «وفق مبادرة …»: in accordance with a text, not according to a speaker', () => {
    const text =
      'أكد رئيس مجلس النواب عقيلة صالح على الالتزام بالهدنة المعلنة وفق مبادرة القاهرة. وقال صالح إن البرلمان يعمل على توحيد المؤسسات، ووفقاً لمخرجات مؤتمر برلين.';
    const claims = claimsOf(text, 'ar');
    expect(claims.every((c) => c.source.camp === 'LNA')).toBe(true);
    expect(claimWith(text, 'يعمل على توحيد المؤسسات', 'ar')?.source.camp).toBe('LNA');
  });

  it('«بعد اجتماع مع …» after the speaker is where he spoke, not who', () => {
    const text = 'وقال أردوغان بعد اجتماع مع فائز السراج في إسطنبول إن الاتفاق البحري قانوني.';
    expect(claimWith(text, 'الاتفاق البحري قانوني', 'ar')?.source.camp).toBe('INTERNATIONAL');
  });

  it('a time phrase between the verb and its subject («قال اليوم الخميس الرئيس …»)', () => {
    const text =
      'قال اليوم الخميس الرئيس التركي رجب طيب أردوغان إن بلاده سترسل مستشارين. وأعلنت القيادة العسكرية الأمريكية في أفريقيا فقدان طائرة مسيرة فوق العاصمة.';
    expect(claimWith(text, 'بلاده سترسل مستشارين', 'ar')?.source.camp).toBe('INTERNATIONAL');
    expect(claimWith(text, 'طائرة مسيرة فوق العاصمة', 'ar')?.source.camp).toBe('INTERNATIONAL');
  });

  it('a relay with no comma before «إلى أن» is the channel of the speaker before the verb', () => {
    const text =
      'وقال وزير الخارجية الجزائري صبري بوقادوم إن الأمن أولوية. بوقادوم أشار وفقاً لوكالة "سبوتنيك" إلى أن أي هجوم على ليبيا يمس الجزائر.';
    const claim = claimWith(text, 'أي هجوم على ليبيا يمس الجزائر', 'ar');
    expect(claim?.source.camp).toBe('INTERNATIONAL');
    expect(claim?.channel).toContain('سبوتنيك');
  });

  it('an unknown name with its title between commas takes the camp of its title; a channel between commas does not', () => {
    const text =
      'وقال سالم الفلاني، مدير إدارة الرصد بالقيادة العامة للجيش الليبي، إن المعركة لم تنته. وأوضح مدير العمليات في الشركة، في تصريح لوكالة الأناضول، أن السفينة كانت فارغة.';
    expect(claimWith(text, 'المعركة لم تنته', 'ar')?.source.camp).toBe('LNA');
    expect(claimWith(text, 'السفينة كانت فارغة', 'ar')?.source.camp).toBe('UNKNOWN');
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

  it('a fronted participle phrase, "went on to say", and a short tail after a closing quotation', () => {
    const text = [
      'Turkish Defence Minister Hulusi Akar spoke to reporters in Ankara.',
      'Responding to a question about remarks that "the truce is over," Akar said: "The talks will go on."',
      'The minister went on to say that Ankara backed the recognised government.',
      '"The problem is the warlord and his allies. Everyone must understand that." Akar added.',
    ].join(' ');
    expect(claimWith(text, 'The talks will go on', 'en')?.source.camp).toBe('INTERNATIONAL');
    expect(claimWith(text, 'Ankara backed the recognised government', 'en')?.source.camp).toBe('INTERNATIONAL');
    expect(claimWith(text, 'The problem is the warlord', 'en')?.source.camp).toBe('INTERNATIONAL');
  });

  it('"He continued, "…"", "he declared: "…"", present-tense "reiterates that"', () => {
    const text =
      'Foreign Minister Mohamed Siala said the talks in Moscow were useful. He continued, "We will work with every partner for peace." Later he declared: "The weapons are now heavier than before." The IOM reiterates that no port in Libya is safe.';
    expect(claimWith(text, 'We will work with every partner', 'en')?.source.camp).toBe('GNA');
    expect(claimWith(text, 'The weapons are now heavier', 'en')?.source.camp).toBe('GNA');
    expect(claimWith(text, 'no port in Libya is safe', 'en')?.source.camp).toBe('UN');
  });

  it('"The President" refers back to a president named before; "Last month he" is he', () => {
    const text =
      'Egyptian President Abdel Fattah al-Sisi said the line must not be crossed. The President stressed that foreign fighters must leave. Last month he said the border was secure.';
    expect(claimWith(text, 'foreign fighters must leave', 'en')?.source.camp).toBe('INTERNATIONAL');
    expect(claimWith(text, 'the border was secure', 'en')?.source.camp).toBe('INTERNATIONAL');
    // …but "the minister" after a UN agency is someone new, not the agency.
    const after = 'The IOM said the boats were full. The minister said the port was closed.';
    expect(claimWith(after, 'the port was closed', 'en')?.source.camp).not.toBe('UN');
  });

  it('"has not yet said", "The bill was opposed by …" and "X and Y both deny"', () => {
    const text =
      'The ministry said it has not yet said how many bodies were found. The bill was opposed by 45 members, and only 29 expressed support. Moscow and the LNA both deny the claims.';
    expect(claimsOf(text, 'en').filter((c) => c.text.startsWith('how many'))).toHaveLength(0);
    expect(claimWith(text, 'expressed support', 'en')).toBeUndefined();
    expect(claimWith(text, 'the claims', 'en')?.source.mention).toBe('Moscow and the LNA');
  });

  it('pack 1.4.0: Darah, al-Sirraj and the HoR Speaker', () => {
    const text =
      'Darah said the forces were ready. The media office of al-Sirraj said talks were over. The HoR Speaker said the accord had expired.';
    expect(claimWith(text, 'the forces were ready', 'en')?.source.camp).toBe('GNA');
    expect(claimWith(text, 'talks were over', 'en')?.source.camp).toBe('GNA');
    expect(claimWith(text, 'the accord had expired', 'en')?.source.camp).toBe('LNA');
  });

  it('"the unity government" is the GNA', () => {
    const text = 'The unity government said its air defences had downed a drone south of the capital.';
    expect(claimWith(text, 'downed a drone', 'en')?.source.camp).toBe('GNA');
  });
});
