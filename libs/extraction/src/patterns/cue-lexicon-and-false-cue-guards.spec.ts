import type { ExtractedClaim } from '@claimline/contracts';
import { createExtractor } from '../extractor.js';

const extractor = createExtractor();
const claimsOf = (text: string, language: 'ar' | 'en'): ExtractedClaim[] =>
  extractor.extract(text, { publishedAt: '2020-05-01', language }).claims;
function claimWith(text: string, inside: string, language: 'ar' | 'en'): ExtractedClaim | undefined {
  const at = text.indexOf(inside);
  return claimsOf(text, language).find((c) => c.start <= at && at + inside.length <= c.end);
}

describe('cue lexicon breadth and false-cue guards', () => {
  it('a full stop closing a quotation ends the sentence: «… now." He added that …»', () => {
    const text =
      'Mohamed Gnounou said the army was "ready to advance now." He added that the airport would reopen soon.';
    expect(claimWith(text, 'the airport would reopen', 'en')?.cue).toBe('added');
  });
  it('English lexicon: cautioned, estimated, conceded, signalled', () => {
    expect(claimWith('UNSMIL cautioned that the truce was fragile.', 'the truce was fragile', 'en')?.source.camp).toBe(
      'UN',
    );
    expect(claimWith('The ICRC estimated that 5,000 families had fled.', '5,000 families', 'en')).toBeDefined();
  });
  it('"suggested" and "doubt" report only with "that"', () => {
    expect(
      claimWith('Ahmed al-Mismari suggested that the blast came from a depot.', 'the blast came from a depot', 'en')
        ?.source.camp,
    ).toBe('LNA');
    expect(claimsOf('The committee suggested a new route for the convoy.', 'en')).toHaveLength(0);
  });
  it('participle continuations: predicting that …', () => {
    expect(
      claimWith(
        'Fathi Bashagha welcomed the talks, predicting that the militias would disarm.',
        'the militias would disarm',
        'en',
      )?.source.camp,
    ).toBe('GNA');
  });
  it('adjectival and refused participles are not cues: "first confirmed case", "declined to say"', () => {
    expect(claimsOf('The first confirmed case was recorded in Misrata.', 'en')).toHaveLength(0);
    expect(claimsOf('The envoy declined to say whether the talks would resume.', 'en')).toHaveLength(0);
  });
  it('an analyst at a foreign institute speaks for no camp', () => {
    expect(
      claimWith(
        'Anas Gomati, an analyst at the European Policy Centre, said the front was frozen.',
        'the front was frozen',
        'en',
      )?.source.camp,
    ).toBe('UNKNOWN');
    // A nationality on her institute names no state either, as for «الباحث».
    for (const [verb, title] of [
      ['وقال', 'الباحث'],
      ['وقالت', 'الباحثة'],
      ['وقالت', 'المحللة'],
    ])
      expect(
        claimWith(
          `${verb} ${title} في معهد الدراسات الاستراتيجية التركي إن أنقرة لن تسحب قواتها.`,
          'لن تسحب قواتها',
          'ar',
        )?.source.camp,
      ).toBe('UNKNOWN');
  });
  it('Arabic imperfects and new verbs: يتوقع، يستبعد، يرجح، تلفت إلى أن', () => {
    expect(claimWith('ويتوقع خبراء أن ترتفع الأسعار.', 'ترتفع الأسعار', 'ar')).toBeDefined();
    expect(claimWith('ويستبعد محللون أن تنعقد الجلسة قريبا.', 'تنعقد الجلسة', 'ar')).toBeDefined();
    expect(claimWith('وتلفت الباحثة إلى أن البطالة ارتفعت.', 'البطالة ارتفعت', 'ar')).toBeDefined();
  });
  it('masculine plural imperfect: يؤكدون أن', () => {
    expect(claimWith('قال المسماري إن القوات تقدمت. والضباط يؤكدون أن الطريق مغلق.', 'الطريق مغلق', 'ar')?.cue).toBe(
      'يؤكدون',
    );
  });
  it('continuations مستشهدا / مذكرة بأن', () => {
    expect(
      claimWith('قالت البعثة الأممية إن الوضع خطير، مذكرة بأن القانون يحمي المدنيين.', 'القانون يحمي المدنيين', 'ar')
        ?.source.camp,
    ).toBe('UN');
  });
  it('ناشد takes an object; أجاب before a colon', () => {
    expect(claimWith('وناشدت البعثة الأممية الأطراف وقف القتال.', 'وقف القتال', 'ar')?.source.camp).toBe('UN');
    expect(claimWith('وأجاب المسماري: "لن نتراجع".', 'لن نتراجع', 'ar')?.source.camp).toBe('LNA');
  });
  it('وتابع X، في مداخلة …، أن: the channel phrase is skipped', () => {
    expect(
      claimWith('وتابع المسماري، في مداخلة مع قناة "الحدث"، أن القوات تقدمت.', 'القوات تقدمت', 'ar')?.source.camp,
    ).toBe('LNA');
  });
  it('a verb inside «مشيرا إلى أن …» content is reported, not a new claim', () => {
    const claims = claimsOf('قال المسماري إن المطار مغلق، مشيرا إلى أن الجيش حذر الشركات من استخدامه.', 'ar');
    expect(claims).toHaveLength(2);
  });
});
