import type { CampId, SourceKind, SourceRegistryEntry } from '@claimline/contracts';
import type { FramingLexiconEntry } from './data/framing-lexicon.js';
import { normalizeArabic } from './normalize.js';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.js';
import type { Tokens } from './tokens.js';

/** A source mention resolved against the registry (normalized character offsets). */
export type ResolvedSource = {
  start: number;
  end: number;
  name: string;
  camp: CampId;
  kind: SourceKind;
  key: string | null;
  /** Unnamed military source with no stated affiliation: camp is inferred from its own words. */
  inferCampFromQuote: boolean;
  /** A back-reference (الغرفة، المصدر، he) resolved to an earlier source. */
  backReference: boolean;
  /** The normalized words of the mention (back-references match against it). */
  normalizedMention: string;
};

/** Nationality adjectives: an unknown foreign official or ministry is an international source. */
const FOREIGN_DEMONYMS = ['italian', 'turkish', 'french', 'egyptian', 'russian', 'american', 'british', 'emirati', 'german', 'qatari', 'sudanese', 'tunisian', 'algerian', 'european',
  'western diplomats', 'western diplomat', 'western officials', 'western official', 'western sources', 'western governments',
  'مصادر غربيه', 'دبلوماسيه غربيه', 'دبلوماسي غربي', 'دبلوماسيون غربيون', 'دبلوماسيين غربيين', 'مسؤولون غربيون', 'مسؤول غربي', 'دبلوماسي اوروبي', 'مصادر اوروبيه',
  'تركي', 'تركيه', 'مصري', 'روسي', 'روسيه', 'امريكي', 'اميركي', 'فرنسي', 'ايطالي', 'اماراتي', 'بريطاني', 'الماني', 'اوروبي',
  'diplomats', 'diplomat', 'دبلوماسيون', 'دبلوماسي', 'دبلوماسيين',
  'الايطالي', 'الايطاليه', 'التركي', 'التركيه', 'الفرنسي', 'الفرنسيه', 'المصري', 'المصريه', 'الروسي', 'الروسيه', 'الامريكي', 'الامريكيه', 'الاميركي', 'البريطاني', 'البريطانيه', 'الاماراتي', 'الاماراتيه', 'الالماني', 'الالمانيه', 'القطري', 'الجزائري', 'التونسي', 'السوداني'];

export function isAnonymousHead(word: string): boolean {
  return ANONYMOUS_HEADS.has(word);
}

const MENTION_BREAKS = new Set(['-', '(', 'الذي', 'التي', 'الذين', 'who', 'which', 'whose']);

/** Head words of unnamed sources. */
const ANONYMOUS_HEADS = new Set([
  'مصدر', 'مصادر', 'مسؤول', 'مسوول', 'مسؤولون', 'مسوولون', 'شهود', 'سكان', 'ناشطون', 'ناشطين', 'مصدرا', 'قائد', 'ضابط', 'اعلاميون',
  'source', 'sources', 'official', 'officials', 'witnesses', 'residents', 'activists', 'commander', 'officer', 'diplomat', 'diplomats',
  'member', 'members', 'resident', 'witness', 'doctor', 'doctors', 'medics', 'عضو', 'اعضاء',
]);
const MILITARY_WORDS = new Set(['عسكري', 'عسكريه', 'ميداني', 'ميدانيه', 'امني', 'امنيه', 'قائد', 'ضابط', 'military', 'security', 'commander', 'officer', 'field']);
const ARTICLES = new Set(['a', 'an', 'the', 'one', 'two', 'several', 'senior', 'local']);
/** Words that mark the next registry name as an affiliation, not as the speaker. */
const AFFILIATION_WORDS = new Set([
  'تابع', 'تابعه', 'التابع', 'التابعه', 'التابعين', 'الموالي', 'المواليه', 'الموالين', 'موالي', 'مواليه', 'المقرب', 'المقربه', 'مقرب', 'المحسوب', 'في', 'من', 'ب', 'داخل', 'لدي', 'بحكومه', 'بقوات',
  'loyal', 'to', 'with', 'in', 'from', 'within', 'allied', 'aligned', 'close', 'affiliated', 'for', 'of', 'backing',
]);
/** Back-reference heads and the word the earlier source's name must contain (empty: any source). */
const BACK_REFERENCES = new Map<string, string>([
  ['الغرفه', 'غرفه'], ['المصدر', 'مصدر'], ['المصادر', 'مصدر'], ['البعثه', 'بعثه'], ['الوزاره', 'وزار'], ['المركز', 'مركز'],
  ['الشعبه', 'شعبه'], ['القياده', 'قياده'], ['المبعوث', ''], ['الناطق', ''], ['المتحدث', ''], ['الجانبان', ''], ['الطرفان', ''],
  ['الجانبين', ''], ['المجلس', 'مجلس'], ['الطرفين', ''], ['البيان', ''], ['الصفحه', ''], ['المسؤول', ''], ['الوزير', ''], ['الرئيس', ''],
  ['he', ''], ['she', ''], ['they', ''], ['it', ''], ['spokesman', ''], ['spokeswoman', ''], ['spokesperson', ''], ['ministry', 'ministry'],
  ['statement', ''], ['source', 'source'], ['envoy', ''], ['mission', 'mission'], ['group', ''], ['room', 'room'], ['centre', ''], ['center', ''],
]);

export type SourceResolverConfig = { sources: SourceRegistryEntry[]; framingLexicon: FramingLexiconEntry[] };

export class SourceResolver {
  readonly aliases = new PhraseMatcher<SourceRegistryEntry>(true);
  /** Force labels double as affiliation hints for unknown mentions (قوات حفتر → LNA). */
  private readonly campHints = new PhraseMatcher<CampId>(true);

  constructor(config: SourceResolverConfig) {
    for (const entry of config.sources) {
      // A leading "the" would make "the GNA" swallow the start of "the GNA interior ministry".
      for (const alias of [entry.nameAr, entry.nameEn, ...entry.aliases]) this.aliases.add(alias.replace(/^the\s+/i, ''), entry);
    }
    for (const demonym of FOREIGN_DEMONYMS) this.campHints.add(demonym, 'INTERNATIONAL');
    for (const entry of config.framingLexicon) {
      if (entry.camp === 'UNKNOWN') continue;
      for (const alias of [entry.label, ...(entry.aliases ?? [])]) this.campHints.add(alias, entry.camp);
    }
  }

  /**
   * Resolves the mention in tokens [from, to). `history` holds earlier sources, newest last.
   * Returns null for a mention that cannot be a source.
   */
  resolve(tokens: Tokens, from: number, to: number, history: readonly ResolvedSource[], language: 'ar' | 'en'): ResolvedSource | null {
    while (from < to && !tokens.isWord[from]) from++;
    // A relative clause or dash aside ends the mention: «المصدر -الذي فضل عدم ذكر اسمه-».
    for (let i = from + 1; i < to; i++) {
      const spacedDash = tokens.text[i] !== '-' || tokens.start[i] > tokens.end[i - 1];
      if (MENTION_BREAKS.has(tokens.text[i]) && spacedDash) {
        to = i;
        break;
      }
    }
    while (to > from && !tokens.isWord[to - 1] && tokens.text[to - 1] !== '"' && tokens.text[to - 1] !== ')') to--;
    while (to > from && !tokens.isWord[to - 1]) to--;
    if (from >= to) return null;
    const span = { start: tokens.start[from], end: tokens.end[to - 1], normalizedMention: tokens.text.slice(from, to).join(' ') };
    let head = from;
    while (head < to - 1 && ARTICLES.has(tokens.text[head])) head++;
    const headWord = tokens.text[head];

    const matches = this.aliases.findAll(tokens, from, to);
    const first = pickSubjectAlias(tokens, matches, from);
    const anonymous = ANONYMOUS_HEADS.has(headWord) || (language === 'en' && [head + 1, head + 2].some((i) => i < to && ANONYMOUS_HEADS.has(tokens.text[i])));
    if (first && !anonymous) {
      const affiliated = first.firstToken > from && AFFILIATION_WORDS.has(tokens.text[first.firstToken - 1]);
      if (!affiliated || first.firstToken === from) {
        const entry = first.value;
        return { start: first.start, end: first.end, normalizedMention: span.normalizedMention, name: language === 'ar' ? entry.nameAr : entry.nameEn, camp: entry.camp, kind: entry.kind, key: entry.key, inferCampFromQuote: false, backReference: false };
      }
    }
    const backReference = to - head <= 4 ? BACK_REFERENCES.get(stripConjunction(headWord)) : undefined;
    if (backReference !== undefined && !first) {
      const referent = findReferent(history, backReference) ?? this.documentReferent(tokens, from, backReference, language) ?? (backReference ? history[history.length - 1] ?? null : null);
      if (!referent) return null;
      return { ...referent, start: span.start, end: span.end, backReference: true, normalizedMention: referent.normalizedMention + ' ' + span.normalizedMention };
    }
    const camp = first ? first.value.camp : this.campHint(tokens, from, to);
    if (anonymous) {
      const military = to - from <= 8 && hasAny(tokens, from, to, MILITARY_WORDS);
      const name = language === 'ar' ? 'مصدر مجهول' : 'unnamed source';
      return { ...span, name, camp, kind: 'anonymous', key: null, inferCampFromQuote: military && camp === 'UNKNOWN', backReference: false };
    }
    // An unknown named source: short enough to be a name or title, else not a source at all.
    if (to - from > 7) return null;
    const earlier = camp === 'UNKNOWN' ? sameNameEarlier(tokens, from, to, history) : null;
    if (earlier) return { ...earlier, start: span.start, end: span.end, backReference: true };
    const ministryCamp = camp === 'UNKNOWN' ? ministerCamp(tokens, from, to, history, language) : camp;
    return { ...span, name: '', camp: ministryCamp, kind: 'other', key: null, inferCampFromQuote: false, backReference: false };
  }

  /** «وقال المجلس» with no earlier claim by a council: the latest registry name before it that fits. */
  private documentReferent(tokens: Tokens, before: number, mustContain: string, language: 'ar' | 'en'): ResolvedSource | null {
    if (!mustContain) return null;
    const matches = this.aliases.findAll(tokens, Math.max(0, before - 400), before);
    for (let k = matches.length - 1; k >= 0; k--) {
      const entry = matches[k].value;
      if (!normalizeArabic(entry.nameAr).includes(mustContain) && !entry.key.includes(mustContain)) continue;
      return { start: matches[k].start, end: matches[k].end, normalizedMention: tokens.text.slice(matches[k].firstToken, matches[k].endToken).join(' '), name: language === 'ar' ? entry.nameAr : entry.nameEn, camp: entry.camp, kind: entry.kind, key: entry.key, inferCampFromQuote: false, backReference: true };
    }
    return null;
  }

  private campHint(tokens: Tokens, from: number, to: number): CampId {
    const hint = this.campHints.findAll(tokens, from, to)[0];
    return hint ? hint.value : 'UNKNOWN';
  }
}

/**
 * The speaker among the registry names of a mention: the longest one not introduced as an
 * affiliation ("GNA spokesman Mohamed Gnounou" → Gnounou); ties go to the latest (title, then name).
 */
function pickSubjectAlias(tokens: Tokens, matches: PhraseMatch<SourceRegistryEntry>[], from: number): PhraseMatch<SourceRegistryEntry> | undefined {
  let best: PhraseMatch<SourceRegistryEntry> | undefined;
  for (const match of matches) {
    const affiliated = match.firstToken > from && AFFILIATION_WORDS.has(tokens.text[match.firstToken - 1]);
    if (affiliated && best) continue;
    // On a tie the later name wins: "Deputy UN envoy Stephanie Williams" is Williams, not the envoy.
    if (!best || (!affiliated && match.endToken - match.firstToken >= best.endToken - best.firstToken)) best = match;
  }
  return best;
}

function stripConjunction(word: string): string {
  return (word.startsWith('و') || word.startsWith('ف')) && BACK_REFERENCES.has(word.slice(1)) ? word.slice(1) : word;
}

function hasAny(tokens: Tokens, from: number, to: number, words: Set<string>): boolean {
  for (let i = from; i < to; i++) if (words.has(tokens.text[i])) return true;
  return false;
}

function findReferent(history: readonly ResolvedSource[], mustContain: string): ResolvedSource | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const candidate = history[i];
    if (!mustContain || candidate.name.includes(mustContain) || normalizedIncludes(candidate, mustContain)) return candidate;
  }
  return null;
}

/** «وأضاف دراه» after «… عبد الهادي دراه»: a one-word name that ends an earlier named speaker's mention. */
function sameNameEarlier(tokens: Tokens, from: number, to: number, history: readonly ResolvedSource[]): ResolvedSource | null {
  if (to - from !== 1 || tokens.text[from].length < 3) return null;
  const word = tokens.text[from];
  for (let i = history.length - 1; i >= 0; i--) {
    const candidate = history[i];
    if (candidate.kind === 'anonymous' || candidate.backReference) continue;
    const words = candidate.normalizedMention.split(' ');
    if (words.length > 1 && words[words.length - 1] === word) return candidate;
  }
  return null;
}

/** «وزير العدل» / "justice minister" takes the camp of «وزارة العدل في حكومة الوفاق» / "the GNA justice ministry" named earlier. */
function ministerCamp(tokens: Tokens, from: number, to: number, history: readonly ResolvedSource[], language: 'ar' | 'en'): CampId {
  let ministry = '';
  for (let i = from; i < to - 1 && !ministry; i++) {
    if (language === 'ar' && tokens.text[i] === 'وزير') ministry = 'وزاره ' + tokens.text[i + 1];
    if (language === 'en' && tokens.text[i + 1] === 'minister') ministry = tokens.text[i] + ' ministry';
  }
  if (!ministry) return 'UNKNOWN';
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i].camp !== 'UNKNOWN' && history[i].normalizedMention.includes(ministry)) return history[i].camp;
  }
  return 'UNKNOWN';
}

function normalizedIncludes(source: ResolvedSource, word: string): boolean {
  return (source.key ?? '').includes(word) || source.normalizedMention.includes(word);
}
