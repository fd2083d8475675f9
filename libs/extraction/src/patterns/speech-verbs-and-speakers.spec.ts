import type { ExtractedClaim } from '@claimline/contracts';
import { createExtractor } from '../extractor.js';

const extractor = createExtractor();
const claimsOf = (text: string, language: 'ar' | 'en'): ExtractedClaim[] =>
  extractor.extract(text, { publishedAt: '2020-06-01', language }).claims;
function claimWith(text: string, inside: string, language: 'ar' | 'en'): ExtractedClaim {
  const at = text.indexOf(inside);
  const found = claimsOf(text, language).find((c) => c.start <= at && at + inside.length <= c.end);
  if (!found) throw new Error(`no claim contains «${inside}»`);
  return found;
}

describe('speech verbs, continuations and speakers (Arabic)', () => {
  it('روى … أن, with «لمراسل» as the channel', () => {
    expect(claimWith('وروى شهود لمراسل "العربي" أن القصف استمر حتى الفجر.', 'القصف استمر', 'ar').source.kind).toBe(
      'anonymous',
    );
  });
  it('عبّر … عن (verb), but عبر حسابه is "via"', () => {
    expect(claimWith('وعبرت المنظمة الدولية للهجرة عن قلقها من ظروف الاحتجاز.', 'قلقها', 'ar').source.key).toBe('iom');
    expect(claimsOf('وصلت الشحنة عبر حسابه في البنك عن طريق وسيط.', 'ar')).toHaveLength(0);
  });
  it('يخشى … من أن', () => {
    expect(claimWith('ويخشى اقتصاديون من أن ينهار الدينار خلال أسابيع.', 'ينهار الدينار', 'ar').source.key).toBe(
      'observers',
    );
  });
  it('فسّرها … بأنها', () => {
    expect(claimWith('وهي خطوة فسرها محللون بأنها رسالة إلى أنقرة.', 'رسالة إلى أنقرة', 'ar').source.camp).toBe(
      'UNKNOWN',
    );
  });
  it('a participle after غير is an adjective, not a continuation', () => {
    expect(claimsOf('ويرى مراقبون أن هناك اتصالات غير معلنة بين الطرفين.', 'ar')).toHaveLength(1);
  });
  it('مجددا right after the verb is the adverb "again"', () => {
    const claims = claimsOf('ونفت موسكو مجددا أي وجود لقواتها في الجفرة.', 'ar');
    expect(claims).toHaveLength(1);
    expect(claims[0].source.key).toBe('russia');
  });
  it('«ووصف ما تنشره X بأنه»: ما opens the object, the speaker is the subject', () => {
    const claim = claimWith('ونفى المسماري الاتهامات، ووصف ما تنشره حكومة الوفاق بأنه دعاية.', 'دعاية', 'ar');
    expect(claim.source.camp).toBe('LNA');
  });
  it('«قال خلاله إن»: the speaker precedes the resumptive', () => {
    expect(claimWith('وفي لقاء مع السيسي قال خلاله إن مصر لن تتدخل.', 'لن تتدخل', 'ar').source.key).toBe(
      'abdel-fattah-al-sisi',
    );
  });
  it('«الذي يعتقد أنه» is passive and reports nothing', () => {
    expect(claimsOf('ولم يعلق القائد الذي يعتقد أنه غادر البلاد.', 'ar')).toHaveLength(0);
  });
  it('an indefinite demonym marks an anonymous foreign source', () => {
    expect(claimWith('وقال مصدر دبلوماسي روسي إن الاتصالات مستمرة.', 'الاتصالات مستمرة', 'ar').source.camp).toBe(
      'INTERNATIONAL',
    );
  });
  it('a bare surname continues the earlier named speaker', () => {
    const text = 'وقال آمر المحور، سالم بن علي، إن قواته في مواقعها. وأضاف بن علي أن الهدوء عاد.';
    expect(claimWith(text, 'الهدوء عاد', 'ar').source.mention).toBe('بن علي');
  });
  it('«وزير العدل» takes the camp of «وزارة العدل في حكومة الوفاق» named earlier', () => {
    const text = 'وأعلنت وزارة العدل في حكومة الوفاق أن التحقيق بدأ. وقال وزير العدل إن المتهمين سيحاكمون.';
    expect(claimWith(text, 'سيحاكمون', 'ar').source.camp).toBe('GNA');
  });
  it('«وقال المجلس» resolves to the council named earlier in narration', () => {
    const text = 'صوت البرلمان المصري على القرار. وقال المجلس إن الجيش مستعد.';
    expect(claimWith(text, 'الجيش مستعد', 'ar').source.key).toBe('egypt-parliament');
  });
  it('relay: an affiliation in apposition gives the speaker its camp', () => {
    const text =
      'ونقلت قناة "الحدث" عن الناطق باسم تجمع مشايخ قبائل الشرق، المقرب من القيادة العامة، قوله إن الموانئ ستبقى مغلقة.';
    expect(claimWith(text, 'ستبقى مغلقة', 'ar').source.camp).toBe('LNA');
  });
});

describe('channels: an agency named with its initials, a quotation right after the channel', () => {
  it('«لوكالة الأنباء الألمانية (د.ب.أ) إن …»: the dotted initials end neither the channel nor the sentence', () => {
    const text = 'وقال مدير المستشفى الميداني محمد سالم لوكالة الأنباء الألمانية (د.ب.أ) إن القصف أصاب قسم الطوارئ.';
    const claim = claimWith(text, 'أصاب قسم الطوارئ', 'ar');
    expect(claim.channel).toContain('(د.ب.أ)');
    expect(claim.source.mention).toContain('محمد سالم');
  });
  it('a long quotation right after the channel is what was said; a short one names the outlet', () => {
    const quoted =
      'وقال مدير المستشفى الميداني محمد سالم في تصريح لوكالة الصحافة الفرنسية (أ.ف.ب) "القصف أصاب قسم الطوارئ وأوقع جرحى بين الممرضين".';
    const claim = claimWith(quoted, 'وأوقع جرحى', 'ar');
    expect(claim.text.startsWith('"القصف')).toBe(true);
    expect(claim.channel).toContain('الفرنسية');
    const outlet = 'وقال مدير المستشفى الميداني محمد سالم لقناة "ليبيا الأحرار" إن القصف أصاب قسم الطوارئ.';
    expect(claimWith(outlet, 'أصاب قسم الطوارئ', 'ar').channel).toContain('ليبيا الأحرار');
  });
});

describe('speech verbs, continuations and speakers (English)', () => {
  it('"calling it …" continues the speaker', () => {
    expect(claimWith('The GNA condemned the shelling, calling it "a crime".', 'a crime', 'en').source.camp).toBe('GNA');
  });
  it('"telling a news conference that …" continues the speaker', () => {
    expect(
      claimWith('Mismari denied the report, telling a news conference that no jets flew.', 'no jets flew', 'en').source
        .camp,
    ).toBe('LNA');
  });
  it('described … as / hailed … as', () => {
    expect(claimWith('Stephanie Williams described the deal as "historic".', 'historic', 'en').source.camp).toBe('UN');
    expect(claimWith('Sarraj hailed the fighters as heroes.', 'heroes', 'en').source.camp).toBe('GNA');
  });
  it('"a statement condemning …" is a noun phrase, not a claim', () => {
    const claims = claimsOf('The council failed to agree on a statement condemning the raid, diplomats said.', 'en');
    expect(claims).toHaveLength(1);
    expect(claims[0].source.camp).toBe('UNKNOWN'); // unnamed diplomats speak for no state
  });
  it('"X said its chairman condemned Y" is one claim', () => {
    expect(claimsOf('The African Union said its chairman condemned the attack.', 'en')).toHaveLength(1);
  });
  it('"said A but warned B" keeps the speaker', () => {
    expect(
      claimWith('The US embassy said the deal was "a step" but warned that spoilers remain.', 'spoilers remain', 'en')
        .source.key,
    ).toBe('united-states');
  });
  it('a channel word inside an aside does not hide the subject', () => {
    expect(
      claimWith(
        "Russia's foreign ministry, asked about jets flown via Syria, said it had no information.",
        'no information',
        'en',
      ).source.key,
    ).toBe('russia');
  });
  it('a quotation-only sentence continues the previous quoted speaker', () => {
    const text = '"We are ready," said a commander. "Nobody will stop us."';
    expect(claimWith(text, 'Nobody will stop us', 'en').source.kind).toBe('anonymous');
  });
  it('registry: IOM, ICC and NATO', () => {
    expect(claimWith('The IOM said 300 migrants were returned.', '300 migrants', 'en').source.camp).toBe('UN');
    expect(claimWith('The ICC said it was monitoring the killings.', 'monitoring', 'en').source.camp).toBe(
      'INTERNATIONAL',
    );
    expect(claimWith('NATO said it would review the incident.', 'review the incident', 'en').source.camp).toBe(
      'INTERNATIONAL',
    );
  });

  it('a quotation whose comma stands after the closing mark, and "said before adding:"', () => {
    const text =
      '“We agreed on a common plan,” the chancellor said. “Every delegation behaved very responsibly”, she said before adding: “The embargo must hold.”';
    const first = claimWith(text, 'common plan', 'en');
    const comma = claimWith(text, 'behaved very responsibly', 'en');
    expect(comma.text).not.toContain('adding');
    expect(comma.source.camp).toBe(first.source.camp);
    expect(claimWith(text, 'embargo must hold', 'en').cue).toBe('adding');
  });

  it('plural present verbs ("officials accuse … of"), and "reported, citing X, that" with X the channel', () => {
    const accuse = 'Western and Libyan officials accuse the militia of smuggling fuel across the border.';
    expect(claimWith(accuse, 'smuggling fuel', 'en').cue).toBe('accuse');
    const citing = 'Reuters reported, citing two security officials, that the tanker had left without papers.';
    const claims = claimsOf(citing, 'en');
    expect(claims).toHaveLength(1);
    expect(claims[0].text.startsWith('that the tanker')).toBe(true);
    expect(claims[0].channel).toBe('two security officials');
  });
});
