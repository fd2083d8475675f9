import type { ExtractedClaim } from '@claimline/contracts';
import { createExtractor } from '../extractor.js';
import { normalizeWithOffsets } from '../normalize.js';

const extractor = createExtractor();
const claimsOf = (text: string, language: 'ar' | 'en'): ExtractedClaim[] =>
  extractor.extract(text, { publishedAt: '2020-01-20', language }).claims;
function claimWith(text: string, inside: string, language: 'ar' | 'en'): ExtractedClaim | undefined {
  const at = text.indexOf(inside);
  return claimsOf(text, language).find((c) => c.start <= at && at + inside.length <= c.end);
}

describe('coordinated complements, appositions, relays and back-references', () => {
  it('a second «وأن» / "and that" / "but that" complement is a claim of its own', () => {
    const ar = 'وقال المسماري إن القوات دخلت المدينة، وأن المطار تحت السيطرة.';
    expect(claimWith(ar, 'القوات دخلت المدينة', 'ar')?.text).not.toContain('المطار');
    expect(claimWith(ar, 'المطار تحت السيطرة', 'ar')?.source.camp).toBe('LNA');
    const en = 'Residents said the streets were calm but that armed vehicles had moved closer to the port.';
    expect(claimsOf(en, 'en')).toHaveLength(2);
    expect(claimWith(en, 'armed vehicles had moved', 'en')?.text).not.toContain('calm');
  });
  it('«وإن كان» is concessive and does not split the claim', () => {
    expect(claimsOf('وقال المسماري إن الجيش سيواصل التقدم وإن كانت المعارك صعبة.', 'ar')).toHaveLength(1);
  });
  it('an affiliation phrase between commas gives an unregistered body its camp', () => {
    const ar = 'من جهتها، قالت غرفة عمليات تأمين المدينة، التابعة لحكومة الوفاق، إن قواتها انسحبت بشكل تكتيكي.';
    expect(claimWith(ar, 'انسحبت بشكل تكتيكي', 'ar')?.source.camp).toBe('GNA');
    const backing = 'وأعلن المجلس العسكري للمدينة، الداعم لحكومة الوفاق، النفير العام في صفوف الكتائب.';
    expect(claimWith(backing, 'النفير العام', 'ar')?.source.camp).toBe('GNA');
  });
  it('a relay channel with an apposition still finds its speaker', () => {
    const ar =
      'ونقلت قناة "ليبيا الحدث"، المقربة من الجيش، عن مصدر عسكري في الجيش الوطني الليبي أن السفينة كانت تحمل ذخائر.';
    const claim = claimWith(ar, 'السفينة كانت تحمل ذخائر', 'ar');
    expect(claim?.source.camp).toBe('LNA');
    expect(claim?.channel).toContain('ليبيا الحدث');
  });
  it('«واتهمت قوات حفتر بـ…» keeps the previous speaker; the force is the object', () => {
    const ar =
      'استنكرت وزارة الخارجية بحكومة الوفاق الاعتداء على السفينة، واتهمت قوات حفتر بالسعي إلى جر ليبيا إلى مواجهة.';
    expect(claimWith(ar, 'جر ليبيا إلى مواجهة', 'ar')?.source.camp).toBe('GNA');
  });
  it('دان، انتقد and حث are speech verbs; و-prefixed participles continue the speaker', () => {
    expect(
      claimWith('دان المجلس الرئاسي ما وصفه بالهجوم الغادر على المدينة.', 'الهجوم الغادر', 'ar')?.source.camp,
    ).toBe('GNA');
    expect(
      claimWith('وانتقد رئيس مفوضية الاتحاد الأفريقي تهميش القارة في الملف الليبي.', 'تهميش القارة', 'ar')?.source.camp,
    ).toBe('INTERNATIONAL');
    expect(claimWith('وحثت البعثة الأممية جميع الأطراف على حماية المدنيين.', 'حماية المدنيين', 'ar')?.source.camp).toBe(
      'UN',
    );
    const both =
      'وقال عميد البلدية إن المياه ابتلعت أحياء كاملة، مقدرا عدد المتضررين بألفي شخص، ومطالبا الحكومة بإعلان المدينة منكوبة.';
    expect(claimWith(both, 'إعلان المدينة منكوبة', 'ar')?.cue).toBe('ومطالبا');
  });
  it('a statement read out by someone speaks for the reader', () => {
    const ar =
      'وبحسب البيان الختامي الذي تلته المستشارة الألمانية أنغيلا ميركل، التزم المشاركون بالامتناع عن التدخل في النزاع.';
    expect(claimWith(ar, 'الامتناع عن التدخل', 'ar')?.source.camp).toBe('INTERNATIONAL');
  });
  it('«وبحسب بيان …، شدد X» is one claim, made by the verb', () => {
    const ar = 'وبحسب بيان للرئاسة المصرية، شدد الرئيس المصري على ضرورة تفكيك الميليشيات.';
    expect(claimsOf(ar, 'ar')).toHaveLength(1);
  });
  it('«وكانت X قد انتقدت …»: the subject sits between كان and قد', () => {
    const ar = 'ونفت البعثة الأممية ذلك. وكانت وزارة الخارجية المصرية قد انتقدت الهجوم على طرابلس.';
    expect(claimWith(ar, 'الهجوم على طرابلس', 'ar')?.source.camp).toBe('INTERNATIONAL');
  });
  it('the dots of "U.N." neither end a mention nor a sentence', () => {
    expect(normalizeWithOffsets('The U.N. mission').text).toBe('the un mission');
    const en =
      'Turkey violated the embargo, according to a confidential report by independent U.N. sanctions monitors.';
    expect(claimWith(en, 'violated the embargo', 'en')?.source.camp).toBe('UN');
  });
  it('"the official", "the experts", "the report" refer back to an earlier source of that kind', () => {
    const en =
      'A senior Turkish official said Ankara had done all it could. "The ball is in Haftar\'s court now," the official said.';
    expect(claimWith(en, 'ball is in', 'en')?.source.camp).toBe('INTERNATIONAL');
    const report =
      'Jordan sent vehicles, according to a report by the UN panel of experts. The report also said 1,000 troops had been sent.';
    expect(claimWith(report, '1,000 troops', 'en')?.source.camp).toBe('UN');
  });
  it('a nationality before an unnamed diplomat outranks the body where the diplomat sits', () => {
    expect(
      claimWith(
        'A European diplomat at the United Nations said there was little appetite for sanctions.',
        'little appetite',
        'en',
      )?.source.camp,
    ).toBe('INTERNATIONAL');
  });
  it('a fronted topic ("On Russia, …") is not the subject', () => {
    const en =
      'The UN panel of experts said arms had arrived. On Russia, the panel said it was still examining reports.';
    expect(claimWith(en, 'still examining reports', 'en')?.source.camp).toBe('UN');
  });
  it('a parenthetical "they said" keeps the claim whole', () => {
    const en =
      'The UN experts said Jordan had sent vehicles. Turkey, they said, had shipped armoured vehicles to Misrata.';
    expect(claimWith(en, 'shipped armoured vehicles', 'en')?.source.camp).toBe('UN');
  });
  it('"called X "…"" reports an epithet; "slammed into", "what he called" and "calls for" as a noun do not', () => {
    expect(
      claimWith('UNSMIL called the shelling "a flagrant violation of the law".', 'flagrant violation', 'en')?.source
        .camp,
    ).toBe('UN');
    expect(claimsOf('Shells slammed into the hospital on Monday.', 'en')).toHaveLength(0);
    expect(
      claimsOf('Fighting has intensified despite repeated international calls for a ceasefire.', 'en'),
    ).toHaveLength(0);
    expect(claimsOf('Doctors have long warned that the health system could not cope.', 'en')).toHaveLength(0);
  });
  it('an affiliation phrase that contains a registry name outranks it', () => {
    const ar = 'وأعرب عدد من أعضاء مجلس النواب المجتمعين في طرابلس عن تضامنهم مع زميلتهم.';
    expect(claimWith(ar, 'تضامنهم مع زميلتهم', 'ar')?.source.camp).toBe('GNA');
  });
  it('a long titled source after the last comma still ends the claim', () => {
    const en =
      'Shells hit the hospital, wounding three workers, the health ministry of the internationally recognised Government of National Accord (GNA) said.';
    expect(claimWith(en, 'wounding three workers', 'en')?.source.camp).toBe('GNA');
  });
  it('"he replied: "…"" reports the reply', () => {
    const en =
      'Asked whether the army had hit the hospital, LNA spokesman Ahmed al-Mismari replied: "Our coordinates are precise."';
    expect(claimWith(en, 'coordinates are precise', 'en')?.source.camp).toBe('LNA');
  });

  it('a title said again for short is the speaker whose longer mention or registry name it opens', () => {
    const minister =
      'وصرح وزير الخارجية التركي مولود جاووش أوغلو بأن أنقرة ترفض أي تدخل عسكري. وأوضح وزير الخارجية أن بلاده ستعيد فتح سفارتها.';
    const first = claimWith(minister, 'ترفض أي تدخل', 'ar');
    const again = claimWith(minister, 'ستعيد فتح سفارتها', 'ar');
    expect(first?.source.key).toBeTruthy();
    expect(again?.source.key).toBe(first?.source.key);
    expect(again?.source.camp).toBe('INTERNATIONAL');
    // The registry name «الأمين العام للأمم المتحدة» behind a surname: «بيان الأمين العام» later is his.
    const secretaryGeneral =
      'وقال غوتيريس إن المحادثات العسكرية يجب أن تستأنف. وأشار بيان الأمين العام إلى أن الهدنة ما زالت هشة.';
    expect(claimWith(secretaryGeneral, 'الهدنة ما زالت هشة', 'ar')?.source.camp).toBe('UN');
    // With no earlier speaker of that title, a title alone is not placed by this rule.
    const alone = 'وأوضح وزير الخارجية أن بلاده ستعيد فتح سفارتها.';
    expect(claimWith(alone, 'ستعيد فتح سفارتها', 'ar')?.source.key).not.toBe(first?.source.key);
  });

  it('a feminine title alone («المتحدثة», «المسؤولة») refers back like its masculine form', () => {
    const text =
      'قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو تتابع الوضع. وأضافت المتحدثة أن الحوار هو الطريق الوحيد.';
    expect(claimWith(text, 'الحوار هو الطريق', 'ar')?.source.camp).toBe('INTERNATIONAL');
  });

  it('"…, and instead blamed …": a verb joined by a conjunction and an adverb goes on with the speaker', () => {
    const text =
      'Army spokesman Ahmed al-Mismari rejected reports of rockets fired at the port, and instead blamed smuggling gangs based in Zawiya for the blast.';
    const rejected = claimWith(text, 'rockets fired at the port', 'en');
    const blamed = claimWith(text, 'smuggling gangs', 'en');
    expect(blamed?.source.camp).toBe('LNA');
    expect(blamed?.source.key).toBe(rejected?.source.key);
    // The first claim's content ends where the joined verb's clause begins.
    expect(rejected?.text).not.toContain('blamed');
  });
});
