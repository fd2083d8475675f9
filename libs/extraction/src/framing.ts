import type { CampId, FramingCount, PackFramingLabel } from '@claimline/contracts';
import type { CampRoles } from './packs/conflict-knowledge.js';
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

/**
 * Camp of an unnamed military source from its own words: calling one side "militias" places the
 * speaker with that side's opponent (pack roles); legitimising labels place it on the labelled side.
 * Only belligerents count; the unknown camp when no side leads.
 */
export function campFromLabels(matches: FramingMatch[], camps: CampRoles): CampId {
  const votes = new Map<CampId, number>();
  for (const { value } of matches) {
    const side =
      value.tone === 'pejorative'
        ? camps.opponents.get(value.camp)
        : value.tone === 'legitimising' && camps.belligerents.has(value.camp)
          ? value.camp
          : undefined;
    if (side !== undefined) votes.set(side, (votes.get(side) ?? 0) + 1);
  }
  let leader: CampId = camps.unknown;
  let best = 0;
  let tied = false;
  for (const [camp, count] of votes) {
    if (count > best) [leader, best, tied] = [camp, count, false];
    else if (count === best) tied = true;
  }
  return tied ? camps.unknown : leader;
}
