/** The English word lists and limits that steer attribution: the rules in the other english-*.ts modules read them. */

export const TERMINATORS = new Set(['.', '!', '?', ';']);
/** Sentence-initial words that are not part of the subject. */
export const LEADERS = new Set([
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
export const AFTER_VERB_SKIP = new Set([
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
export const NEGATORS = new Set([
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
/** Prepositions that open a time or place phrase after a verb ("said after the talks", "announced during …"). */
export const CIRCUMSTANCE_PREPOSITIONS = new Set(['after', 'during', 'following', 'at', 'upon', 'before', 'on']);
export const CARRIED = new Set(['carried', 'published', 'posted', 'aired', 'broadcast', 'released']);
/** Words between a sentence-final verb and the end: "said on Tuesday", "told Reuters by phone". */
export const TAIL_SKIP = new Set([
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
export const MAX_QUOTE_SOURCE_TOKENS = 14;
export const AUXILIARIES = new Set([
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
export const MAX_TAIL_SOURCE_TOKENS = 16;
/** Fronted topic phrases ("On Russia, the panel said") that precede the subject. */
export const FRONTING_PREPOSITIONS = new Set([
  'on',
  'regarding',
  'concerning',
  'asked',
  'at',
  'after',
  'during',
  // "With more than 560 wounded since …, the WHO said", "Despite the truce, the army said".
  'with',
  'despite',
  'amid',
  'following',
]);
/** Verbs of reply that may open their content with a colon or a quotation instead of "that". */
export const REPLIES = new Set(['replied', 'answered', 'responded', 'continued', 'declared']);

/** A participle after these is an adjective ("the first confirmed case", "an estimated 200,000"). */
export const ADJECTIVAL_BEFORE = new Set([
  'a',
  'an',
  'first',
  'its',
  'their',
  'our',
  'newly',
  'officially',
  'widely',
  'of',
]);
/** A cue word after these is a noun ("international calls for", "fresh claims"). */
export const NOUN_MODIFIERS = new Set([
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
  // "despite calls for a truce", "amid claims that …": a preposition before the plural makes it a noun.
  'despite',
  'amid',
  'amidst',
  'following',
  'ignoring',
  'the',
  'these',
  'such',
]);
export const PLURAL_NOUN_CUES = new Set(['calls', 'claims']);
/** "declined to say", "refused to comment": an infinitive after these reports nothing. */
export const REFUSALS = new Set(['declined', 'refused', 'declining', 'refusing', 'unable', 'reluctant']);

/** Titles that take the camp of a foreign state named at the head of the sentence. */
export const GOVERNMENT_TITLES = /\b(minister|ministry|president|prime|spokesman|spokeswoman|government)\b/;

/** Verbs of plain report: a later verb inside their open content is reported speech, not a new claim. */
export const REPORTING = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'stated',
  'added',
  'adds',
  'claimed',
  'claims',
]);
/** Words a participle continuing the speaker follows: ", adding", "and warning", "she said before adding: …". */
export const CONTINUATION_OPENERS = new Set([',', 'and', 'while', 'but', 'before', '-', '"', '—']);
export const CLAUSE_OPENERS = new Set([
  'and',
  'but',
  'while',
  'whereas',
  'as',
  'although',
  'though',
  'before',
  'after',
]);

/** A straight quotation mark or a guillemet, opening or closing. */
export function isQuote(word: string): boolean {
  return word === '"' || word === '«' || word === '»';
}

/** A passive or past auxiliary before an English verb makes what precedes it a clause ("The bill was opposed by …"), not a speaker. */
export const CLAUSE_AUXILIARIES = new Set(['was', 'were', 'been']);
