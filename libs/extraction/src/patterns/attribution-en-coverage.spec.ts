import type { ExtractedClaim } from '@claimline/contracts';
import { createExtractor } from '../extractor.js';

const extractor = createExtractor();
const claimsOf = (text: string): ExtractedClaim[] =>
  extractor.extract(text, { publishedAt: '2020-01-20', language: 'en' }).claims;
function claimWith(text: string, inside: string): ExtractedClaim {
  const at = text.indexOf(inside);
  const found = claimsOf(text).find((c) => c.start <= at && at + inside.length <= c.end);
  if (!found) throw new Error(`no claim contains «${inside}»`);
  return found;
}

describe('English attribution: wider coverage', () => {
  it('tail source with adverbial and a following clause: …, X claimed on Sunday, although …', () => {
    const text =
      'Government troops retook the camp, GNA spokesman Mohamed Gnounou claimed on Sunday, although the LNA disputed the account.';
    expect(claimWith(text, 'retook the camp').source.key).toBe('mohamed-gnounou');
  });
  it('tail source in apposition: …, the spokesman for Y, X, said', () => {
    const claim = claimWith(
      'The airport was shelled again, the spokesman for the UN mission, Jean Dupont, said on Monday.',
      'airport was shelled',
    );
    expect(claim.source.camp).toBe('UN');
  });
  it('tail with "told Reuters by phone, adding that"', () => {
    const text =
      'Dozens of families fled overnight, a local official told Reuters by phone, adding that shelling continued.';
    expect(claimWith(text, 'families fled').source.kind).toBe('anonymous');
    expect(claimWith(text, 'shelling continued').source.kind).toBe('anonymous');
  });
  it('verb first: "…," said X, a commander with Y', () => {
    expect(
      claimWith(
        '"We will respond," said Khalid Ali, a commander with the Volcano of Rage operation.',
        'We will respond',
      ).source.camp,
    ).toBe('GNA');
  });
  it('subject in apposition: X, a spokeswoman for Y, said', () => {
    expect(
      claimWith('Jane Roe, a spokeswoman for the European Union, said the bloc was alarmed.', 'bloc was alarmed').source
        .camp,
    ).toBe('INTERNATIONAL');
  });
  it('negated or passive verbs are not claims', () => {
    expect(claimsOf('Ankara has not confirmed the report.')).toHaveLength(0);
    expect(claimsOf('The minister did not say when talks would resume.')).toHaveLength(0);
    expect(claimsOf('A truce was announced on Sunday.')).toHaveLength(0);
  });
  it('a quotation inside the content does not start it', () => {
    expect(
      claimWith('The LNA said its forces were waiting for "the final order".', 'its forces were waiting'),
    ).toBeDefined();
  });
  it('"… and accused …" splits at "and"', () => {
    const text = 'UNSMIL said it was alarmed and accused both sides of endangering civilians.';
    expect(claimWith(text, 'endangering civilians').source.key).toBe('unsmil');
    expect(claimWith(text, 'it was alarmed').text).not.toContain('accused');
  });
  it('title then name: the name is the speaker', () => {
    expect(
      claimWith('Deputy UN envoy Stephanie Williams said the talks would resume.', 'talks would resume').source.key,
    ).toBe('stephanie-williams');
  });
  it('slammed', () => {
    expect(claimWith('The GNA slammed the attack on the hospital.', 'attack on the hospital').source.camp).toBe('GNA');
  });
});
