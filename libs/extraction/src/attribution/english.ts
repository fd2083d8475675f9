import type { Cue } from '../cues.js';
import type { PhraseMatch } from '../phrase-matcher.js';
import type { Sentence } from '../segment.js';
import type { ResolvedSource } from '../sources.js';
import { channelBefore, isChannelStart } from './channels.js';
import { continuingSource } from './shared.js';
import type { AttributionContext, ClaimDraft, SentenceParser } from './types.js';

const TERMINATORS = new Set(['.', '!', '?', ';']);
/** Sentence-initial words that are not part of the subject. */
const LEADERS = new Set([
  'but',
  'and',
  'meanwhile',
  'however',
  'separately',
  'earlier',
  'later',
  'also',
  'yet',
  'while',
  'for',
  'its',
  'part',
  'his',
  'her',
  'in',
  'turn',
  ',',
]);
/** Adverbials between the verb and the content: "said on Sunday that", "said late on Monday". */
const AFTER_VERB_SKIP = new Set([
  'on',
  'late',
  'early',
  'tuesday',
  'monday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'yesterday',
  'today',
  'earlier',
  'later',
  'also',
  'separately',
  'publicly',
  'repeatedly',
  'again',
  'previously',
]);
/** A verb right after these is negated or passive ("has not confirmed", "was announced"), or a noun after a determiner ("the claims"), and reports no claim. */
const NEGATORS = new Set([
  'not',
  'never',
  'was',
  'were',
  'been',
  'being',
  'is',
  'are',
  'be',
  'the',
  'these',
  'those',
  'such',
]);
/** Words between a sentence-final verb and the end: "said on Tuesday", "told Reuters by phone". */
/** Prepositions that open a time or place phrase after a verb ("said after the talks", "announced during …"). */
const CIRCUMSTANCE_PREPOSITIONS = new Set(['after', 'during', 'following', 'at', 'upon', 'before', 'on']);
const CARRIED = new Set(['carried', 'published', 'posted', 'aired', 'broadcast', 'released']);
const TAIL_SKIP = new Set([
  ...AFTER_VERB_SKIP,
  'by',
  'phone',
  'telephone',
  'in',
  'a',
  'an',
  'the',
  'news',
  'conference',
  'briefing',
  'interview',
  'statement',
  'week',
  'this',
  'last',
  'morning',
  'evening',
  'night',
]);
const MAX_QUOTE_SOURCE_TOKENS = 14;
const AUXILIARIES = new Set([
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
  'would',
  'will',
  'could',
  'should',
  'might',
  'may',
  'did',
]);
const MAX_TAIL_SOURCE_TOKENS = 16;

function isQuote(word: string): boolean {
  return word === '"' || word === '«' || word === '»';
}

/** '"…," the spokesman said' or '"…," said X': the quote closes just before the verb (and its subject). */
function quoteBefore(context: AttributionContext, sentence: Sentence, verb: number): [number, number] | null {
  const { tokens } = context;
  for (let i = verb - 1; i >= Math.max(sentence.firstToken, verb - MAX_QUOTE_SOURCE_TOKENS - 1); i--) {
    if (!isQuote(tokens.text[i])) continue;
    const beforeClose = tokens.text[i - 1];
    if (beforeClose !== ',' && beforeClose !== '?' && beforeClose !== '!' && beforeClose !== '.') return null;
    for (let open = i - 1; open >= sentence.firstToken; open--) if (isQuote(tokens.text[open])) return [open, i + 1];
    return [sentence.firstToken, i + 1];
  }
  return null;
}

function lastIndexOf(context: AttributionContext, word: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (context.tokens.text[i] === word) return i;
  return -1;
}

function subjectStart(context: AttributionContext, from: number, verb: number): number {
  const { tokens } = context;
  let start = from;
  while (start < verb && (LEADERS.has(tokens.text[start]) || !tokens.isWord[start])) start++;
  // Only a leading channel ("In a statement, X said") precedes the subject; "… jets flown via Syria, said" does not.
  const channel = channelBefore(tokens, from, verb);
  if (!channel || channel[1] >= verb || channel[0] > start) return fronted(context, start, verb);
  start = channel[1];
  while (start < verb && (LEADERS.has(tokens.text[start]) || !tokens.isWord[start])) start++;
  return start;
}

const FRONTING_PREPOSITIONS = new Set(['on', 'regarding', 'concerning', 'asked', 'at', 'after', 'during']);

/** "In Benghazi, the general command said", "In a 40-page report …, the group said": a fronted in-phrase is no subject. */
function fronted(context: AttributionContext, start: number, verb: number): number {
  const { tokens } = context;
  // "On Russia, the panel said": a fronted topic phrase.
  if (FRONTING_PREPOSITIONS.has(tokens.text[start]) && (start === 0 || /^[.!?"—-]$/.test(tokens.text[start - 1])))
    start++;
  // Only a sentence-initial "In": "… congratulated the GNA in a phone call …, his ministry said" keeps its clause.
  else if (tokens.text[start - 1] !== 'in' || (start > 1 && !/^[.!?"—-]$/.test(tokens.text[start - 2]))) return start;
  for (let j = start; j < Math.min(verb - 1, start + 12); j++) {
    if (tokens.text[j] !== ',') continue;
    let next = j + 1;
    while (next < verb && (LEADERS.has(tokens.text[next]) || !tokens.isWord[next])) next++;
    return next < verb ? next : start;
  }
  return start;
}

function resolveSubject(context: AttributionContext, from: number, to: number): ResolvedSource | null {
  if (to <= from) return null;
  return context.resolver.resolve(context.tokens, from, to, context.history, 'en');
}

/** Content after the verb: from "that", a colon or a quote if only adverbials or a channel come first, else right after them. */
function contentAfter(
  context: AttributionContext,
  from: number,
  end: number,
  cue: Cue,
): { start: number; channel: [number, number] | null } {
  const { tokens } = context;
  let channel: [number, number] | null = null;
  let start = from;
  if (cue.lemma === 'told' || cue.lemma === 'tells') {
    // told Reuters / told reporters in Geneva: the addressee is the channel
    let j = from;
    while (
      j < Math.min(end, from + 6) &&
      tokens.text[j] !== ',' &&
      tokens.text[j] !== 'that' &&
      tokens.text[j] !== ':' &&
      !isQuote(tokens.text[j])
    )
      j++;
    if (j >= Math.min(end, from + 6) || tokens.text[j] === ',') j = Math.min(end, from + 1);
    channel = [from, j];
    start = j;
  }
  while (start < end && start < from + 14) {
    const word = tokens.text[start];
    if (word === 'that' || word === ':' || isQuote(word)) return { start: word === ':' ? start + 1 : start, channel };
    if (AFTER_VERB_SKIP.has(word) || word === ',') start++;
    else if (!channel && isChannelStart(tokens, start)) {
      let j = start + 1;
      while (j < end && tokens.text[j] !== 'that' && tokens.text[j] !== ',' && !isQuote(tokens.text[j])) j++;
      channel = [start, j];
      start = j;
    } else break;
  }
  return { start, channel };
}

/** True when only adverbials, a channel or the addressee of "told" follow the verb before the sentence ends or a comma. */
function endsClause(context: AttributionContext, sentence: Sentence, cue: PhraseMatch<Cue>): boolean {
  const { tokens } = context;
  let j = cue.endToken;
  if (cue.value.lemma === 'told' || cue.value.lemma === 'tells') j++;
  if (CIRCUMSTANCE_PREPOSITIONS.has(tokens.text[j])) {
    // "…, Merkel said after four hours of talks at the chancellery.": a trailing time or place phrase, no content.
    for (let k = j + 1; k < Math.min(sentence.endToken, j + 14); k++) {
      const word = tokens.text[k];
      if (TERMINATORS.has(word) || word === ',') return true;
      if (word === 'that' || context.cueStarts[k]) return false;
    }
    return j + 14 >= sentence.endToken;
  }
  for (const limit = j + 6; j < sentence.endToken && j < limit; j++) {
    const word = tokens.text[j];
    if (TERMINATORS.has(word) || word === ',') return true;
    // "…, Erdogan said in a statement carried by Anadolu.": the outlet that carried it closes the clause.
    if (CARRIED.has(word) && tokens.text[j + 1] === 'by') return true;
    if (
      !TAIL_SKIP.has(word) &&
      !(tokens.isWord[j] && /^[a-z]/.test(word) && tokens.text[j - 1] === 'in' && j === cue.endToken + 2)
    )
      return false;
  }
  return j >= sentence.endToken;
}

function previousComma(context: AttributionContext, before: number, after: number, within: number): number {
  for (let i = before - 1; i > Math.max(after, before - within - 1); i--) if (context.tokens.text[i] === ',') return i;
  return -1;
}

/**
 * "…, officials said." / "…, GNA spokesman X claimed on Tuesday, although…" / "…, the spokesman for Y, X, said.":
 * the verb ends its clause and the source sits after the last comma (or is a title and name in apposition).
 */
function tailAttribution(
  context: AttributionContext,
  sentence: Sentence,
  index: number,
  cue: PhraseMatch<Cue>,
  clauseFrom: number,
): ClaimDraft | null {
  const { tokens } = context;
  if (!endsClause(context, sentence, cue)) return null;
  const comma = previousComma(context, cue.firstToken, clauseFrom, MAX_TAIL_SOURCE_TOKENS);
  if (comma <= clauseFrom) return null;
  if (comma === cue.firstToken - 1) {
    const nameStart = previousComma(context, comma, clauseFrom, 6);
    const titleStart =
      nameStart > clauseFrom ? previousComma(context, nameStart, clauseFrom, MAX_QUOTE_SOURCE_TOKENS) : -1;
    if (titleStart <= clauseFrom) return null;
    const source = withAppositive(context, resolveSubject(context, nameStart + 1, comma), titleStart + 1, nameStart);
    if (!source) return null;
    return {
      cue,
      source,
      sentence: index,
      contentStart: clauseFrom,
      contentEnd: titleStart,
      clauseStart: clauseFrom,
      channel: null,
    };
  }
  const source = resolveSubject(context, comma + 1, cue.firstToken);
  if (
    !source ||
    (source.key === null &&
      source.kind !== 'anonymous' &&
      source.camp === context.resolver.camps.unknown &&
      cue.firstToken - comma > 5)
  )
    return null;
  // "Turkey, they said, had shipped …": a parenthetical attribution; the claim runs on after it.
  if (
    cue.firstToken - comma <= 3 &&
    tokens.text[cue.endToken] === ',' &&
    AUXILIARIES.has(tokens.text[cue.endToken + 1])
  ) {
    return {
      cue,
      source,
      sentence: index,
      contentStart: clauseFrom,
      contentEnd: null,
      clauseStart: clauseFrom,
      channel: null,
    };
  }
  return {
    cue,
    source,
    sentence: index,
    contentStart: clauseFrom,
    contentEnd: comma,
    clauseStart: clauseFrom,
    channel: null,
  };
}

/** A name and its title in apposition: the registry entry of either, or the name with the title's camp. */
function withAppositive(
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

function parseVerb(
  context: AttributionContext,
  sentence: Sentence,
  index: number,
  cue: PhraseMatch<Cue>,
  clauseFrom: number,
  drafts: ClaimDraft[],
): ClaimDraft | null {
  const { tokens } = context;
  let quoted = quoteBefore(context, sentence, cue.firstToken);
  // '"…," and claimed that …': a conjunction after the quotation joins a new verb to the previous speaker.
  if (
    quoted &&
    quoted[1] < cue.firstToken &&
    tokens.text.slice(quoted[1], cue.firstToken).every((w) => LEADERS.has(w)) &&
    drafts.length > 0
  )
    quoted = null;
  // '"…," said the man, who asked not to be named for fear of …': a "that"-only verb takes no quotation.
  if (quoted && cue.value.needsComplementizer) return null;
  if (quoted) {
    let source = resolveSubject(context, quoted[1], cue.firstToken);
    if (!source) {
      // '"…," said X, a spokesman for Y.'
      let comma = cue.endToken;
      while (comma < sentence.endToken && !TERMINATORS.has(tokens.text[comma]) && tokens.text[comma] !== ',') comma++;
      let end = comma;
      while (end < sentence.endToken && !TERMINATORS.has(tokens.text[end])) end++;
      source =
        comma < end
          ? withAppositive(context, resolveSubject(context, cue.endToken, comma), comma + 1, end)
          : resolveSubject(context, cue.endToken, end);
    }
    if (!source) return null;
    return {
      cue,
      source,
      sentence: index,
      contentStart: quoted[0],
      contentEnd: quoted[1],
      clauseStart: quoted[0],
      channel: channelBefore(tokens, quoted[1], cue.firstToken),
    };
  }
  const tail = tailAttribution(context, sentence, index, cue, clauseFrom);
  if (tail) return tail;
  let start = subjectStart(context, clauseFrom, cue.firstToken);
  let source = resolveSubject(context, start, cue.firstToken);
  const firstComma = tokens.text.indexOf(',', start);
  const firstCommaAt = firstComma >= 0 ? tokens.start[firstComma] : -1;
  // "X, a commander allied with the GNA, said": a registry name inside the apposition is the title, not the speaker.
  if (
    (!source || source.key === null || source.start > firstCommaAt) &&
    tokens.text[cue.firstToken - 1] === ',' &&
    firstComma > start &&
    firstComma < cue.firstToken - 1
  ) {
    // "Stephane Dujarric, a spokesman for the UN chief, said …": a name and its title in apposition.
    source =
      withAppositive(context, resolveSubject(context, start, firstComma), firstComma + 1, cue.firstToken - 1) ?? source;
  }
  const lastComma = lastIndexOf(context, ',', start, cue.firstToken);
  if (lastComma >= 0 && lastComma < cue.firstToken - 1) {
    // "…, while Italian officials accused …": the subject is the clause after the last comma.
    const clauseSubject = subjectStart(context, lastComma + 1, cue.firstToken);
    const nearer = resolveSubject(context, clauseSubject, cue.firstToken);
    if (nearer && (nearer.key !== null || nearer.kind === 'anonymous' || nearer.backReference)) {
      source = nearer;
      start = clauseSubject;
    }
  }
  const previous = drafts[drafts.length - 1];
  const conjoined =
    context.tokens.text[cue.firstToken - 1] === 'and' || context.tokens.text[cue.firstToken - 1] === 'but';
  if (previous && (conjoined || (source && source.key === null && source.kind !== 'anonymous'))) {
    // "… called for a ceasefire and warned against …", "… said X but warned Y": the subject is the previous speaker.
    source = previous.source;
    if (conjoined) start = cue.firstToken - 1;
  }
  // A subject too long to be a name ("Foreign ministers from … met in … and called on"): its first words.
  for (let k = Math.min(7, cue.firstToken - start - 1); !source && k >= 2; k--)
    source = resolveSubject(context, start, start + k);
  if (source) source = withTopicCountry(context, source, sentence, index);
  if (!source) return null;
  const content = contentAfter(context, cue.endToken, sentence.endToken, cue.value);
  // "he replied: "No."": a reply may open with a colon or a quotation instead of "that".
  const opensQuote =
    REPLIES.has(cue.value.lemma) && (tokens.text[content.start - 1] === ':' || isQuote(tokens.text[content.start]));
  if (cue.value.needsComplementizer && tokens.text[content.start] !== 'that' && !opensQuote) return null;
  if (content.start >= sentence.endToken - 1) return null;
  return {
    cue,
    source,
    sentence: index,
    contentStart: content.start,
    contentEnd: null,
    clauseStart: start,
    channel: content.channel ?? channelBefore(tokens, clauseFrom, cue.firstToken),
  };
}

function parsePrepositional(
  context: AttributionContext,
  sentence: Sentence,
  index: number,
  cue: PhraseMatch<Cue>,
): ClaimDraft | null {
  const { tokens, resolver, history } = context;
  let end = cue.endToken;
  while (end < sentence.endToken && tokens.text[end] !== ',' && !TERMINATORS.has(tokens.text[end])) end++;
  const source = resolver.resolve(tokens, cue.endToken, end, history, 'en');
  if (!source) return null;
  let leading = true;
  for (let k = sentence.firstToken; k < cue.firstToken; k++)
    if (tokens.isWord[k] && !LEADERS.has(tokens.text[k])) leading = false;
  if (leading)
    return {
      cue,
      source,
      channel: null,
      sentence: index,
      contentStart: end + 1,
      contentEnd: null,
      clauseStart: cue.firstToken,
    };
  return {
    cue,
    source,
    channel: null,
    sentence: index,
    contentStart: sentence.firstToken,
    contentEnd: cue.firstToken,
    clauseStart: cue.firstToken,
  };
}

/** "Reuters quoted a military source as saying that …": channel before, speaker between. */
function parseRelay(
  context: AttributionContext,
  sentence: Sentence,
  index: number,
  cue: PhraseMatch<Cue>,
): ClaimDraft | null {
  const { tokens, resolver, history } = context;
  let saying = -1;
  for (let i = cue.endToken; i < Math.min(sentence.endToken, cue.endToken + 12); i++) {
    if (tokens.text[i] === 'as' && tokens.text[i + 1] === 'saying') {
      saying = i;
      break;
    }
  }
  if (saying < 0) return null;
  const source = resolver.resolve(tokens, cue.endToken, saying, history, 'en');
  if (!source) return null;
  const channelStart = subjectStart(context, sentence.firstToken, cue.firstToken);
  let contentStart = saying + 2;
  while (
    contentStart < sentence.endToken &&
    (tokens.text[contentStart] === 'that' || tokens.text[contentStart] === ',')
  )
    contentStart++;
  return {
    cue,
    source,
    channel: [channelStart, cue.firstToken],
    sentence: index,
    contentStart,
    contentEnd: null,
    clauseStart: channelStart,
  };
}

const REPLIES = new Set(['replied', 'answered', 'responded']);

/** A participle after these is an adjective ("the first confirmed case", "an estimated 200,000"). */
const ADJECTIVAL_BEFORE = new Set(['a', 'an', 'first', 'its', 'their', 'our', 'newly', 'officially', 'widely', 'of']);
/** A cue word after these is a noun ("international calls for", "fresh claims"). */
const NOUN_MODIFIERS = new Set([
  'international',
  'repeated',
  'renewed',
  'growing',
  'mounting',
  'fresh',
  'new',
  'many',
  'several',
  'numerous',
  'multiple',
  'public',
  'earlier',
  'previous',
  'similar',
]);
const PLURAL_NOUN_CUES = new Set(['calls', 'claims']);
/** "declined to say", "refused to comment": an infinitive after these reports nothing. */
const REFUSALS = new Set(['declined', 'refused', 'declining', 'refusing', 'unable', 'reluctant']);

function quoteWithin(context: AttributionContext, from: number, span: number): boolean {
  const { text } = context.tokens;
  for (let i = from; i < Math.min(context.tokens.count, from + span) && !TERMINATORS.has(text[i]); i++)
    if (isQuote(text[i])) return true;
  return false;
}

function negated(context: AttributionContext, verb: number): boolean {
  const { text } = context.tokens;
  const before = text[verb - 1];
  if (NEGATORS.has(before)) return true;
  if (before === 'to' && REFUSALS.has(text[verb - 2])) return true;
  // "Shells slammed into the hospital": motion, not criticism.
  if (text[verb + 1] === 'into') return true;
  // "a group called X", "what he called …": "called" reports only an epithet in quotation marks ("called the attack "barbaric"").
  if ((text[verb] === 'called' || text[verb] === 'calls') && text[verb + 1] !== 'for' && text[verb + 1] !== 'on') {
    if (text[verb - 1] === 'what' || text[verb - 2] === 'what' || !quoteWithin(context, verb + 1, 8)) return true;
  }
  // "doctors have long warned": a habitual background statement, not a reported claim.
  if (before === 'long' && /^(have|has|had)$/.test(text[verb - 2] ?? '')) return true;
  // "repeated international calls for a ceasefire": a plural noun after an adjective.
  if (NOUN_MODIFIERS.has(before) && PLURAL_NOUN_CUES.has(text[verb])) return true;
  // "reports carried by", "the figures estimated by": a passive participle.
  if (text[verb + 1] === 'by' && /ed$/.test(text[verb])) return true;
  if (
    ADJECTIVAL_BEFORE.has(before) &&
    /ed$/.test(text[verb]) &&
    !(before === 'officially' && verb >= 2 && /^[a-z]/.test(text[verb - 2] ?? ''))
  )
    return true;
  // "didn't say": the apostrophe splits the contraction
  return before === 't' && context.tokens.text[verb - 2] === "'";
}

const GOVERNMENT_TITLES = /\b(minister|ministry|president|prime|spokesman|spokeswoman|government)\b/;

/**
 * "Greece … has taken a harder line. Foreign Minister Nikos Dendias said …": an unaffiliated government title
 * takes the foreign state that heads this or the previous sentence.
 */
function withTopicCountry(
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
function sentenceSubject(context: AttributionContext, sentence: Sentence, before: number): ResolvedSource | null {
  const start = subjectStart(context, sentence.firstToken, before);
  let end = start;
  while (end < before && context.tokens.text[end] !== ',') end++;
  const source = end > start && end < before ? resolveSubject(context, start, end) : null;
  return source && (source.key !== null || source.camp !== context.resolver.camps.unknown) ? source : null;
}

/** Verbs of plain report: a later verb inside their open content is reported speech, not a new claim. */
const REPORTING = new Set(['said', 'says', 'say', 'told', 'tells', 'stated', 'added', 'adds', 'claimed', 'claims']);
const CONTINUATION_OPENERS = new Set([',', 'and', 'while', 'but', '-', '"', '—']);
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'as', 'although', 'though', 'before', 'after']);

/** "A statement from X said its chairman, Y, condemned …": the second verb is part of what X said. */
function embeddedReport(context: AttributionContext, cue: PhraseMatch<Cue>, previous: ClaimDraft | undefined): boolean {
  if (
    !previous ||
    previous.contentEnd !== null ||
    !REPORTING.has(previous.cue.value.lemma) ||
    cue.firstToken <= previous.contentStart
  )
    return false;
  const { tokens } = context;
  if (CLAUSE_OPENERS.has(tokens.text[cue.firstToken - 1])) return false;
  for (let i = previous.contentStart; i < cue.firstToken; i++) {
    const word = tokens.text[i];
    if (isQuote(word) || word === ';' || word === ':' || (word === ',' && CLAUSE_OPENERS.has(tokens.text[i + 1])))
      return false;
  }
  return true;
}

/** "TRIPOLI, Libya (AP) — …", "ALGIERS — …": a dateline before a spaced dash opening the article is never a source. */
function datelineEnd(context: AttributionContext, sentence: Sentence): number {
  const { tokens } = context;
  for (let i = sentence.firstToken + 1; i < Math.min(sentence.endToken, sentence.firstToken + 10); i++) {
    if (context.cueStarts[i] || TERMINATORS.has(tokens.text[i])) break;
    if (tokens.text[i] === '-' && tokens.start[i] > tokens.end[i - 1]) return i + 1;
  }
  return sentence.firstToken;
}

export const parseEnglishSentence: SentenceParser = (context, sentence, index, cues) => {
  const drafts: ClaimDraft[] = [];
  let consumedUntil = sentence.firstToken;
  let clauseFrom = index === 0 ? datelineEnd(context, sentence) : sentence.firstToken;
  for (const cue of cues) {
    if (cue.firstToken < consumedUntil || context.segmentation.quoted[cue.firstToken]) continue;
    if (cue.value.kind === 'verb' && cue.firstToken > 0 && negated(context, cue.firstToken)) continue;
    if (cue.value.kind === 'verb' && embeddedReport(context, cue, drafts[drafts.length - 1])) continue;
    let draft: ClaimDraft | null = null;
    switch (cue.value.kind) {
      case 'verb':
        draft = parseVerb(context, sentence, index, cue, clauseFrom, drafts);
        break;
      case 'prep':
        draft = parsePrepositional(context, sentence, index, cue);
        break;
      case 'relay':
        draft = parseRelay(context, sentence, index, cue);
        break;
      case 'continuation': {
        // "a statement condemning the attack": without a comma (or "and") the participle modifies a noun.
        if (!CONTINUATION_OPENERS.has(context.tokens.text[cue.firstToken - 1] ?? '')) break;
        const source =
          (drafts.length === 0 ? sentenceSubject(context, sentence, cue.firstToken) : null) ??
          continuingSource(context, drafts, sentence, cue.firstToken, 'en');
        let start = cue.endToken;
        if (context.tokens.text[start] === 'that') start++;
        if (source)
          draft = {
            cue,
            source,
            channel: null,
            sentence: index,
            contentStart: start,
            contentEnd: null,
            clauseStart: cue.firstToken,
          };
        break;
      }
    }
    if (!draft) continue;
    const previous = drafts[drafts.length - 1];
    if (
      cue.value.kind === 'prep' &&
      previous &&
      ((draft.source.key === null && draft.source.kind !== 'anonymous') ||
        (draft.contentEnd !== null && draft.source.key !== null && draft.source.key === previous.source.key))
    ) {
      // "…, according to a statement carried by the state agency": the medium of the claim just made.
      previous.channel ??= [cue.endToken, Math.min(context.tokens.count, cue.endToken + 8)];
      continue;
    }
    drafts.push(draft);
    context.history.push(draft.source);
    consumedUntil = draft.contentEnd === null ? draft.contentStart : Math.max(cue.endToken, draft.contentEnd);
    clauseFrom = draft.contentEnd === null ? draft.contentStart : cue.endToken;
  }
  return drafts;
};
