import type { FramingCount, PackFramingLabel } from '@claimline/contracts';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.js';
import type { Tokens } from './tokens.js';

/** A label for armed forces; `camp` is the camp whose forces the label refers to (pack `framing`). */
export type FramingLexiconEntry = PackFramingLabel;

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
