import type { Sentence } from '../segment.js';
import type { ResolvedSource } from '../sources.js';
import { channelBefore } from './channels.js';
import { FRONTING_PREPOSITIONS, GOVERNMENT_TITLES, LEADERS } from './english-words.js';
import type { AttributionContext } from './types.js';

/** The English subject before a verb: where it starts, what it resolves to, and its apposition or topic country. */

export function lastIndexOf(context: AttributionContext, word: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (context.tokens.text[i] === word) return i;
  return -1;
}

export function subjectStart(context: AttributionContext, from: number, verb: number): number {
  const { tokens } = context;
  let start = from;
  while (start < verb && (LEADERS.has(tokens.text[start]) || !tokens.isWord[start])) start++;
  // Only a leading channel ("In a statement, X said") precedes the subject; "… jets flown via Syria, said" does not.
  const channel = channelBefore(tokens, from, verb);
  if (!channel || channel[1] >= verb || channel[0] > start) return fronted(context, start, verb, from);
  start = channel[1];
  while (start < verb && (LEADERS.has(tokens.text[start]) || !tokens.isWord[start])) start++;
  return start;
}

/** "In Benghazi, the general command said", "In a 40-page report …, the group said": a fronted in-phrase is no subject. */
function fronted(context: AttributionContext, start: number, verb: number, clauseFrom: number): number {
  const { tokens } = context;
  // "On Russia, the panel said": a fronted topic phrase, at the clause's start (a headline line before it has no stop).
  const opening = start === 0 || start === clauseFrom || /^[.!?"—-]$/.test(tokens.text[start - 1]);
  // "Last month he said", "Earlier this week, the ministry said": a fronted time phrase is no subject.
  const time = timePhraseEnd(tokens.text, start);
  if (time > start && opening) {
    start = time;
    while (start < verb && !tokens.isWord[start]) start++;
    return start;
  }
  // "Responding to a question …, Akar said", "Concluding his statements, the speaker said": a fronted participle phrase.
  const participle = /^[a-z]{4,}ing$/.test(tokens.text[start]) && opening;
  if ((FRONTING_PREPOSITIONS.has(tokens.text[start]) || participle) && opening) start++;
  // Only a sentence-initial "In": "… congratulated the GNA in a phone call …, his ministry said" keeps its clause.
  else if (tokens.text[start - 1] !== 'in' || (start > 1 && !/^[.!?"—-]$/.test(tokens.text[start - 2]))) return start;
  for (let j = start; j < Math.min(verb - 1, start + 24); j++) {
    if (tokens.text[j] !== ',') continue;
    let next = j + 1;
    while (next < verb && (LEADERS.has(tokens.text[next]) || !tokens.isWord[next])) next++;
    return next < verb ? next : start;
  }
  return start;
}

export function resolveSubject(context: AttributionContext, from: number, to: number): ResolvedSource | null {
  if (to <= from) return null;
  return context.resolver.resolve(context.tokens, from, to, context.history, 'en');
}

/** A name and its title in apposition: the registry entry of either, or the name with the title's camp. */
export function withAppositive(
  context: AttributionContext,
  name: ResolvedSource | null,
  from: number,
  to: number,
): ResolvedSource | null {
  if (name && (name.key !== null || name.kind === 'anonymous')) return name;
  const title = resolveSubject(context, from, to);
  const { unknown } = context.resolver.camps;
  if (!name) return title && (title.key !== null || title.camp !== unknown) ? title : null;
  return title && name.camp === unknown ? { ...name, camp: title.camp } : name;
}

/**
 * "Greece … has taken a harder line. Foreign Minister Nikos Dendias said …": an unaffiliated government title
 * takes the foreign state that heads this or the previous sentence.
 */
export function withTopicCountry(
  context: AttributionContext,
  source: ResolvedSource,
  sentence: Sentence,
  index: number,
): ResolvedSource {
  const { tokens, resolver, segmentation } = context;
  if (
    source.camp !== resolver.camps.unknown ||
    source.key !== null ||
    !GOVERNMENT_TITLES.test(source.normalizedMention)
  )
    return source;
  for (const s of [sentence, segmentation.sentences[index - 1]]) {
    // "Greece …" or a fronted "In Algiers, …".
    const head = s && tokens.text[s.firstToken] === 'in' ? s.firstToken + 1 : (s?.firstToken ?? 0);
    // "CAIRO (AP) —", "TUNIS, Tunisia —": a dateline names where the reporter is, not who speaks.
    if (s && s.firstToken === 0 && head === 0 && /^[,(—-]$/.test(tokens.text[1] ?? '')) continue;
    if (s && resolver.countryAt(tokens, head, s.endToken, true))
      return { ...source, camp: resolver.camps.international };
  }
  return source;
}

/** The subject before the first comma of a sentence with no claim yet ("Malta's prime minister X, whose …, struck …, saying"). */
export function sentenceSubject(
  context: AttributionContext,
  sentence: Sentence,
  before: number,
): ResolvedSource | null {
  const start = subjectStart(context, sentence.firstToken, before);
  let end = start;
  while (end < before && context.tokens.text[end] !== ',') end++;
  const source = end > start && end < before ? resolveSubject(context, start, end) : null;
  return source && (source.key !== null || source.camp !== context.resolver.camps.unknown) ? source : null;
}

const TIME_OPENERS = new Set(['last', 'earlier', 'later', 'next', 'this']);
const TIME_UNITS = new Set([
  'week',
  'month',
  'year',
  'night',
  'weekend',
  'morning',
  'evening',
  'spring',
  'summer',
  'autumn',
  'winter',
]);

/** Where "last month", "earlier this week" at `at` ends, else `at`. */
function timePhraseEnd(text: readonly string[], at: number): number {
  let i = at;
  if (text[i] === 'earlier' || text[i] === 'later') i++;
  if (TIME_OPENERS.has(text[i]) && TIME_UNITS.has(text[i + 1])) return i + 2;
  return at;
}
