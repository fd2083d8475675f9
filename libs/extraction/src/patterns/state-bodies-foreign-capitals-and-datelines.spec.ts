import type { ExtractedClaim } from '@claimline/contracts';
import { createExtractor } from '../extractor.js';

const extractor = createExtractor();
const claimsOf = (text: string, language: 'ar' | 'en'): ExtractedClaim[] =>
  extractor.extract(text, { publishedAt: '2020-05-01', language }).claims;
function claimWith(text: string, inside: string, language: 'ar' | 'en'): ExtractedClaim | undefined {
  const at = text.indexOf(inside);
  return claimsOf(text, language).find((c) => c.start <= at && at + inside.length <= c.end);
}

describe('state bodies, foreign capitals, datelines and modal complements', () => {
  it('a nationality adjective on a private person names no state', () => {
    expect(claimWith('A Sudanese refugee said he had paid smugglers.', 'paid smugglers', 'en')?.source.camp).toBe(
      'UNKNOWN',
    );
    expect(claimWith('وقال مهاجر سوداني إنه حاول العبور أربع مرات.', 'حاول العبور', 'ar')?.source.camp).toBe('UNKNOWN');
    expect(
      claimWith('The Sudanese foreign ministry said it was in contact with Libya.', 'in contact with Libya', 'en')
        ?.source.camp,
    ).toBe('INTERNATIONAL');
  });
  it('a foreign capital heading the sentence makes an unqualified ministry international', () => {
    const text = 'The GNA welcomed the talks. In Cairo, the foreign ministry said it backed a political solution.';
    expect(claimWith(text, 'backed a political solution', 'en')?.source.camp).toBe('INTERNATIONAL');
    const ar = 'رحب المجلس الرئاسي بالمحادثات. وفي القاهرة، قال المتحدث باسم وزارة الخارجية إن مصر تدعم الحل السياسي.';
    expect(claimWith(ar, 'مصر تدعم الحل السياسي', 'ar')?.source.camp).toBe('INTERNATIONAL');
  });
  it('state forces (navy, coast guard) take the article government', () => {
    const text = 'The GNA said it would act. Navy spokesman Ayoub Gassem said the boat had set off before dawn.';
    expect(claimWith(text, 'set off before dawn', 'en')?.source.camp).toBe('GNA');
  });
  it('with no government named, a Tripoli dateline places an unqualified ministry', () => {
    const text = 'TRIPOLI, Libya (AP) — The interior ministry said the centre had enough capacity.';
    expect(claimWith(text, 'enough capacity', 'en')?.source.camp).toBe('GNA');
  });
  it('an unnamed source inside a Tripoli ministry speaks for it', () => {
    expect(
      claimWith('وقال مصدر في وزارة المواصلات بطرابلس إن الوزارة تعد خطة للصيانة.', 'تعد خطة للصيانة', 'ar')?.source
        .camp,
    ).toBe('GNA');
  });
  it('an adverb inside a government subject does not hide it', () => {
    const text =
      'The interim government said it had formed a committee. The government also accused Tripoli of withholding funds.';
    expect(claimWith(text, 'withholding funds', 'en')?.source.camp).toBe('LNA');
  });
  it('"of its … operations room" belongs to the force named before', () => {
    const text =
      'The Libyan National Army blamed the clashes on gangs. The commander of its southern operations room said his forces had arrested 14 suspects.';
    expect(claimWith(text, 'arrested 14 suspects', 'en')?.source.camp).toBe('LNA');
  });
  it('registry: UNESCO and sea-rescue NGOs', () => {
    expect(claimWith('وقالت منظمة اليونسكو إن مئتي مدرسة تضررت.', 'مئتي مدرسة', 'ar')?.source.camp).toBe('UN');
    expect(
      claimWith('Sea-Watch said it had alerted Maltese authorities.', 'alerted Maltese authorities', 'en')?.source.camp,
    ).toBe('INTERNATIONAL');
  });
  it('«واتهمت» + registry name + preposition keeps the previous speaker', () => {
    const text = 'وذكرت غرفة عمليات الكرامة أن عناصرها رصدوا تحركات، واتهمت حكومة الوفاق بالسعي إلى كسب الوقت.';
    expect(claimWith(text, 'كسب الوقت', 'ar')?.source.camp).toBe('LNA');
  });
  it('a withheld-name aside does not open the content', () => {
    const claims = claimsOf('وقالت طالبة، رفضت ذكر اسمها، إن زملاءها ركضوا إلى الأقبية.', 'ar');
    expect(claims).toHaveLength(1);
    expect(claims[0].text).toContain('ركضوا إلى الأقبية');
  });
  it('new cues: «كتب … أن», «مرجعة ذلك إلى», "regretted that"', () => {
    expect(claimWith('وكتب السفير على حسابه في تويتر أن الخطوة مهمة.', 'الخطوة مهمة', 'ar')).toBeDefined();
    expect(claimWith('وقالت الشركة إن العجز كبير، مرجعة ذلك إلى نقص الغاز.', 'نقص الغاز', 'ar')?.text).not.toContain(
      'العجز',
    );
    expect(
      claimWith('The EU spokesman regretted that centres remained overcrowded.', 'remained overcrowded', 'en'),
    ).toBeDefined();
  });
  it('"that"-only verbs take no preceding quotation ("for fear of")', () => {
    const claims = claimsOf(
      '"They bring us back," said the man, who asked not to be named for fear of reprisals.',
      'en',
    );
    expect(claims.every((c) => c.cue !== 'fear')).toBe(true);
  });
  it('a second modal predicate is its own claim', () => {
    const text = 'The minister said the base would become a shield and would host training for pilots.';
    const host = claimWith(text, 'host training for pilots', 'en');
    expect(host?.text).not.toContain('a shield');
  });
});
