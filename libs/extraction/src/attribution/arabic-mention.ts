import type { Cue } from '../cues.js';
import { AR_AFFILIATION_ADJECTIVES } from '../data/affiliations.js';
import { RANKS_AND_HONORIFICS } from '../data/person-words.js';
import { ISSUED } from '../sources.js';
import { isChannelStart } from './channels.js';
import { COMPLEMENTIZERS, OPEN_QUOTES } from './shared.js';
import { CUE_KIND_CODES, type AttributionContext } from './types.js';
import { COMMAS, OBJECT_OPENERS } from '../data/clause-words.js';

/** The Arabic source mention after a speech verb: where it ends, where the content opens, and any channel or apposed name in between. */
export const MAX_MENTION_TOKENS = 24;
export const COMMA_LOOKAHEAD_TOKENS = 14;
export const TERMINATORS = new Set(['.', '!', '?', '؟', '؛', ';']);
/** Words that start a prepositional or time phrase, not a source. */
export const NOT_A_SOURCE_START = new Set([
  'ذلك',
  'هذا',
  'هذه',
  'تلك',
  'في',
  'خلال',
  'الي',
  'علي',
  'من',
  'عن',
  'امس',
  'اليوم',
  'صباح',
  'مساء',
  'فجر',
  'ليله',
  'عقب',
  'بعد',
  'قبل',
  'منذ',
  'حول',
  'له',
  'لها',
  'ايضا',
  'كذلك',
  'بدوره',
  'بدورها',
  'من جهته',
  'ما',
  'مجددا',
]);
/** ب-words that belong to a source's name or place, not content openers («الناطق باسم»). */
export const NOT_B_INTRO = new Set([
  'باسم',
  'بالانابه',
  'بالوكاله',
  'بموقع',
  'بمحور',
  'بمنطقه',
  'بمدينه',
  'بقاعده',
  'بحكومه',
  'بقوات',
  'بالجيش',
  'بالقياده',
  'بوزاره',
  'بالعاصمه',
  'بطرابلس',
  'بليبيا',
]);
/** «رفضت ذكر اسمها»، «طلب عدم كشف هويته»: a speech verb after these is a withheld-name aside, not a new clause. */
export const WITHHELD = new Set(['رفض', 'رفضت', 'طلب', 'طلبت', 'فضل', 'فضلت', 'عدم']);
/** Ranks and honorifics before a name in apposition (data/person-words.ts). */
export const TITLES = RANKS_AND_HONORIFICS;
/** Nouns whose name follows in quotation marks: عملية "بركان الغضب"، قناة "الحدث"، ما يسمى "الجيش الوطني" (so-called). */
export const NAMING_NOUNS = new Set([
  'يسمي',
  'تسمي',
  'المسمي',
  'المسماه',
  'عمليه',
  'انباء',
  'قناه',
  'صحيفه',
  'موقع',
  'وكاله',
  'غرفه',
  'كتيبه',
  'لواء',
  'مجموعه',
  'حركه',
  'تنظيم',
  'قوه',
  'قوات',
  'منظمه',
  'مؤسسه',
  'موسسه',
]);

export type MentionScan = {
  mentionEnd: number;
  contentStart: number | null;
  channel: [number, number] | null;
  complementizer: boolean;
  appositive: boolean;
  name: [number, number] | null;
};
/** Words that cannot be part of a person's name in apposition (time, place and discourse words). */
export const NOT_IN_NAME = new Set([
  ...NOT_A_SOURCE_START,
  'يوم',
  'الاثنين',
  'الثلاثاء',
  'الاربعاء',
  'الخميس',
  'الجمعه',
  'السبت',
  'الاحد',
  'امس',
  'حسب',
  'وفق',
  'بحسب',
  'مؤكدا',
  'مشيرا',
]);

export function isIntro(context: AttributionContext, i: number, cue: Cue): boolean {
  const word = context.tokens.text[i];
  if (cue.intro.includes(word)) return true;
  if (!cue.intro.includes('ب') || word.length < 3 || word[0] !== 'ب' || NOT_B_INTRO.has(word)) return false;
  const alias = context.resolver.aliases.matchAt(context.tokens, i);
  return !alias || alias.start > context.tokens.start[i];
}

export function opensContent(context: AttributionContext, i: number, cue: Cue): boolean {
  const word = context.tokens.text[i];
  return COMPLEMENTIZERS.has(word) || OPEN_QUOTES.has(word) || word === ':' || isIntro(context, i, cue);
}

/** Scans the source mention after a verb: it ends at a complementizer, quote, colon, the verb's preposition, a channel phrase or a comma. */
export function scanMention(context: AttributionContext, from: number, limit: number, cue: Cue): MentionScan {
  const { tokens } = context;
  const scan: MentionScan = {
    mentionEnd: from,
    contentStart: null,
    channel: null,
    complementizer: false,
    appositive: false,
    name: null,
  };
  let channelStart = -1;
  let channelQuotes = 0;
  const stop = Math.min(limit, from + MAX_MENTION_TOKENS);
  for (let i = from; i < stop; i++) {
    const word = tokens.text[i];
    // «لوكالة الأنباء الألمانية (د.ب.أ)»: an agency's dotted initials hold full stops that end nothing.
    const initialsEnd = word === '(' ? dottedInitialsEnd(tokens, i, stop) : -1;
    if (initialsEnd > 0) {
      i = initialsEnd;
      continue;
    }
    if (TERMINATORS.has(word)) break;
    if (COMMAS.has(word)) {
      const appositive =
        channelStart < 0 && i > from
          ? Math.max(appositiveEnd(context, i + 1, limit), affiliationEnd(context, i + 1, limit))
          : -1;
      const named = channelStart < 0 && i > from && appositive < 0 ? appositiveNameEnd(context, i + 1, limit) : -1;
      const titleEnd = i;
      if (appositive > 0) {
        i = appositive;
        scan.appositive = true;
      } else if (named > 0) {
        // «آمر محور غريان التابع للقيادة العامة، العقيد فرج الزيداني،»: the title is the mention, the name is kept for later surnames.
        scan.name = [titleEnd + 1, named];
        // A name that ends at a channel or colon (not a comma): the lookahead below starts there.
        i = COMMAS.has(tokens.text[named]) ? named : named - 1;
        scan.appositive = true;
      }
      if (channelStart < 0) scan.mentionEnd = scan.name ? titleEnd : i;
      else scan.channel = [channelStart, i];
      const open = parentheticalEnd(context, i + 1, limit) + 1;
      const lookaheadEnd = Math.min(limit, open + COMMA_LOOKAHEAD_TOKENS);
      scan.contentStart = open;
      for (
        let j = open;
        j < lookaheadEnd &&
        !TERMINATORS.has(tokens.text[j]) &&
        (!context.cueStarts[j] || WITHHELD.has(tokens.text[j - 1]));
        j++
      ) {
        if (isChannelStart(tokens, j)) {
          // «وتابع المحجوب، في مداخلة هاتفية مع قناة "…"، أن»: a channel phrase between commas is skipped.
          let close = j + 1;
          while (
            close < lookaheadEnd &&
            !COMMAS.has(tokens.text[close]) &&
            tokens.text[close] !== ':' &&
            !TERMINATORS.has(tokens.text[close])
          )
            close++;
          // «…، اللواء فلان لموقع محلي: "…"»: a channel before a colon, which then opens the content.
          if (tokens.text[close] === ':' && scan.name) {
            scan.channel ??= [j, close];
            scan.contentStart = close;
            break;
          }
          if (COMMAS.has(tokens.text[close])) {
            scan.channel ??= [j, close];
            j = close;
            continue;
          }
        }
        if (opensContent(context, j, cue)) {
          scan.contentStart = j;
          break;
        }
      }
      break;
    }
    if (channelStart >= 0) {
      if (word === ':') {
        // «قال العميد فلان لموقع محلي: "…"»: the colon ends the channel and opens the content.
        scan.channel = [channelStart, i];
        scan.contentStart = i + 1;
        break;
      }
      // «لقناة "ليبيا الأحرار"»: a short quotation names the outlet; a longer one after the channel is what was said
      // («في تصريح لوكالة الأنباء الألمانية "الضربة لم …"»), opened as a colon would open it.
      if (OPEN_QUOTES.has(word) && channelQuotes === 0 && quotedWords(tokens, i, limit) > OUTLET_NAME_WORDS) {
        scan.channel = [channelStart, i];
        scan.contentStart = i;
        break;
      }
      if (OPEN_QUOTES.has(word) && ++channelQuotes <= 2) continue;
      if (!COMPLEMENTIZERS.has(word) && !OPEN_QUOTES.has(word) && !isIntro(context, i, cue)) continue;
      scan.channel = [channelStart, i];
      scan.contentStart = i;
      break;
    }
    if (isChannelStart(tokens, i) && !insideRegistryName(context, from, i)) {
      scan.mentionEnd = i;
      channelStart = i;
      continue;
    }
    const nameEnd = OPEN_QUOTES.has(word) ? quotedNameEnd(context, i, from, limit, cue) : -1;
    if (nameEnd > 0) {
      i = nameEnd;
      continue;
    }
    // «بيان صادر عن الوزارة عن قلقه»: the first عن after "issued" names the issuer, not the content.
    if (opensContent(context, i, cue) && !(word === 'عن' && ISSUED.has(tokens.text[i - 1]))) {
      scan.mentionEnd = i;
      scan.contentStart = word === ':' ? i + 1 : i;
      if (word === ':' && i - 1 > from && toldOutlet(tokens.text[i - 1]) && !insideRegistryName(context, from, i - 1)) {
        // «وقال المصدر لسبوتنيك: …»: the outlet told is the channel, not part of the speaker's name.
        scan.mentionEnd = i - 1;
        scan.channel = [i - 1, i];
      }
      break;
    }
  }
  // «أبلغ المسؤول الأممي أعضاء المجلس أن», «جدد بوريطة تأكيده على أن»: the addressee or object is no part of the speaker.
  for (let i = from + 1; i < scan.mentionEnd; i++)
    if (OBJECT_OPENERS.has(tokens.text[i]) && tokens.text[i - 1] !== 'من') {
      scan.mentionEnd = i;
      // A transitive verb's object is what was said: «جدد أردوغان تأكيده على استمرار دعمه …».
      if (cue.takesObject) scan.contentStart = i;
      break;
    }
  if (scan.contentStart !== null)
    scan.complementizer =
      COMPLEMENTIZERS.has(tokens.text[scan.contentStart]) || OPEN_QUOTES.has(tokens.text[scan.contentStart]);
  return scan;
}

/** The ")" closing dotted initials opened at `open` («(أ.ف.ب)», «(د.ب.أ)»), or -1 when they are something else. */
function dottedInitialsEnd(tokens: AttributionContext['tokens'], open: number, stop: number): number {
  let dots = 0;
  for (let j = open + 1; j < Math.min(stop, open + 9); j++) {
    const word = tokens.text[j];
    if (word === ')') return dots > 0 && j > open + 2 ? j : -1;
    if (word === '.') dots++;
    else if (word.length !== 1) return -1;
  }
  return -1;
}

/** Words an outlet's quoted name runs to at most: «قناة "ليبيا الأحرار"», «صحيفة "لا ريبوبليكا"». */
const OUTLET_NAME_WORDS = 4;
const CLOSE_QUOTES = new Set(['"', '»', '”']);

/** Tokens inside the quotation opened at `open`, up to its closing mark (or `limit` when it does not close). */
function quotedWords(tokens: AttributionContext['tokens'], open: number, limit: number): number {
  let close = open + 1;
  while (close < limit && !CLOSE_QUOTES.has(tokens.text[close])) close++;
  return close - open - 1;
}

/**
 * «لسبوتنيك»، «لرويترز»: ل before a name without the article, the outlet a speaker told (a genitive in a body's name
 * takes the article: «المجلس الأعلى للدولة»).
 */
function toldOutlet(word: string): boolean {
  return word.length >= 4 && word[0] === 'ل' && word[1] !== 'ل' && word[1] !== 'ا';
}

/** «الاتحاد الدولي للصحفيين في تونس»: token `at` lies inside a registry name that starts in the mention. */
function insideRegistryName(context: AttributionContext, from: number, at: number): boolean {
  const { tokens } = context;
  return context.resolver.aliases
    .findAll(tokens, from, Math.min(tokens.count, at + MAX_MENTION_TOKENS))
    .some((name) => name.firstToken < at && name.endToken > at);
}

/** «عملية "بركان الغضب"»: a short quotation that is a registry name or follows a naming noun; returns its closing quote. */
export function quotedNameEnd(
  context: AttributionContext,
  open: number,
  from: number,
  limit: number,
  cue?: Cue,
): number {
  const { tokens } = context;
  let close = -1;
  for (let j = open + 2; j < Math.min(limit, open + 6); j++) {
    if (tokens.text[j] === '"' || tokens.text[j] === '»') {
      close = j;
      break;
    }
  }
  if (close < 0) return -1;
  if (open > from && NAMING_NOUNS.has(tokens.text[open - 1])) return close;
  // «ولفتت "آكي" إلى أن»: a short quoted name right after the verb, then the verb's preposition or أن, is the subject.
  if (open === from && cue && close - open <= 3 && opensContent(context, close + 1, cue)) return close;
  const alias = context.resolver.aliases.matchAt(tokens, open + 1, close);
  return alias && alias.endToken === close ? close : -1;
}

/** «المتحدث باسم العملية، محمد قنونو،»: a (titled) registry name between commas; returns the closing comma. */
export function appositiveEnd(context: AttributionContext, at: number, limit: number): number {
  const { tokens } = context;
  let k = at;
  while (k < limit && TITLES.has(tokens.text[k])) k++;
  const alias = context.resolver.aliases.matchAt(tokens, k, limit);
  return alias && COMMAS.has(tokens.text[alias.endToken]) ? alias.endToken : -1;
}

/** «غرفة عمليات …، التابعة لحكومة الوفاق، إن»: an affiliation phrase between commas belongs to the mention; returns the closing comma. */
const AFFILIATION_HEADS = new Set(AR_AFFILIATION_ADJECTIVES);

export function affiliationEnd(context: AttributionContext, at: number, limit: number): number {
  const { tokens } = context;
  if (!AFFILIATION_HEADS.has(tokens.text[at])) return -1;
  for (let k = at + 1; k < Math.min(limit, at + 8); k++) {
    if (COMMAS.has(tokens.text[k])) return k;
    if (TERMINATORS.has(tokens.text[k]) || COMPLEMENTIZERS.has(tokens.text[k]) || context.cueStarts[k]) return -1;
  }
  return -1;
}

/** Words that open an aside after a comma, never a name: «وهي أم لأربعة»، «ومقرها إسطنبول». */
const ASIDE_OPENERS = new Set(['وهي', 'وهو', 'وهم', 'وهن', 'ومقرها', 'ومقره', 'ومقرهم']);

/** «…، العقيد فرج الزيداني،»: an unregistered (titled) name of one to four words between commas; returns the closing comma. */
export function appositiveNameEnd(context: AttributionContext, at: number, limit: number): number {
  const { tokens } = context;
  let k = at;
  while (k < limit && TITLES.has(tokens.text[k])) k++;
  const titled = k > at;
  const nameStart = k;
  // «…، وهي أم لأربعة»، «…، المعروف باسم …»: an aside, not a name; a first name takes no article.
  if (!titled && (ASIDE_OPENERS.has(tokens.text[k]) || tokens.text[k]?.startsWith('ال'))) return -1;
  while (
    k < limit &&
    k < nameStart + 4 &&
    tokens.isWord[k] &&
    !NOT_IN_NAME.has(tokens.text[k]) &&
    !COMPLEMENTIZERS.has(tokens.text[k]) &&
    !context.cueStarts[k] &&
    !isChannelStart(tokens, k)
  )
    k++;
  const words = k - nameStart;
  if (words < 1 || (words < 2 && !titled)) return -1;
  // «…، العقيد سالم الفيتوري لموقع …: "…"»: a titled name may end at a channel or a colon instead of a comma.
  const ends = COMMAS.has(tokens.text[k]) || (titled && (tokens.text[k] === ':' || isChannelStart(tokens, k)));
  return ends ? k : -1;
}

/** «فأكد، حسبما أفاد المتحدث، أن…»: a prepositional attribution set off by commas; returns its closing comma, else at - 1. */
export function parentheticalEnd(context: AttributionContext, at: number, limit: number): number {
  if (context.cueStarts[at] !== CUE_KIND_CODES.prep) return at - 1;
  for (let j = at + 1; j < Math.min(limit, at + COMMA_LOOKAHEAD_TOKENS); j++) {
    if (TERMINATORS.has(context.tokens.text[j])) break;
    if (COMMAS.has(context.tokens.text[j])) return j;
  }
  return at - 1;
}

/** «إلى أن», «على أن»: a preposition that opens a complement clause with the complementizer after it. */
export const INTRO_PREPOSITIONS = new Set(['الي', 'علي']);

/**
 * A prepositional relay right after a verb and before its complement, with no comma («أشار وفقاً لوكالة "…" إلى أن
 * …»): where it ends (the token before «أن» or «إلى أن»), else at - 1.
 */
export function relayBeforeComplement(context: AttributionContext, at: number, limit: number): number {
  if (context.cueStarts[at] !== CUE_KIND_CODES.prep) return at - 1;
  const { text } = context.tokens;
  for (let j = at + 2; j < Math.min(limit, at + COMMA_LOOKAHEAD_TOKENS); j++) {
    if (TERMINATORS.has(text[j]) || context.cueStarts[j]) break;
    if (COMPLEMENTIZERS.has(text[j])) return j - 1;
    if (INTRO_PREPOSITIONS.has(text[j]) && COMPLEMENTIZERS.has(text[j + 1])) return j - 1;
  }
  return at - 1;
}
