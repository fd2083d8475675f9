import type { CampId } from '@claimline/contracts';
import { IMPLIED_QUALIFIERS } from './data/affiliations.js';
import { normalizeArabic } from './normalize.js';
import type { ResolvedSource } from './resolved-source.js';
import type { Tokens } from './tokens.js';

/**
 * Coreference for source mentions: back-references («الغرفة»، "the ministry", "he"), possessives ("his ministry",
 * «وزارته»), surnames of earlier speakers and ministers of earlier ministries.
 */

/** Back-reference heads and the word the earlier source's name must contain (empty: any source). */
export const BACK_REFERENCES = new Map<string, string>([
  ['المديريه', 'مديري'],
  ['الحكومه', 'حكوم'],
  ['المنظمه', 'منظم'],
  ['الهيئه', 'هيئه'],
  ['charity', ''],
  ['organisation', ''],
  ['organization', ''],
  ['agency', ''],
  ['الغرفه', 'غرفه'],
  ['المصدر', 'مصدر'],
  ['المصادر', 'مصدر'],
  ['البعثه', 'بعثه'],
  ['الوزاره', 'وزار'],
  ['المركز', 'مركز'],
  ['الشعبه', 'شعبه'],
  ['القياده', 'قياده'],
  ['المبعوث', ''],
  ['الناطق', ''],
  ['المتحدث', ''],
  ['المتحدثه', ''],
  ['الناطقه', ''],
  ['المسؤوله', ''],
  ['الوزيره', ''],
  ['المبعوثه', ''],
  ['الجانبان', ''],
  ['الطرفان', ''],
  ['الجانبين', ''],
  ['المجلس', 'مجلس'],
  ['الطرفين', ''],
  ['البيان', ''],
  ['الصفحه', ''],
  ['المسؤول', ''],
  ['الوزير', ''],
  ['النائب', ''],
  ['النائبه', ''],
  ['الرئيس', ''],
  // Honorifics with a possessive pronoun («وأكد فخامته»، «وقال معاليه»): the dignitary just named.
  ['فخامته', ''],
  ['سيادته', ''],
  ['معاليه', ''],
  ['سموه', ''],
  ['جلالته', ''],
  ['he', ''],
  ['she', ''],
  ['they', ''],
  ['it', ''],
  ['spokesman', ''],
  ['spokeswoman', ''],
  ['spokesperson', ''],
  ['ministry', 'ministry'],
  ['statement', ''],
  ['source', 'source'],
  ['envoy', ''],
  // "The President said" after "Egyptian President Abdel Fattah al-Sisi": a president named before.
  ['president', 'president'],
  ['minister', 'minister'],
  ['mission', 'mission'],
  ['group', ''],
  ['room', 'room'],
  // "the operation said" after Operation Volcano of Rage; «وقالت العملية».
  ['operation', 'operation'],
  ['العمليه', 'عمليه'],
  ['centre', ''],
  ['center', ''],
]);

/** Titles and documents that refer back to an earlier source of the same kind, else are read as new mentions. */
export const DEFINITE_BACK_REFERENCES = new Map<string, string>([
  ['official', 'official'],
  ['officials', 'official'],
  ['diplomat', 'diplomat'],
  ['chancellor', 'chancellor'],
  ['minister', 'minister'],
  ['report', 'report'],
  ['panel', 'panel'],
  ['experts', 'expert'],
  ['monitors', 'monitor'],
  ['المستشاره', 'المستشاره'],
  ['المفوضيه', 'مفوضي'],
  ['المستشار', 'المستشار'],
]);

/** A back-reference head («الوزير»، «البعثة») that ends an Arabic subject before an object («وناشد الوزير السكان …»). */
export function isBackReferenceHead(word: string): boolean {
  return /^[\u0600-\u06ff]/.test(word) && BACK_REFERENCES.has(stripConjunction(word));
}

export function stripConjunction(word: string): string {
  return (word.startsWith('و') || word.startsWith('ف')) && BACK_REFERENCES.has(word.slice(1)) ? word.slice(1) : word;
}

export function findReferent(history: readonly ResolvedSource[], mustContain: string): ResolvedSource | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const candidate = history[i];
    // The type must be in the referent's name or the head of its mention (not in a long tail: «… بحرص البعثة»).
    if (
      !mustContain ||
      candidate.name.includes(mustContain) ||
      (candidate.key ?? '').includes(mustContain) ||
      headWords(candidate.normalizedMention).some((w) => w.includes(mustContain))
    )
      return candidate;
  }
  return null;
}

/**
 * «وأضاف دراه» after «… عبد الهادي دراه», "Ben Ghashir" after "Salem Ben Ghashir, a commander of …": a one- to
 * three-word name that ends an earlier named speaker's mention or apposed name keeps that speaker (and camp).
 */
export function sameNameEarlier(
  tokens: Tokens,
  from: number,
  to: number,
  history: readonly ResolvedSource[],
): ResolvedSource | null {
  const n = to - from;
  if (n < 1 || n > 3 || tokens.text[to - 1].length < 3) return null;
  const mention = tokens.text.slice(from, to);
  for (const candidate of recentSpeakers(history)) {
    for (const name of [candidate.personName, candidate.normalizedMention]) {
      const words = name ? name.split(' ') : [];
      if (words.length > n && mention.every((w, j) => words[words.length - n + j] === w)) return candidate;
    }
  }
  return null;
}

/**
 * «وأوضح وزير الخارجية» after «وزير الخارجية التركي مولود جاووش أوغلو», «الأمين العام» after «الأمين العام للمنظمة
 * أنطونيو غوتيريس»: a two- or three-word title that opens an earlier speaker's longer mention is that speaker named
 * again for short (or the start of its registry name: «الأمين العام للأمم المتحدة»), not a new source for the country's context to place.
 */
export function sameTitleEarlier(
  tokens: Tokens,
  from: number,
  to: number,
  history: readonly ResolvedSource[],
): ResolvedSource | null {
  const n = to - from;
  if (n < 2 || n > 3) return null;
  const title = tokens.text.slice(from, to);
  for (const candidate of recentSpeakers(history)) {
    for (const name of [candidate.normalizedMention, normalizeArabic(candidate.name)]) {
      const words = name.split(' ');
      if (words.length > n && title.every((word, j) => words[j] === word)) return candidate;
    }
  }
  return null;
}

/**
 * "the secretary general wrote" after "UN Secretary General Antonio Guterres said": an English title of two or three
 * words after "the" that an earlier speaker's mention holds, with a name after it, is that speaker.
 */
export function englishTitleEarlier(
  tokens: Tokens,
  from: number,
  to: number,
  history: readonly ResolvedSource[],
): ResolvedSource | null {
  const n = to - from - 1;
  if (tokens.text[from] !== 'the' || n < 2 || n > 3) return null;
  const title = tokens.text.slice(from + 1, to).join(' ');
  for (const candidate of recentSpeakers(history)) {
    const at = ` ${candidate.normalizedMention.toLowerCase()} `.indexOf(` ${title} `);
    if (at >= 0 && at + title.length + 1 < candidate.normalizedMention.length) return candidate;
  }
  return null;
}

/** Coreference looks back over this many recent sources (an article's worth; keeps long inputs linear). */
const RECENT_SOURCES = 60;

/** The recent sources a name or a title can refer back to, latest first: named or registered, not references themselves. */
function* recentSpeakers(history: readonly ResolvedSource[]): Generator<ResolvedSource> {
  for (let i = history.length - 1; i >= Math.max(0, history.length - RECENT_SOURCES); i--) {
    const candidate = history[i];
    if ((candidate.kind === 'anonymous' && !candidate.personName) || candidate.backReference) continue;
    yield candidate;
  }
}
const PERSON_POSSESSIVES = new Set(['his', 'her', 'its', 'وزارته', 'حكومته', 'مكتبه', 'وزارتها', 'حكومتها']);
const OWNED_UNITS = new Set([
  'room',
  'command',
  'forces',
  'office',
  'ministry',
  'department',
  'unit',
  'units',
  'brigade',
  'division',
  'spokesman',
  'spokeswoman',
  'headquarters',
]);
const OWNED_BODIES = new Set([
  'ministry',
  'office',
  'government',
  'department',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'وزارته',
  'حكومته',
  'مكتبه',
  'وزارتها',
  'حكومتها',
]);

/**
 * "his ministry" / «وزارته» (the latest named person's body) and "Boukadoum's ministry" (the body of a named
 * person or state): the owner's camp. Returns null when the mention is no such possessive.
 */
export function possessor(
  tokens: Tokens,
  from: number,
  head: number,
  to: number,
  history: readonly ResolvedSource[],
  language: 'ar' | 'en',
  unknown: CampId,
): ResolvedSource | null {
  const word = stripConjunctionPrefix(tokens.text[head]);
  const pronoun =
    language === 'ar'
      ? PERSON_POSSESSIVES.has(word) && to - head <= 2
      : from > 0 && PERSON_POSSESSIVES.has(tokens.text[from - 1]) && OWNED_BODIES.has(word) && to - head <= 2;
  if (pronoun) {
    for (let i = history.length - 1; i >= Math.max(0, history.length - RECENT_SOURCES); i--) {
      const candidate = history[i];
      if (candidate.kind === 'anonymous' || candidate.backReference) continue;
      if (
        tokens.text[from - 1] === 'its' ||
        candidate.personName ||
        !/ministry|وزار|حكوم|government/.test(candidate.normalizedMention)
      )
        return candidate;
    }
    return null;
  }
  if (language !== 'en') return null;
  // "The commander of its southern operations room": a body owned by the latest named source.
  for (let i = from + 1; i < to - 1; i++) {
    if (tokens.text[i - 1] !== 'of' || (tokens.text[i] !== 'its' && tokens.text[i] !== 'their')) continue;
    if (![i + 1, i + 2, i + 3].some((j) => j < to && OWNED_UNITS.has(tokens.text[j]))) break;
    for (let k = history.length - 1; k >= Math.max(0, history.length - RECENT_SOURCES); k--) {
      const candidate = history[k];
      if (candidate.kind !== 'anonymous' && candidate.camp !== unknown) return candidate;
    }
    break;
  }
  for (let i = from + 1; i < to - 2; i++) {
    if (tokens.text[i] !== "'" || tokens.text[i + 1] !== 's' || !OWNED_BODIES.has(tokens.text[to - 1])) continue;
    return sameNameEarlier(tokens, from, i, history);
  }
  return null;
}

function stripConjunctionPrefix(word: string): string {
  return (word.startsWith('و') || word.startsWith('ف')) && PERSON_POSSESSIVES.has(word.slice(1)) ? word.slice(1) : word;
}

/**
 * Words after a back-reference head fit the referent when each appears in its mention («المجلس الرئاسي» → yes), or
 * in an earlier mention of the same registry entry («الوزير الليبي» after «وزير الداخلية الليبي فتحي باشاغا»,
 * then «باشاغا»).
 */
export function qualifiersFit(
  tokens: Tokens,
  from: number,
  to: number,
  referent: ResolvedSource,
  history: readonly ResolvedSource[] = [],
): boolean {
  for (let i = from; i < to; i++) {
    const word = tokens.text[i];
    // Only a definite Arabic qualifier counts («البلدي»، «للمدينة»); adverbs ("also", «أيضا») do not.
    if (!/^(ال|لل)/.test(word) || word.length < 4 || (referent.key ?? '').includes(word)) continue;
    if (mentionFits(referent.normalizedMention, word)) continue;
    // Only now look through the earlier mentions of the same entry (the recent ones: a document's history is long).
    let earlierFits = false;
    for (let k = history.length - 1; k >= Math.max(0, history.length - EARLIER_MENTIONS) && !earlierFits; k--)
      earlierFits =
        referent.key !== null && history[k].key === referent.key && mentionFits(history[k].normalizedMention, word);
    if (!earlierFits) return false;
  }
  return true;
}

/** How far back `qualifiersFit` looks for other mentions of the referent. */
const EARLIER_MENTIONS = 40;

function mentionFits(mention: string, word: string): boolean {
  return (
    mention.includes(word) || (IMPLIED_QUALIFIERS.get(word)?.some((implied) => mention.includes(implied)) ?? false)
  );
}

/** «وزير العدل» / "justice minister" takes the camp of «وزارة العدل في حكومة الوفاق» / "the GNA justice ministry" named earlier. */
export function ministerCamp(
  tokens: Tokens,
  from: number,
  to: number,
  history: readonly ResolvedSource[],
  language: 'ar' | 'en',
  unknown: CampId,
): CampId {
  let ministry = '';
  for (let i = from; i < to - 1 && !ministry; i++) {
    if (language === 'ar' && tokens.text[i] === 'وزير') ministry = 'وزاره ' + tokens.text[i + 1];
    if (language === 'en' && tokens.text[i + 1] === 'minister') ministry = tokens.text[i] + ' ministry';
  }
  if (!ministry) return unknown;
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i].camp !== unknown && history[i].normalizedMention.includes(ministry)) return history[i].camp;
  }
  return unknown;
}

/** The first three words of a mention (Arabic head) and its last word (English head: "the interior ministry"). */
function headWords(mention: string): string[] {
  const words = mention.split(' ');
  return [...words.slice(0, 3), words[words.length - 1]];
}
