import type { ExtractedClaim } from '@claimline/contracts';
import { createExtractor } from '../extractor.js';

const extractor = createExtractor();
const claimsOf = (text: string, language: 'ar' | 'en'): ExtractedClaim[] =>
  extractor.extract(text, { publishedAt: '2020-03-01', language }).claims;
function claimWith(text: string, inside: string, language: 'ar' | 'en'): ExtractedClaim | undefined {
  const at = text.indexOf(inside);
  return claimsOf(text, language).find((c) => c.start <= at && at + inside.length <= c.end);
}

describe('phrasings of published reports', () => {
  it('a media outlet with a nationality speaks for no state', () => {
    const text = 'وذكرت صحيفة "لوموند" الفرنسية أن شحنة أسلحة وصلت إلى الميناء.';
    expect(claimWith(text, 'شحنة أسلحة وصلت', 'ar')?.source.camp).toBe('UNKNOWN');
    expect(claimWith('The Italian newspaper said the talks had stalled.', 'talks had stalled', 'en')?.source.camp).toBe(
      'UNKNOWN',
    );
  });
  it('a bare surname goes to the registry name before an unaffiliated mention that merely ends with it', () => {
    const text =
      'وتلقى مكتب المبعوث غسان سلامة رسالة. ونشر المجلس صورة رسالة موجهة إلى سلامة. وأعلن سلامة أن المحادثات ستستأنف.';
    expect(claimWith(text, 'المحادثات ستستأنف', 'ar')?.source.camp).toBe('UN');
  });
  it('«يذكر أن» is the outlet speaking; the registry name before the next verb is its subject', () => {
    const text = 'قال باشاغا إن الهجوم فشل. يذكر أن الرئيس التركي، رجب طيب أردوغان، أعلن استعداده لإرسال قوات.';
    const claims = claimsOf(text, 'ar');
    expect(claims.map((c) => c.cue)).not.toContain('يذكر');
    expect(claimWith(text, 'استعداده لإرسال قوات', 'ar')?.source.camp).toBe('INTERNATIONAL');
  });
  it('«اقرأ أيضا» is a site link, not a speech verb', () => {
    expect(claimsOf('اقرأ أيضا: البرلمان يصوت بشأن الميزانية الجديدة.', 'ar')).toEqual([]);
  });
  it('continuations «مناشدا» and «كاشفا», the verb اقترح and «وتابع» before a quotation', () => {
    const text =
      'وقال المسماري إن القوات تقدمت، مناشدا السكان البقاء في منازلهم، كاشفا أن الطريق الساحلي مغلق. واقترح المسماري هدنة لمدة يومين. وتابع «لن نتراجع عن مواقعنا».';
    for (const inside of ['السكان البقاء في منازلهم', 'الطريق الساحلي مغلق', 'هدنة لمدة يومين', 'لن نتراجع'])
      expect(claimWith(text, inside, 'ar')?.source.camp).toBe('LNA');
  });
  it('«الداعمان لـ» marks an affiliation: the backers speak, not the one they back', () => {
    const text = 'ودعت مصر والإمارات الداعمتان للمشير خليفة حفتر إلى التهدئة في العاصمة.';
    expect(claimWith(text, 'التهدئة في العاصمة', 'ar')?.source.camp).toBe('INTERNATIONAL');
  });
  it('pack: the LNA air force commander by surname and a "UN-backed government" official', () => {
    expect(claimWith('وأضاف المنفور أن الطائرات دمرت مخزنا للذخيرة.', 'دمرت مخزنا', 'ar')?.source.camp).toBe('LNA');
    const en = 'Officials in the UN-backed government say they will ask for an inquiry.';
    expect(claimWith(en, 'ask for an inquiry', 'en')?.source.camp).toBe('GNA');
  });
});

describe('speaker and addressee, statements and government voices', () => {
  it('«طالب X Y بـ…»: Y is the addressee, inside the content', () => {
    const text = 'وطالبت مصر الفصائل المتحاربة كلها بوقف القتال فورا.';
    const claim = claimWith(text, 'الفصائل المتحاربة كلها بوقف', 'ar');
    expect(claim?.source.mention).toBe('مصر');
  });
  it('«وحمّل النائب X المسؤولية»: a back-reference subject; the registry name after it is the object', () => {
    const text =
      'قال عضو مجلس النواب في طرابلس علي سالم إن القصف طال مدرسة. وحمل النائب البعثة الأممية المسؤولية عن الصمت.';
    const claim = claimWith(text, 'المسؤولية عن الصمت', 'ar');
    expect(claim?.source.camp).toBe('GNA');
    expect(claim?.text).toContain('البعثة الأممية');
  });
  it('«أكد البيان موقف مصر»: the statement speaks; the state named after it is in the object', () => {
    const text = 'وقالت وزارة الخارجية الجزائرية في بيان إن الحوار ضروري. وأكد البيان موقف مصر الداعم للحوار.';
    const claim = claimWith(text, 'موقف مصر الداعم', 'ar');
    expect(claim?.source.mention).toBe('البيان');
    expect(claim?.why.source.rule).toBe('source.coreference.description');
  });
  it('«بيان صادر عن X» speaks for X, and its participle continuation too', () => {
    const text = 'وأعرب بيان صادر عن وزارة الخارجية المصرية عن قلقه من المعارك، مناشدا الأطراف وقف القتال.';
    expect(claimWith(text, 'قلقه من المعارك', 'ar')?.source.camp).toBe('INTERNATIONAL');
    expect(claimWith(text, 'الأطراف وقف القتال', 'ar')?.source.camp).toBe('INTERNATIONAL');
  });
  it('"government sources" and "government spokespersons" speak for the government the article names', () => {
    const text =
      'The GNA said the port was shelled. Government sources said two sailors died. Government spokespersons said a school was hit.';
    expect(claimWith(text, 'two sailors died', 'en')?.source.camp).toBe('GNA');
    expect(claimWith(text, 'a school was hit', 'en')?.source.camp).toBe('GNA');
  });
});

describe('copied text and where speakers sit', () => {
  it('a hard line break after a word no sentence ends on (or before «أنها») does not cut the claim', () => {
    const text = 'وقال المسماري إن\nالقوات دخلت المدينة، والتي وصف\nأنها محررة، وإن الطريق آمن.';
    expect(claimWith(text, 'القوات دخلت المدينة', 'ar')?.source.camp).toBe('LNA');
    expect(claimWith(text, 'الطريق آمن', 'ar')?.source.camp).toBe('LNA');
    const en = 'UNSMIL said that\nthe convoy reached the town.';
    expect(claimWith(en, 'the convoy reached', 'en')).toBeDefined();
  });
  it('diplomatic sources at the UN are states’ diplomats, not the UN', () => {
    const text = 'وقالت مصادر دبلوماسية في الأمم المتحدة إن المشاورات تعثرت.';
    expect(claimWith(text, 'المشاورات تعثرت', 'ar')?.source.camp).toBe('UNKNOWN');
  });
  it('a stated affiliation outranks a back-reference head ("a spokesperson for the rebels")', () => {
    const text = 'The GNA said a market was shelled. A spokesperson for the rebels said that no shell was fired.';
    expect(claimWith(text, 'no shell was fired', 'en')?.source.camp).toBe('LNA');
  });
  it('«ووصف X Y بـ"…"»: "described Y as", the subject one word or a registry name', () => {
    const text = 'وقال غسان سلامة إن الحوار ممكن. ووصف سلامة الوضع في الجنوب بـ"المقلق".';
    const claim = claimWith(text, 'الوضع في الجنوب', 'ar');
    expect(claim?.source.camp).toBe('UN');
  });
});

describe('long fronted subjects and trailing circumstances', () => {
  it('«كان X قد اتهم …» with a long titled subject: X speaks, the object is content', () => {
    const text =
      'كان المتحدث باسم القيادة العامة للجيش في بنغازي اللواء أحمد المسماري قد اتهم أمس دولة أجنبية بتسليح الميليشيات.';
    const claim = claimWith(text, 'دولة أجنبية بتسليح', 'ar');
    expect(claim?.source.camp).toBe('LNA');
  });
  it('"…, X said after/during …": a trailing time or place phrase leaves the content before the verb', () => {
    const text = 'The ports would reopen within a week, Erdogan said after two hours of talks at the palace in Ankara.';
    expect(claimWith(text, 'ports would reopen', 'en')?.source.camp).toBe('INTERNATIONAL');
  });
});

describe('mention boundaries and relays', () => {
  it('«وقال، من جهته، X إن …»: the adverbial between commas is skipped, X is the speaker', () => {
    const text = 'قال المسماري إن القوات تقدمت. وقال، من جهته، قنونو إن الهجوم صد.';
    expect(claimWith(text, 'الهجوم صد', 'ar')?.source.mention).toBe('قنونو');
  });
  it('«أبلغ X Y بأن»: Y (a registry body) is the addressee, X the speaker', () => {
    const text = 'وقال غسان سلامة إن الحوار مهم. وأبلغ سلامة مجلس الأمن بأن الجنوب يشهد تصعيدا.';
    const claim = claimWith(text, 'الجنوب يشهد تصعيدا', 'ar');
    expect(claim?.source.mention).toBe('سلامة');
    expect(claim?.source.camp).toBe('UN');
  });
  it('"X said in a statement carried by Y": the content is before the verb', () => {
    const text = 'The border will stay open, Erdogan said in a statement carried by Anadolu.';
    expect(claimWith(text, 'border will stay open', 'en')?.source.camp).toBe('INTERNATIONAL');
  });
});

describe('descriptions of international speakers', () => {
  it('«المفوضية» refers back to the refugee agency named before; a qualified commission is a new source', () => {
    const text = 'وقالت مفوضية اللاجئين إن المراكز مكتظة. وأضافت المفوضية أن الأسر تحتاج إلى مأوى.';
    expect(claimWith(text, 'الأسر تحتاج إلى مأوى', 'ar')?.why.source.rule).toBe('source.coreference.description');
    expect(claimWith(text, 'الأسر تحتاج إلى مأوى', 'ar')?.source.camp).toBe('UN');
    const other = 'وقالت المفوضية الوطنية للانتخابات إن التسجيل مستمر.';
    expect(claimWith(other, 'التسجيل مستمر', 'ar')?.source.camp).toBe('UNKNOWN');
  });
  it('«المسؤولة الأوروبية» is a foreign official by her nationality adjective', () => {
    const claim = claimWith('وقالت المسؤولة الأوروبية إن الحظر يجب أن يحترم.', 'الحظر يجب', 'ar');
    expect(claim?.source.camp).toBe('INTERNATIONAL');
    expect(claim?.why.camp.rule).toBe('camp.nationality-adjective');
  });
});
