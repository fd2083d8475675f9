import type { ExtractedClaim } from '@claimline/contracts';
import { createExtractor } from '../extractor.js';

const extractor = createExtractor();
const claimsOf = (text: string): ExtractedClaim[] =>
  extractor.extract(text, { publishedAt: '2019-10-07', language: 'en' }).claims;
function claimWith(text: string, inside: string): ExtractedClaim {
  const at = text.indexOf(inside);
  const found = claimsOf(text).find((c) => c.start <= at && at + inside.length <= c.end);
  if (!found) throw new Error(`no claim contains «${inside}»`);
  return found;
}

describe('English attribution', () => {
  it('source before: X said on Sunday that …', () => {
    expect(
      claimWith('The Libyan National Army said on Sunday that it took the airport.', 'it took the airport').source.key,
    ).toBe('lna-general-command');
  });
  it('quote first, source after: "…," the spokesman said', () => {
    const claim = claimWith(
      '"We will not allow the capital to fall," said Mohamed Gnounou, spokesman for the GNA forces.',
      'capital to fall',
    );
    expect(claim.source.key).toBe('mohamed-gnounou');
  });
  it('"…," X told reporters — the addressee is not the source', () => {
    expect(
      claimWith('"The capital will be liberated," Ahmed al-Mismari told reporters.', 'will be liberated').source.key,
    ).toBe('ahmed-al-mismari');
  });
  it('according to X', () => {
    expect(claimWith('At least 2,800 people have fled, according to UNSMIL.', '2,800 people').source.camp).toBe('UN');
  });
  it('tail attribution: …, officials said.', () => {
    const claim = claimWith('The vote is expected next week, officials said.', 'expected next week');
    expect(claim.source.kind).toBe('anonymous');
  });
  it('denied / accused … of, with the channel "in a statement"', () => {
    const text = "In a statement, the GNA interior ministry accused Haftar's forces of shelling Ain Zara.";
    const claim = claimWith(text, 'shelling Ain Zara');
    expect(claim.source.key).toBe('gna-interior-ministry');
    expect(claim.channel).toBe('In a statement');
    expect(claimWith('The LNA denied that its jets hit the centre.', 'its jets hit').source.camp).toBe('LNA');
  });
  it('continuation: …, warning that …', () => {
    const text = 'Antonio Guterres urged all sides to halt operations, warning that there is no military solution.';
    expect(claimWith(text, 'no military solution').source.key).toBe('un-secretary-general');
    expect(claimWith(text, 'halt operations').source.key).toBe('un-secretary-general');
  });
  it('anonymous source with an affiliation', () => {
    expect(
      claimWith('A military source close to the LNA claimed that the withdrawal was planned.', 'withdrawal was planned')
        .source.camp,
    ).toBe('LNA');
  });
  it('narration is not a claim', () => {
    expect(claimsOf("Fighting continued south of Tripoli as Haftar's forces pushed towards the airport.")).toHaveLength(
      0,
    );
  });
});
