import type { AttributionReason, AttributionWhy, ExtractedSource } from '@claimline/contracts';
import type { ClaimDraft } from './attribution/types.js';
import type { ResolvedSource } from './resolved-source.js';
import type { SourceResolver } from './sources.js';

/**
 * Every claim says why it was attributed as it was: the cue rule, the source rule and the camp rule, each a stable
 * id naming the behaviour (analysts' quality figures are counted per rule id) and a sentence with the evidence.
 */
export const CUE_RULES = [
  'cue.verb-first',
  'cue.source-first',
  'cue.prepositional',
  'cue.relay',
  'cue.continuation',
  'cue.quotation-continued',
] as const;
export const SOURCE_RULES = [
  'source.registry-alias',
  'source.coreference.pronoun',
  'source.coreference.description',
  'source.affiliation-phrase',
  'source.unnamed',
  'source.unregistered-name',
] as const;
export const CAMP_RULES = [
  'camp.registry',
  'camp.coreference',
  'camp.nationality-adjective',
  'camp.affiliation-phrase',
  'camp.government-context',
  'camp.foreign-dateline',
  // No longer produced (pack 1.2.0: an unnamed source is unknown, whatever its words call the sides); kept so claims
  // stored before then still show their rule.
  'camp.framing-inference',
  'camp.unknown-default',
] as const;

/** Pronouns among the back-reference heads: "he", «هو»; every other back-reference is a description. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'هو', 'هي', 'هم']);

/** The engine's rule that placed `claim`, with the source's registry name in English when it has one. */
export function explainClaim(
  draft: ClaimDraft,
  resolved: ResolvedSource,
  source: ExtractedSource,
  cueText: string,
  channel: string | null,
  resolver: SourceResolver,
  englishName: (key: string) => string | undefined,
): AttributionWhy {
  const named = { ...source, name: (source.key && englishName(source.key)) || source.name };
  return {
    cue: explainCue(draft, resolved, cueText, channel),
    source: explainSource(resolved, named, resolver),
    camp: explainCamp(resolved, named, resolver),
  };
}

function explainCue(
  draft: ClaimDraft,
  resolved: ResolvedSource,
  cue: string,
  channel: string | null,
): AttributionReason {
  if (draft.cueRule === 'cue.quotation-continued')
    return { rule: draft.cueRule, text: 'a quotation on its own continues the previous quoted speaker' };
  switch (draft.cue.value.kind) {
    case 'prep':
      return { rule: 'cue.prepositional', text: `"according to" phrase «${cue}»` };
    case 'relay':
      return { rule: 'cue.relay', text: `relayed «${cue}»${channel ? ` by ${channel}` : ''}` };
    case 'continuation':
      return { rule: 'cue.continuation', text: `«${cue}» continues the previous speaker` };
    default:
      return resolved.start < draft.cue.start
        ? { rule: 'cue.source-first', text: `speech verb «${cue}» after its subject` }
        : { rule: 'cue.verb-first', text: `speech verb «${cue}» before its subject` };
  }
}

function explainSource(resolved: ResolvedSource, source: ExtractedSource, resolver: SourceResolver): AttributionReason {
  const mention = `«${source.mention}»`;
  if (resolved.backReference) {
    const head = source.mention.trim().toLowerCase().split(/\s+/).pop() ?? '';
    const target = `${source.name}${source.key ? '' : ` (${source.camp})`}`;
    return PRONOUNS.has(head)
      ? { rule: 'source.coreference.pronoun', text: `pronoun ${mention} refers back to ${target}` }
      : { rule: 'source.coreference.description', text: `description ${mention} refers back to ${target}` };
  }
  if (source.key !== null)
    return {
      rule: 'source.registry-alias',
      text: `alias ${mention} → ${source.name} (${source.camp})`,
    };
  if (source.kind === 'anonymous') return { rule: 'source.unnamed', text: `unnamed source ${mention}` };
  const hint = resolver.campPhrase(resolved.normalizedMention);
  if (hint && hint.camp === source.camp)
    return {
      rule: 'source.affiliation-phrase',
      text: `unregistered ${mention}, placed by «${hint.phrase}»`,
    };
  return { rule: 'source.unregistered-name', text: `unregistered name ${mention} (proposed as a new source)` };
}

function explainCamp(resolved: ResolvedSource, source: ExtractedSource, resolver: SourceResolver): AttributionReason {
  const camp = source.camp;
  if (resolved.campBasis) return { rule: resolved.campBasis.rule, text: `${camp}: ${resolved.campBasis.evidence}` };
  if (resolved.backReference) return { rule: 'camp.coreference', text: `${camp}, the camp of ${source.name}` };
  if (source.key !== null) return { rule: 'camp.registry', text: `${source.name} is ${camp} in the registry` };
  const hint = resolver.campPhrase(resolved.normalizedMention);
  if (hint && hint.camp === source.camp)
    return hint.nationality
      ? { rule: 'camp.nationality-adjective', text: `${camp}: nationality or state «${hint.phrase}»` }
      : { rule: 'camp.affiliation-phrase', text: `${camp}: affiliation «${hint.phrase}»` };
  if (source.camp === resolver.camps.unknown)
    return {
      rule: 'camp.unknown-default',
      text: `${camp}: no registry name, affiliation or government in the mention`,
    };
  return { rule: 'camp.affiliation-phrase', text: `${camp}: stated in the mention` };
}
