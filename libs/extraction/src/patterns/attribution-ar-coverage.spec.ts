import type { ExtractedClaim } from '@claimline/contracts';
import { createExtractor } from '../extractor.js';

const extractor = createExtractor();
const claimsOf = (text: string): ExtractedClaim[] =>
  extractor.extract(text, { publishedAt: '2020-01-20', language: 'ar' }).claims;
function claimWith(text: string, inside: string): ExtractedClaim {
  const at = text.indexOf(inside);
  const found = claimsOf(text).find((c) => c.start <= at && at + inside.length <= c.end);
  if (!found) throw new Error(`no claim contains «${inside}»`);
  return found;
}

describe('Arabic attribution: wider coverage', () => {
  it('حمّل … المسؤولية', () => {
    const claim = claimWith('وحمّلت وزارة الداخلية بحكومة الوفاق قوات حفتر مسؤولية قصف المطار.', 'قصف المطار');
    expect(claim.source.key).toBe('gna-interior-ministry');
    expect(claim.cue).toBe('وحمّلت');
  });
  it('حمل without المسؤولية is "carried"', () => {
    expect(claimsOf('حمل المقاتلون أسلحتهم وانسحبوا من المحور.')).toHaveLength(0);
  });
  it('استنكر with its object before a quotation', () => {
    const claim = claimWith('واستنكرت الخارجية التركية القصف "العشوائي" على الأحياء.', 'القصف');
    expect(claim.source.key).toBe('turkey');
  });
  it('negated verb: لم تؤكد', () => {
    expect(claimsOf('ولم تؤكد البعثة الأممية سقوط ضحايا.')).toHaveLength(0);
  });
  it('relative clause: الهدنة التي دعت إليها', () => {
    expect(claimsOf('التزم الطرفان بالهدنة التي دعت إليها روسيا وتركيا.')).toHaveLength(0);
  });
  it('«، حسبما أفاد X،» between verb and content is one claim', () => {
    const text = 'وأكد السراج، حسبما أفاد مكتبه الإعلامي، أن الحكومة لن تتفاوض مع المعتدي.';
    expect(claimsOf(text)).toHaveLength(1);
    expect(claimWith(text, 'لن تتفاوض').source.key).toBe('fayez-al-sarraj');
  });
  it('a bare verb inside an أن-clause is reported speech, not a new claim', () => {
    expect(claimsOf('وأفادت مصادر محلية بأن القيادة العامة أعلنت وقف إطلاق النار.')).toHaveLength(1);
  });
  it('«غير أنه أقر» opens a second claim of the same speaker', () => {
    const claim = claimWith(
      'وقال لافروف إن المحادثات مفيدة، غير أنه أقر بأن الخلافات ما زالت قائمة.',
      'الخلافات ما زالت',
    );
    expect(claim.cue).toBe('أقر');
    expect(claim.source.key).toBe('sergei-lavrov');
  });
  it('quoted name: عملية "بركان الغضب"', () => {
    expect(claimWith('وأعلنت عملية "بركان الغضب" أن قواتها تقدمت في محور عين زارة.', 'قواتها تقدمت').source.key).toBe(
      'volcano-of-rage',
    );
  });
  it('title and name in apposition', () => {
    const claim = claimWith('ونفى الناطق باسم العملية، محمد قنونو، صحة هذه الأنباء.', 'صحة هذه الأنباء');
    expect(claim.source.key).toBe('mohamed-gnounou');
    expect(claim.text.startsWith('صحة')).toBe(true);
  });
  it('relay: نقلت … على لسان X قوله', () => {
    const text = 'ونقلت وكالة الأنباء الليبية على لسان المسماري قوله إن الجيش سيطر على المعسكر.';
    expect(claimsOf(text)).toHaveLength(1);
    expect(claimWith(text, 'سيطر على المعسكر').source.key).toBe('ahmed-al-mismari');
  });
  it('«، مطالبة بـ» continues; مطالبة as a noun does not', () => {
    expect(claimWith('ودعت البعثة الأممية إلى وقف القتال، مطالبة بتحقيق مستقل.', 'بتحقيق مستقل').cue).toBe('مطالبة');
    expect(claimsOf('قدمت اللجنة مطالبة رسمية إلى الحكومة.')).toHaveLength(0);
  });
  it("channel then the verb's preposition: دعت في بيان … إلى", () => {
    expect(claimWith('ودعت البعثة الأممية في بيان جميع الأطراف إلى ضبط النفس.', 'ضبط النفس').source.key).toBe('unsmil');
  });
  it('Western diplomatic sources are international', () => {
    expect(claimWith('وأفادت مصادر دبلوماسية غربية بأن الشحنات توقفت.', 'الشحنات توقفت').source.camp).toBe(
      'INTERNATIONAL',
    );
  });
});
