import type { ExtractedClaim } from '@claimline/contracts';
import { createExtractor } from '../extractor.js';

const extractor = createExtractor();
function claimWith(text: string, inside: string, language: 'ar' | 'en'): ExtractedClaim {
  const at = text.indexOf(inside);
  const found = extractor
    .extract(text, { publishedAt: '2020-06-01', language })
    .claims.find((c) => c.start <= at && at + inside.length <= c.end);
  if (!found) throw new Error(`no claim contains «${inside}»`);
  return found;
}
const campOf = (text: string, inside: string, language: 'ar' | 'en'): string =>
  claimWith(text, inside, language).source.camp;

describe('camp resolution: coreference and affiliation', () => {
  it("an apposed unregistered name keeps its title's camp when named again by surname (Arabic)", () => {
    const text =
      'وقال قائد كتيبة الإسناد التابعة للقيادة العامة، العقيد سالم الورفلي، إن الهجوم فشل. وأضاف الورفلي أن قواته تقدمت.';
    expect(campOf(text, 'قواته تقدمت', 'ar')).toBe('LNA');
  });
  it('a multi-word surname keeps the camp of the first mention (English)', () => {
    const text =
      'Omar Abu Sitta, a commander allied with the GNA, said the road was open. Later Abu Sitta said the town was quiet.';
    expect(campOf(text, 'the town was quiet', 'en')).toBe('GNA');
  });
  it('a relative clause of allegiance gives an unregistered title its camp', () => {
    const text =
      'Ali Hamza, a captain in a Zawiya unit, which fights alongside the Tripoli government, said the bridge was destroyed.';
    expect(campOf(text, 'the bridge was destroyed', 'en')).toBe('GNA');
  });
  it('a registry surname alone («صالح») refers back to the full name earlier in the text', () => {
    const text = 'استقبل عقيلة صالح وفدا من الأعيان. وقال صالح إن الحوار مستمر.';
    expect(campOf(text, 'الحوار مستمر', 'ar')).toBe('LNA');
  });
  it('"his ministry" and "X\'s ministry" take the camp of the person', () => {
    const text =
      'Qatari Foreign Minister Mohammed Al Thani said talks must resume. His ministry said a delegation was ready.';
    expect(campOf(text, 'a delegation was ready', 'en')).toBe('INTERNATIONAL');
    const owned =
      "Qatari Foreign Minister Mohammed Al Thani said talks must resume. Al Thani's ministry said envoys were ready.";
    expect(campOf(owned, 'envoys were ready', 'en')).toBe('INTERNATIONAL');
  });
  it('a dateline is never the source', () => {
    const text = "TUNIS, Tunisia (AP) — Libya's eastern-based government said on Monday that the border would reopen.";
    expect(claimWith(text, 'the border would reopen', 'en').source.mention).not.toMatch(/TUNIS/);
    expect(campOf(text, 'the border would reopen', 'en')).toBe('LNA');
  });
  it('a foreign country at the head of a mention: "Chad\'s government", «وزارة الخارجية التونسية»', () => {
    expect(campOf("Chad's government said the convoy had crossed the border.", 'the convoy had crossed', 'en')).toBe(
      'INTERNATIONAL',
    );
    expect(campOf('وقالت وزارة الخارجية التونسية إن المعبر سيفتح غدا.', 'المعبر سيفتح', 'ar')).toBe('INTERNATIONAL');
  });
  it('a nationality word at the Arabic head outranks a registry name in the object', () => {
    expect(campOf('وأكدت الحكومة الجزائرية دعمها لحكومة الوفاق، معتبرة أن الحل سياسي.', 'الحل سياسي', 'ar')).toBe(
      'INTERNATIONAL',
    );
  });
  it('«المجلس البلدي» is a new source, not a back-reference to an earlier council', () => {
    const text = 'وقال المجلس الرئاسي إن الهدنة صامدة. وأكد المجلس البلدي للمدينة أن المياه عادت.';
    expect(campOf(text, 'المياه عادت', 'ar')).toBe('UNKNOWN');
  });
  it('«قائلا» after an indefinite «أحد …» belongs to that unnamed person', () => {
    const text =
      'وقال المتحدث باسم القيادة العامة إن المعركة انتهت. ووقف أحد النازحين أمام الخيمة، قائلا إن البرد قاس.';
    expect(campOf(text, 'البرد قاس', 'ar')).toBe('UNKNOWN');
  });
  it('a participle after a sentence-initial foreign subject with no claim yet', () => {
    const text =
      "Tunisia's president Kais Saied, speaking in Tunis, struck a firm tone, saying arms must not cross the border.";
    expect(campOf(text, 'arms must not cross', 'en')).toBe('INTERNATIONAL');
  });
  it('"and claimed" after a closing quotation keeps the previous speaker', () => {
    const text = 'Ahmed al-Mismari said the city was "almost free," and claimed that the enemy had fled.';
    expect(campOf(text, 'the enemy had fled', 'en')).toBe('LNA');
  });
  it('"Foreign Minister X" takes the foreign state that heads the previous sentence', () => {
    const text = 'Greece has objected to the deal. Foreign Minister Petros Nikolaou said the accord was illegal.';
    expect(campOf(text, 'the accord was illegal', 'en')).toBe('INTERNATIONAL');
  });
});
