import type { CampId, FramingCount } from '@claimline/contracts';
import type { FramingLexiconEntry } from './data/framing-lexicon.js';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.js';
import type { Tokens } from './tokens.js';

export type FramingMatch = PhraseMatch<FramingLexiconEntry>;

export class FramingCounter {
  private readonly matcher = new PhraseMatcher<FramingLexiconEntry>(true);

  constructor(lexicon: FramingLexiconEntry[]) {
    for (const entry of lexicon)
      for (const alias of [entry.label, ...(entry.aliases ?? [])]) this.matcher.add(alias, entry);
  }

  find(tokens: Tokens): FramingMatch[] {
    return this.matcher.findAll(tokens);
  }
}

/** Counts labels per camp, tone and voice; `inClaim[token]` marks tokens inside claim spans. */
export function countFraming(matches: FramingMatch[], inClaim: Uint8Array): FramingCount[] {
  const counts = new Map<string, FramingCount>();
  for (const match of matches) {
    const entry = match.value;
    const voice = inClaim[match.firstToken] ? 'quote' : 'narration';
    const key = `${entry.camp}|${entry.label}|${voice}|${entry.tone}`;
    const existing = counts.get(key);
    if (existing) existing.count++;
    else counts.set(key, { camp: entry.camp, label: entry.label, voice, tone: entry.tone, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

const OPPONENT: Partial<Record<CampId, CampId>> = { LNA: 'GNA', GNA: 'LNA' };

/**
 * Camp of an unnamed military source from its own words: calling one side "militias" places the
 * speaker on the other side; legitimising labels place it on that side. UNKNOWN when undecided.
 */
export function campFromLabels(matches: FramingMatch[]): CampId {
  let lna = 0;
  let gna = 0;
  for (const { value } of matches) {
    const side =
      value.tone === 'pejorative' ? OPPONENT[value.camp] : value.tone === 'legitimising' ? value.camp : undefined;
    if (side === 'LNA') lna++;
    else if (side === 'GNA') gna++;
  }
  return lna > gna ? 'LNA' : gna > lna ? 'GNA' : 'UNKNOWN';
}
