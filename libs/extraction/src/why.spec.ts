import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExtractedClaim } from '@claimline/contracts';
import { createExtractor } from './extractor.js';
import { CAMP_RULES, CUE_RULES, SOURCE_RULES } from './why.js';

const extractor = createExtractor();
function claimWith(text: string, inside: string, language: 'ar' | 'en'): ExtractedClaim {
  const at = text.indexOf(inside);
  const found = extractor
    .extract(text, { publishedAt: '2020-06-01', language })
    .claims.find((c) => c.start <= at && at + inside.length <= c.end);
  if (!found) throw new Error(`no claim contains «${inside}»`);
  return found;
}

describe('every attribution explains itself', () => {
  it('each claim of the seed article has a known cue, source and camp rule with a sentence', () => {
    const text = readFileSync(resolve(__dirname, '../../../fixtures/seed-article-ar.txt'), 'utf8');
    const { claims } = extractor.extract(text, { publishedAt: '2019-10-07', language: 'ar' });
    expect(claims.length).toBeGreaterThan(30);
    for (const { why } of claims) {
      expect(CUE_RULES).toContain(why.cue.rule);
      expect(SOURCE_RULES).toContain(why.source.rule);
      expect(CAMP_RULES).toContain(why.camp.rule);
      for (const reason of [why.cue, why.source, why.camp]) expect(reason.text.length).toBeGreaterThan(5);
    }
  });
  it('a registry alias names the English registry name and camp', () => {
    const { why } = claimWith('وقال قنونو إن قواتنا صدت الهجوم.', 'صدت الهجوم', 'ar');
    expect(why.cue.rule).toBe('cue.verb-first');
    expect(why.source).toEqual({ rule: 'source.registry-alias', text: expect.stringContaining('«قنونو» →') });
    expect(why.source.text).toContain('(GNA)');
    expect(why.camp.rule).toBe('camp.registry');
  });
  it('"he" is a pronoun back to the earlier speaker, whose camp it keeps', () => {
    const text = 'Ahmed al-Mismari said the airport was taken. He said the advance would go on.';
    const { why } = claimWith(text, 'the advance would go on', 'en');
    expect(why.source.rule).toBe('source.coreference.pronoun');
    expect(why.camp.rule).toBe('camp.coreference');
  });
  it('an unaffiliated ministry takes the one government the article names', () => {
    const text = 'The eastern-based government promised aid. The housing minister said the hospital was damaged.';
    const { why } = claimWith(text, 'the hospital was damaged', 'en');
    expect(why.camp.rule).toBe('camp.government-context');
  });
  it('a nationality adjective places an unregistered ministry', () => {
    const { why } = claimWith('وقالت وزارة الخارجية القطرية إن الحل سياسي.', 'الحل سياسي', 'ar');
    expect(why.camp).toEqual({ rule: 'camp.nationality-adjective', text: expect.stringContaining('القطريه') });
  });
  it('an unnamed source with no affiliation has the unknown camp by default', () => {
    const { why } = claimWith('وقال شاهد عيان إن القصف استمر طوال الليل.', 'القصف استمر', 'ar');
    expect(why.camp.rule).toBe('camp.unknown-default');
  });
});
