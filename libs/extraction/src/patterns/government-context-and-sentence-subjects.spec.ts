import type { ExtractedClaim } from '@claimline/contracts';
import { createExtractor } from '../extractor.js';

const extractor = createExtractor();
const claimsOf = (text: string, language: 'ar' | 'en'): ExtractedClaim[] =>
  extractor.extract(text, { publishedAt: '2020-05-01', language }).claims;
function claimWith(text: string, inside: string, language: 'ar' | 'en'): ExtractedClaim | undefined {
  const at = text.indexOf(inside);
  return claimsOf(text, language).find((c) => c.start <= at && at + inside.length <= c.end);
}

describe('government context, typed back-references and sentence subjects', () => {
  it('registry: international NGOs and UN agencies', () => {
    expect(
      claimWith('Doctors Without Borders said two of its staff were wounded.', 'two of its staff', 'en')?.source.camp,
    ).toBe('INTERNATIONAL');
    expect(
      claimWith('The World Food Programme said it had moved food stocks.', 'moved food stocks', 'en')?.source.camp,
    ).toBe('UN');
    expect(claimWith('وقالت اليونيسف إن الأطفال مهددون.', 'الأطفال مهددون', 'ar')?.source.camp).toBe('UN');
  });
  it('a researcher at a registered NGO speaks for it', () => {
    expect(
      claimWith(
        '"The rockets cannot be aimed," said Hanan Salah, a researcher at Human Rights Watch.',
        'cannot be aimed',
        'en',
      )?.source.camp,
    ).toBe('INTERNATIONAL');
  });
  it('government context: an unqualified ministry in a GNA-context article is GNA', () => {
    const text = 'تعهدت حكومة الوفاق بملاحقة المهربين. وقالت وزارة الداخلية إن الشاحنات ضبطت.';
    expect(claimWith(text, 'الشاحنات ضبطت', 'ar')?.source.camp).toBe('GNA');
    expect(
      claimWith(
        'The eastern-based government vowed to act. The health minister said two cases were found.',
        'two cases were found',
        'en',
      )?.source.camp,
    ).toBe('LNA');
  });
  it('typed back-reference: «المديرية» with no directorate antecedent is not the last speaker', () => {
    const text =
      'قال أحمد المسماري إن الجيش تقدم. وقالت حكومة الوفاق إن الحملة مستمرة. وأضافت المديرية أن الموقوفين أحيلوا.';
    expect(claimWith(text, 'الموقوفين أحيلوا', 'ar')?.source.mention).toBe('المديرية');
  });
  it('«المتحدث باسم الوزارة» is the spokesman of the latest ministry', () => {
    const text = 'وقالت وزارة الصحة بالحكومة المؤقتة إنها مستعدة. وقال المتحدث باسم الوزارة إن طرابلس تتكتم.';
    expect(claimWith(text, 'طرابلس تتكتم', 'ar')?.source.camp).toBe('LNA');
  });
  it('VSO: «دعا المجلس الرئاسي الأمم المتحدة إلى» takes the first name as subject', () => {
    expect(claimWith('ودعا المجلس الرئاسي الأمم المتحدة إلى إدانة الهجوم.', 'إدانة الهجوم', 'ar')?.source.camp).toBe(
      'GNA',
    );
  });
  it('«وناشد الوزير السكان …»: a back-reference subject does not swallow the object', () => {
    const text = 'قال وزير الداخلية فتحي باشاغا إن الحملة مستمرة. وناشد الوزير السكان الإبلاغ عن المهربين.';
    const claim = claimWith(text, 'الإبلاغ عن المهربين', 'ar');
    expect(claim?.source.camp).toBe('GNA');
    expect(claim?.source.mention).toBe('الوزير');
  });
  it('«أما X، فاتهم Y بـ…»: the fronted subject, not the object', () => {
    expect(
      claimWith(
        'أما المتحدث باسم القيادة العامة، أحمد المسماري، فاتهم حكومة الوفاق بالتغطية على المهربين.',
        'التغطية على المهربين',
        'ar',
      )?.source.camp,
    ).toBe('LNA');
  });
  it('a sentence-initial "In Benghazi," is not the subject', () => {
    expect(
      claimWith('In Benghazi, the general command said it would study the text.', 'study the text', 'en')?.source.camp,
    ).toBe('LNA');
  });
  it('"In Algiers, …" heads the previous sentence for an unaffiliated foreign minister', () => {
    const text = 'In Algiers, officials met on Monday. Foreign Minister Sabri Boukadoum said the border was closed.';
    expect(claimWith(text, 'the border was closed', 'en')?.source.camp).toBe('INTERNATIONAL');
  });
});
