import type { ExtractedClaim } from '@claimline/contracts';
import { createExtractor } from '../extractor.js';

/**
 * Phrasings met when the extractor was run on published reports it had never seen (session 21): each test is our
 * own sentence with the same shape.
 */
const extractor = createExtractor();
const claimsOf = (text: string, language: 'ar' | 'en'): ExtractedClaim[] =>
  extractor.extract(text, { publishedAt: '2020-03-01', language }).claims;
function claimWith(text: string, inside: string, language: 'ar' | 'en'): ExtractedClaim | undefined {
  const at = text.indexOf(inside);
  return claimsOf(text, language).find((c) => c.start <= at && at + inside.length <= c.end);
}

describe('Arabic speakers and cues of unseen reports', () => {
  it('a council or centre described in full with nothing earlier to refer to is a new source, not dropped', () => {
    const text =
      'قال المجلس البلدي زوارة، إن الميناء أغلق أمام السفن. وأكد المجلس المحلي في بلدة الأصابعة أن الطريق آمن.';
    expect(claimWith(text, 'الميناء أغلق أمام السفن', 'ar')?.source).toMatchObject({
      camp: 'UNKNOWN',
      mention: 'المجلس البلدي زوارة',
    });
    expect(claimWith(text, 'الطريق آمن', 'ar')?.source.camp).toBe('UNKNOWN');
  });

  it('«المركز» refers back to a centre the report named earlier without a speech verb', () => {
    const text = 'وبث المركز الإعلامي لعملية بركان الغضب مقطعا مصورا. وقال المركز إن القوات استعادت معسكرا.';
    expect(claimWith(text, 'القوات استعادت معسكرا', 'ar')?.source.camp).toBe('GNA');
  });

  it('«وتابع مدعيا», «وأضاف زاعما»: how the speaker went on, not a new speaker', () => {
    const text =
      'وقال قنونو إن الطيران قصف آليات. وتابع مدعيا: "إن خصومنا فقدوا السيطرة". وأضاف زاعما أن الهجوم انتهى.';
    expect(claimWith(text, 'خصومنا فقدوا السيطرة', 'ar')?.source.camp).toBe('GNA');
    expect(claimWith(text, 'الهجوم انتهى', 'ar')?.source.camp).toBe('GNA');
  });

  it('a meeting after the speaker («في لقائه مع», «خلال لقائه مع», «أثناء اجتماعه مع») is where, not who', () => {
    const text =
      'وقال لافروف خلال لقائه مع حفتر إن موسكو تريد وقف القتال. وأكد غسان سلامة أثناء اجتماعه مع عقيلة صالح أن الحوار ممكن. وأعرب السفير الأمريكي في لقائه مع السراج عن قلق بلاده من التصعيد.';
    expect(claimWith(text, 'موسكو تريد وقف القتال', 'ar')?.source.camp).toBe('INTERNATIONAL');
    expect(claimWith(text, 'الحوار ممكن', 'ar')?.source.camp).toBe('UN');
    expect(claimWith(text, 'قلق بلاده من التصعيد', 'ar')?.source.camp).toBe('INTERNATIONAL');
  });

  it('foreign ministers of states beyond the first list, and the recognised government by its plain name', () => {
    const text =
      'وقال وزير الخارجية العراقي إن بغداد تؤيد الحوار. وأكدت الخارجية الكويتية أن الحل سياسي. وقالت الحكومة الليبية إن قواتها صدت الهجوم. وقالت الحكومة الليبية المؤقتة إن قواتها تقدمت.';
    expect(claimWith(text, 'بغداد تؤيد الحوار', 'ar')?.source.camp).toBe('INTERNATIONAL');
    expect(claimWith(text, 'الحل سياسي', 'ar')?.source.camp).toBe('INTERNATIONAL');
    expect(claimWith(text, 'قواتها صدت الهجوم', 'ar')?.source.camp).toBe('GNA');
    expect(claimWith(text, 'قواتها تقدمت', 'ar')?.source.camp).toBe('LNA');
  });

  it('the refugee agency under another name and its high commissioner are the UN', () => {
    const text =
      'وأعلنت المفوضية العليا لشؤون اللاجئين أن رحلة إجلاء جديدة ستنطلق. وقال المفوض السامي لشؤون اللاجئين إن المراكز مكتظة.';
    expect(claimWith(text, 'رحلة إجلاء جديدة', 'ar')?.source.camp).toBe('UN');
    expect(claimWith(text, 'المراكز مكتظة', 'ar')?.source.camp).toBe('UN');
  });

  it('«أعلن» with an announced verbal noun and no «أن»; «بسط سيطرتها» keeps its first noun', () => {
    const text = 'وأعلنت وزارة الصحة بحكومة الوفاق مقتل ثلاثة مسعفين في القصف.';
    expect(claimWith(text, 'ثلاثة مسعفين', 'ar')?.text.startsWith('مقتل')).toBe(true);
    const control = 'أعلنت القيادة العامة، مساء الأحد، بسط سيطرتها على بلدة الأصابعة.';
    expect(claimWith(control, 'سيطرتها على بلدة', 'ar')?.text).toContain('بسط');
  });

  it('«وتابع:» before unquoted words, «ومضى … بالقول إن», «أخبر … أن», «ودعت المنظمة جميع الأطراف إلى»', () => {
    const text =
      'وقال غوتيريش إن الهدنة هشة. وتابع: نعمل مع الطرفين على تثبيتها. ومضى الأمين العام بالقول إن المؤتمر فرصة أخيرة. وقالت منظمة الصحة العالمية إن المستشفيات مكتظة. ودعت المنظمة جميع الأطراف إلى تحييد المرافق الصحية.';
    for (const inside of ['نعمل مع الطرفين', 'المؤتمر فرصة أخيرة', 'تحييد المرافق الصحية'])
      expect(claimWith(text, inside, 'ar')?.source.camp).toBe('UN');
    expect(claimWith(text, 'المؤتمر فرصة أخيرة', 'ar')?.source.mention).toBe('الأمين العام');
    const told = 'وأخبر الرئيس التركي نظيره الروسي أن الاتفاق يحتاج إلى ضمانات.';
    expect(claimWith(told, 'الاتفاق يحتاج إلى ضمانات', 'ar')?.source.camp).toBe('INTERNATIONAL');
  });

  it('unnamed diplomats speak for no state; a nationality on them still does', () => {
    const text = 'وقالت مصادر دبلوماسية إن التصويت تأجل. وقال دبلوماسي غربي إن الحظر لم ينجح.';
    expect(claimWith(text, 'التصويت تأجل', 'ar')?.source.camp).toBe('UNKNOWN');
    expect(claimWith(text, 'الحظر لم ينجح', 'ar')?.source.camp).toBe('INTERNATIONAL');
    const english = 'The vote was put off, diplomats said. A European diplomat said the embargo had failed.';
    expect(claimWith(english, 'The vote was put off', 'en')?.source.camp).toBe('UNKNOWN');
    expect(claimWith(english, 'the embargo had failed', 'en')?.source.camp).toBe('INTERNATIONAL');
  });
});

describe('Arabic addressees and verbal nouns', () => {
  it('the addressee after the speaker («أعضاء المجلس», «نظيره») is not part of the speaker; «الأممي» is the UN', () => {
    const text =
      'وقال غسان سلامة إن الهدنة هشة. وأبلغ المسؤول الأممي أعضاء المجلس أن المخازن امتلأت بالسلاح. وقال عدد من أعضاء المجلس إن الجلسة أرجئت.';
    expect(claimWith(text, 'المخازن امتلأت بالسلاح', 'ar')?.source).toMatchObject({
      camp: 'UN',
      mention: 'المسؤول الأممي',
    });
    expect(claimWith(text, 'الجلسة أرجئت', 'ar')?.source.mention).toBe('عدد من أعضاء المجلس');
  });

  it("a verbal noun with the speaker's pronoun after the subject opens the object («جدد بوريطة تأكيده على»)", () => {
    const text = 'وجدد ناصر بوريطة تأكيده على أن أمن ليبيا جزء من أمن المنطقة.';
    expect(claimWith(text, 'أمن ليبيا جزء', 'ar')?.source).toMatchObject({
      camp: 'INTERNATIONAL',
      mention: 'ناصر بوريطة',
    });
  });

  it('«وقال البيان» with no speaker yet is the body named before it, which issued the statement', () => {
    const text =
      'وأصدرت المنظمة الدولية للهجرة ومفوضية اللاجئين بيانا مشتركا مساء الأحد. وقال البيان إن مراكز الاحتجاز يجب أن تغلق.';
    expect(claimWith(text, 'مراكز الاحتجاز يجب', 'ar')?.source.camp).toBe('UN');
  });

  it('an observatory with a nationality in its name speaks for no state; AFRICOM with the article is the US', () => {
    const text = 'وقال المرصد السوري لحقوق الإنسان إن مئات المقاتلين وصلوا. وأكدت الأفريكوم أن الطائرات روسية.';
    expect(claimWith(text, 'مئات المقاتلين وصلوا', 'ar')?.source.camp).toBe('UNKNOWN');
    expect(claimWith(text, 'الطائرات روسية', 'ar')?.source.camp).toBe('INTERNATIONAL');
  });

  it('a verb form right after a preposition is its verbal noun («بشأن نفي الحكومة …»), not a new speaker', () => {
    const text =
      'وصرح المسماري بأن الوحدات تقدمت.\nوشدد في حديثه على أنه "لا عودة إلى الوراء"، وذلك ردا على سؤال بشأن نفي حكومة الوفاق سقوط المعسكر.\nوأوضح المتحدث أن الطيران يغطي التقدم.';
    const claims = claimsOf(text, 'ar');
    expect(claims.map((c) => c.cue)).not.toContain('نفي');
    expect(claimWith(text, 'الطيران يغطي التقدم', 'ar')?.source.camp).toBe('LNA');
  });
});

describe('places named with a place noun', () => {
  it('«مدينة سرت» is the city even with no country word nearby; the verb «سرت» is not', () => {
    const inCity = claimWith('وقال المسماري إن الوحدات دخلت مدينة سرت فجرا.', 'دخلت مدينة سرت', 'ar');
    expect(inCity?.locations.map((l) => l.nameEn)).toContain('Sirte');
    const verb = claimWith('وقال المسماري إن أنباء سرت بين الجنود.', 'أنباء سرت', 'ar');
    expect(verb?.locations.map((l) => l.nameEn)).not.toContain('Sirte');
  });

  it('Harawa, east of Sirte, is in the gazetteer', () => {
    const claim = claimWith('وقال المسماري إن القوات تمركزت في هراوة.', 'تمركزت في هراوة', 'ar');
    expect(claim?.locations.map((l) => l.nameEn)).toContain('Harawa');
  });
});

describe('English cues and speakers of unseen reports', () => {
  it('reaffirmed, affirmed, remarked, mentioned, highlighted, informed; confirming and pointing out go on', () => {
    const text =
      'Ghassan Salame said the talks were fragile. He reaffirmed that both delegations had stayed. He affirmed that the truce held. He mentioned that a second round was planned. He highlighted that aid convoys were blocked. He informed journalists that the venue had moved. "Nobody wants another winter of war," Salame remarked. He said the sides met twice, confirming that prisoners were swapped, pointing out that more swaps were due.';
    for (const inside of [
      'both delegations had stayed',
      'the truce held',
      'a second round was planned',
      'aid convoys were blocked',
      'the venue had moved',
      'another winter of war',
      'prisoners were swapped',
      'more swaps were due',
    ])
      expect(claimWith(text, inside, 'en')?.source.camp).toBe('UN');
  });

  it('"…, said NAME, title": unquoted content before the verb and its known speaker', () => {
    const text = 'Shells landed near the port on Friday, said Mustafa al-Mujie, a spokesman for the GNA forces.';
    const claim = claimWith(text, 'Shells landed near the port', 'en');
    expect(claim?.source.camp).toBe('GNA');
    expect(claim?.text).not.toContain('al-Mujie');
    const resident = claimWith('The bakery stayed shut, said a resident who asked not to be named.', 'bakery', 'en');
    expect(resident?.source.kind).toBe('anonymous');
  });

  it('a subject with a clause in apposition still speaks before the verb ("X, which runs …, said it …")', () => {
    const text = 'The GNA interior ministry, which runs the centre, said it was looking into the complaint.';
    expect(claimWith(text, 'looking into the complaint', 'en')?.source.camp).toBe('GNA');
  });

  it('agency spellings of known names: Hifter, Kununu, El-Sissi, Ageela Saleh', () => {
    const text =
      "Hifter's forces said they had downed a drone. Mohamed Kununu said the airport was shelled. El-Sissi warned that Sirte was a red line. Ageela Saleh said parliament would meet.";
    expect(claimWith(text, 'downed a drone', 'en')?.source.camp).toBe('LNA');
    expect(claimWith(text, 'airport was shelled', 'en')?.source.camp).toBe('GNA');
    expect(claimWith(text, 'Sirte was a red line', 'en')?.source.camp).toBe('INTERNATIONAL');
    expect(claimWith(text, 'parliament would meet', 'en')?.source.camp).toBe('LNA');
  });

  it('a dateline or label before a colon opening a paragraph is not the speaker', () => {
    const text =
      'Clinic hit south of the capital\n\nTUNIS: Libyan health officials say a strike hit a clinic near Tripoli.';
    expect(claimWith(text, 'a strike hit a clinic', 'en')?.source.mention).toBe('Libyan health officials');
  });

  it('a fronted "On Sunday," after a headline line with no full stop is not the speaker', () => {
    const text =
      'Army accuses Ankara\nOn Sunday, the spokesman for the Libyan National Army, Ahmed al-Mismari, said that drones hit the base.';
    expect(claimWith(text, 'drones hit the base', 'en')?.source.camp).toBe('LNA');
  });

  it('"the secretary general" after "UN Secretary General Antonio Guterres" is Guterres', () => {
    const text =
      'UN Secretary General Antonio Guterres said the truce was fragile. "All sides must hold their fire," the secretary general wrote.';
    expect(claimWith(text, 'hold their fire', 'en')?.source.camp).toBe('UN');
  });

  it('a participle hyphened to the word before is an adjective ("internationally-recognized"), not a cue', () => {
    const text =
      'Called the heaviest in weeks, the latest fighting, broke out on Monday night when, the internationally-recognized, GNA units tried to retake two camps.';
    expect(claimsOf(text, 'en')).toEqual([]);
  });

  it('"the operation" refers back to an operation named earlier, in English as in Arabic («العملية»)', () => {
    const english =
      'Units of the Volcano of Rage operation reached the town on Monday. Briefing reporters, the operation said its fighters held the clinic.';
    expect(claimWith(english, 'its fighters held the clinic', 'en')?.source.camp).toBe('GNA');
    const arabic = 'ووصلت وحدات عملية بركان الغضب إلى البلدة. وقالت العملية إن مقاتليها يسيطرون على المستوصف.';
    expect(claimWith(arabic, 'مقاتليها يسيطرون', 'ar')?.source.camp).toBe('GNA');
  });

  it('"declared" reports only with "that": "declared a state of alert" is an act', () => {
    const text = 'The government declared a state of alert. The ministry declared that the curfew would be lifted.';
    const claims = claimsOf(text, 'en');
    expect(claims).toHaveLength(1);
    expect(claims[0].text).toContain('curfew would be lifted');
  });

  it('"CITY, DATE (Agency): NAME, title, said …": the dateline ends at the colon after the agency', () => {
    const text =
      'Talks in Ghadames\n\nTRIPOLI, Nov 03 (Xinhua): Stephanie Williams, the acting UN envoy, said Monday that the commission had met.';
    expect(claimWith(text, 'the commission had met', 'en')?.source.mention).toBe('Stephanie Williams');
  });

  it('"Saleh also said", "he had said": an adverb or auxiliary before the verb is not part of the speaker', () => {
    const text = 'Aguila Saleh met the envoy in Cairo on Monday. Saleh also said that parliament would meet in Sirte.';
    expect(claimWith(text, 'parliament would meet in Sirte', 'en')?.source.camp).toBe('LNA');
  });

  it('"…, and has revealed photos, which it says …" goes on with the subject of the first verb', () => {
    const text =
      'The US military command in Africa (AFRICOM) has announced that it found new evidence of jets in Libya, and has revealed photos, which it says show fighters near Sirte.';
    expect(claimWith(text, 'show fighters near Sirte', 'en')?.source.mention).toContain('AFRICOM');
  });
});
