import type { ExtractedClaim } from '@claimline/contracts';
import { createExtractor } from '../extractor.js';

const extractor = createExtractor();
const claimsOf = (text: string, language: 'ar' | 'en'): ExtractedClaim[] =>
  extractor.extract(text, { publishedAt: '2020-01-20', language }).claims;
function claimWith(text: string, inside: string, language: 'ar' | 'en'): ExtractedClaim {
  const at = text.indexOf(inside);
  const found = claimsOf(text, language).find((c) => c.start <= at && at + inside.length <= c.end);
  if (!found) throw new Error(`no claim contains «${inside}»`);
  return found;
}

/**
 * Who in a body spoke: the mention an analyst reads is the speaker's whole phrase (title, body and name), and a
 * registered person named after the body he speaks for is the source, not the body.
 */
describe('speaker phrases: titles, bodies and names', () => {
  describe('a body named as a title complement yields to the name after it', () => {
    it('«الناطق العسكري باسم …، أحمد المسماري»', () => {
      const text = 'وأكد الناطق العسكري باسم الجيش الوطني الليبي، أحمد المسماري، أن الوحدات صدت هجوما قرب المطار.';
      const claim = claimWith(text, 'صدت هجوما', 'ar');
      expect(claim.source.key).toBe('ahmed-al-mismari');
      expect(claim.source.camp).toBe('LNA');
    });
    it('"the spokesman of the … Army (LNA) Ahmed al-Mismari": the acronym does not end the mention', () => {
      const text =
        'The spokesman of the Libyan National Army (LNA) Ahmed al-Mismari insisted the airport was closed to flights.';
      expect(claimWith(text, 'airport was closed', 'en').source.key).toBe('ahmed-al-mismari');
    });
    it('a body alone after «باسم» is still the source', () => {
      const text = 'وقال الناطق باسم حكومة الوفاق الوطني إن الهدنة صامدة.';
      expect(claimWith(text, 'الهدنة صامدة', 'ar').source.camp).toBe('GNA');
    });
  });

  describe("the mention is the speaker's whole phrase, the registry name gives the camp", () => {
    it('a titled officer before the body he commands', () => {
      const text = 'وأفاد العقيد سالم الفيتوري قائد عمليات سلاح الجو الليبي بأن الطائرات قصفت مخازن ذخيرة.';
      const claim = claimWith(text, 'قصفت مخازن', 'ar');
      expect(claim.source.mention).toBe('العقيد سالم الفيتوري قائد عمليات سلاح الجو الليبي');
      expect(claim.source.camp).toBe('LNA');
    });
    it('a minister of a government, then his name', () => {
      const text = 'وقال وزير الصحة بحكومة الوفاق الوطني سالم الترهوني لوكالة محلية إن المستشفيات تعمل بطاقتها القصوى.';
      const claim = claimWith(text, 'المستشفيات تعمل', 'ar');
      expect(claim.source.mention).toBe('وزير الصحة بحكومة الوفاق الوطني سالم الترهوني');
      expect(claim.source.camp).toBe('GNA');
    });
    it('an English role noun after the body: "an Egyptian foreign ministry official"', () => {
      const text = 'An Egyptian foreign ministry official said on Monday that Cairo would not accept threats.';
      const claim = claimWith(text, 'Cairo would not accept', 'en');
      expect(claim.source.mention).toBe('Egyptian foreign ministry official');
      expect(claim.source.camp).toBe('INTERNATIONAL');
    });
    it('not a relay («بحسب ما أعلن …») nor a time phrase after the name ("… on Tuesday")', () => {
      const relay = 'وسيطرت القوات على البلدة، بحسب ما أعلن المتحدث باسم حكومة الوفاق الوطني.';
      expect(claimWith(relay, 'القوات على البلدة', 'ar').source.mention).not.toContain('أعلن');
      const timed = 'Human Rights Watch on Tuesday said the strike killed at least nine civilians.';
      expect(claimWith(timed, 'killed at least nine', 'en').source.mention).toBe('Human Rights Watch');
    });
    it('the addressee after the name is not part of it («… للصحفيين»)', () => {
      const text = 'وقال المتحدث باسم الكرملين، ديمتري بيسكوف للصحفيين في موسكو إن بلاده لا تملك قوات هناك.';
      expect(claimWith(text, 'لا تملك قوات', 'ar').source.mention).not.toContain('للصحفيين');
    });
  });

  describe('a name in apposition to a title', () => {
    it('reads on to the name, which may end at a channel and a colon', () => {
      const text =
        'في المقابل، قال آمر غرفة عمليات الدفاع الجوي التابعة لحفتر قائد ما يسمى "الجيش الليبي"، العميد سالم الفرجاني لموقع محلي: "إن الدفاعات أسقطت طائرة مسيرة".';
      const claim = claimWith(text, 'أسقطت طائرة', 'ar');
      expect(claim.source.mention).toContain('العميد سالم الفرجاني');
      expect(claim.source.camp).toBe('LNA');
      expect(claim.channel).toBe('لموقع محلي');
      expect(claim.text.startsWith('"إن')).toBe(true);
    });
    it('an aside after the comma is not a name («، وهي …»، «، المعروف باسم …»)', () => {
      const text = 'وقالت الشركة المالكة للناقلة، ومقرها أثينا، إن الطاقم بخير.';
      expect(claimWith(text, 'الطاقم بخير', 'ar').source.mention).toBe('الشركة المالكة للناقلة');
    });
    it('a long titled mention with no registry name is still a speaker', () => {
      const text = 'وقال آمر غرفة عمليات الدفاع الجوي العميد سالم الفرجاني لموقع محلي إن الدفاعات أسقطت طائرة.';
      const claim = claimWith(text, 'الدفاعات أسقطت', 'ar');
      expect(claim.source.mention).toBe('آمر غرفة عمليات الدفاع الجوي العميد سالم الفرجاني');
      expect(claim.channel).toBe('لموقع محلي');
    });
  });

  describe('agencies, quoted names and addressees', () => {
    it('«وكالة أنباء "…"» and a quoted name right after the verb («ولفتت "…" إلى أن») are the source', () => {
      const named = 'وأفادت وكالة أنباء "نوفا" بأن الوزير وصف اللقاء بالمثمر.';
      expect(claimWith(named, 'الوزير وصف', 'ar').source.mention).toContain('نوفا');
      const bare = 'ولفتت "نوفا" إلى أن الوزير التقى السفير قبل الاجتماع.';
      expect(claimWith(bare, 'الوزير التقى', 'ar').source.mention).toContain('نوفا');
    });
    it('«للصحفيين في …» opens the channel, so the speaker keeps his name', () => {
      const text = 'وقال غسان سلامة للصحفيين في جنيف عقب الجلسة إن الهدنة ما زالت هشة.';
      const claim = claimWith(text, 'الهدنة ما زالت', 'ar');
      expect(claim.source.key).toBe('ghassan-salame');
      expect(claim.channel).toContain('للصحفيين في جنيف');
    });
    it("…but «للصحفيين» inside a body's name is the name", () => {
      const registered = 'وقال مكتب الاتحاد الدولي للصحفيين في تونس إن مراسلين احتجزوا في المدينة.';
      expect(claimWith(registered, 'مراسلين احتجزوا', 'ar').source.mention).toContain('للصحفيين');
      const unregistered = 'وقالت النقابة العامة للصحفيين الليبيين إن مراسلين احتجزوا في المدينة.';
      expect(claimWith(unregistered, 'مراسلين احتجزوا', 'ar').source.mention).toContain('للصحفيين');
    });
  });

  describe('subjects, objects and elided subjects', () => {
    it('«المصدر العسكري» with no earlier source is an unnamed source, and «لسبوتنيك:» the outlet told', () => {
      const text = 'وقال المصدر العسكري لسبوتنيك: القوات انسحبت من المعسكر.';
      const claim = claimWith(text, 'القوات انسحبت', 'ar');
      expect(claim.source.kind).toBe('anonymous');
      expect(claim.channel).toBe('لسبوتنيك');
    });
    it('a genitive with the article before the colon stays in the name («المجلس الأعلى للدولة:»)', () => {
      const text = 'وقال رئيس المجلس الأعلى للدولة: الاتفاق لا يلزمنا.';
      expect(claimWith(text, 'الاتفاق لا يلزمنا', 'ar').channel).toBeNull();
    });
    const heldResponsible =
      'وقالت عضوة مجلس النواب سعاد المبروك إن طائرة قصفت السوق. وحملت النائبة الليبية البعثة الأممية مسؤولية الغارة، وأضافت في حديث متلفز أن المدينة تعاقب.';
    it('a back-reference subject, then a registry name in the object («وحملت النائبة … البعثة …»)', () => {
      const claim = claimWith(heldResponsible, 'مسؤولية الغارة', 'ar');
      expect(claim.text).toContain('البعثة الأممية');
      expect(claim.source.camp).not.toBe('UN');
    });
    it('a verb with no subject after a claim of the same sentence goes on with its speaker', () => {
      const claim = claimWith(heldResponsible, 'المدينة تعاقب', 'ar');
      expect(claim.source.camp).not.toBe('UN');
      expect(claim.text.startsWith('أن')).toBe(true);
    });
    it("«بالإنابة» (acting) belongs to the title, not to the verb's ب", () => {
      const text = 'ورحبت المبعوثة الأممية بالإنابة، ستيفاني وليامز، بالاتفاق، وقالت إنه خطوة مهمة.';
      expect(claimWith(text, 'بالاتفاق', 'ar').source.key).toBe('stephanie-williams');
      expect(claimWith(text, 'خطوة مهمة', 'ar').source.key).toBe('stephanie-williams');
    });
    it("a registry name of another camp right after the subject's title and name is the object", () => {
      const text = 'واتهم الناطق باسم الجيش الوطني الليبي أحمد المسماري حكومة الوفاق بجلب المرتزقة إلى طرابلس.';
      const claim = claimWith(text, 'بجلب المرتزقة', 'ar');
      expect(claim.source.key).toBe('ahmed-al-mismari');
      expect(claim.text).toContain('حكومة الوفاق');
    });
    it('«وتابع وفق ما نقل بيان …، أن»: the speaker goes on, the statement is the channel it was relayed through', () => {
      const text =
        'وقال الرئيس التركي رجب طيب أردوغان إن بلاده ستدعم طرابلس. وتابع وفق ما نقل بيان صادر عن المجلس الرئاسي، أن أنقرة سترسل خبراء.';
      const claim = claimWith(text, 'سترسل خبراء', 'ar');
      expect(claim.source.camp).toBe('INTERNATIONAL');
      expect(claim.channel).toContain('بيان صادر عن المجلس الرئاسي');
    });
  });

  describe('a name governed by an affiliation adjective after the speaker is whom the speaker backs', () => {
    it('«… الداعمتان الرئيسيتان للمشير خليفة حفتر»: the states speak, not the marshal', () => {
      const text = 'ودعت روسيا والإمارات الداعمتان الرئيسيتان للمشير خليفة حفتر إلى وقف فوري لإطلاق النار في العاصمة.';
      expect(claimWith(text, 'وقف فوري', 'ar').source.camp).toBe('INTERNATIONAL');
    });
    it('a generic head loyal to a camp still takes that camp, and a name after a comma still speaks', () => {
      const loyal = 'وقال مسلحون من الكتائب الموالية لحكومة الوفاق إن خطوط الإمداد ما زالت مفتوحة.';
      expect(claimWith(loyal, 'خطوط الإمداد', 'ar').source.camp).toBe('GNA');
      const named = 'وقال الناطق باسم القوات التابعة لحكومة الوفاق، محمد قنونو، إن الطيران المسير استهدف شاحنات وقود.';
      expect(claimWith(named, 'شاحنات وقود', 'ar').source.key).toBe('mohamed-gnounou');
    });
  });

  it('a feminine head of an unnamed or unregistered speaker («عضوة») opens a speaker like its masculine form', () => {
    const text =
      'وذكر مصدر طبي أن المستشفى استقبل عشرات الجرحى، بينما قالت عضوة المجلس البلدي في سبها فاطمة علي إن الطائرات قصفت سوقا شعبيا.';
    const claim = claimWith(text, 'قصفت سوقا', 'ar');
    expect(claim.source.mention).toContain('فاطمة علي');
    expect(claim.text).not.toContain('عضوة');
  });
});
