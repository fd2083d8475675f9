import type { CampId, SourceKind, SourceRegistryEntry } from '@claimline/contracts';
import { ALLEGIANCE_WORDS, FOREIGN_COUNTRIES, MORE_DEMONYMS, ORGANISATION_CAMPS } from './data/affiliations.js';
import { ANONYMOUS_HEADS, EXPERT_WORDS, FOREIGN_DEMONYMS, MILITARY_WORDS, PRIVATE_PERSONS } from './data/person-words.js';
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
  /** A person's name given in apposition to a title («آمر المحور، العقيد فلان»): later surnames match it. */
  personName?: string;
};

export function isAnonymousHead(word: string): boolean {
  return ANONYMOUS_HEADS.has(word);
}

const MENTION_BREAKS = new Set(['-', '(', 'الذي', 'التي', 'الذين', 'who', 'which', 'whose']);

const ARTICLES = new Set(['a', 'an', 'the', 'one', 'two', 'several', 'senior', 'local']);
/** Words that mark the next registry name as an affiliation, not as the speaker. */
const AFFILIATION_WORDS = new Set([
  'تابع', 'تابعه', 'التابع', 'التابعه', 'التابعين', 'الموالي', 'المواليه', 'الموالين', 'موالي', 'مواليه', 'المقرب', 'المقربه', 'مقرب', 'المحسوب', 'في', 'من', 'ب', 'داخل', 'لدي', 'بحكومه', 'بقوات',
  'loyal', 'to', 'with', 'in', 'from', 'within', 'allied', 'aligned', 'close', 'affiliated', 'for', 'of', 'backing',
]);
/** Back-reference heads and the word the earlier source's name must contain (empty: any source). */
const BACK_REFERENCES = new Map<string, string>([
  ['المديريه', 'مديري'], ['الحكومه', 'حكوم'], ['المنظمه', 'منظم'], ['الهيئه', 'هيئه'], ['charity', ''], ['organisation', ''], ['organization', ''], ['agency', ''],
  ['الغرفه', 'غرفه'], ['المصدر', 'مصدر'], ['المصادر', 'مصدر'], ['البعثه', 'بعثه'], ['الوزاره', 'وزار'], ['المركز', 'مركز'],
  ['الشعبه', 'شعبه'], ['القياده', 'قياده'], ['المبعوث', ''], ['الناطق', ''], ['المتحدث', ''], ['الجانبان', ''], ['الطرفان', ''],
  ['الجانبين', ''], ['المجلس', 'مجلس'], ['الطرفين', ''], ['البيان', ''], ['الصفحه', ''], ['المسؤول', ''], ['الوزير', ''], ['الرئيس', ''],
  ['he', ''], ['she', ''], ['they', ''], ['it', ''], ['spokesman', ''], ['spokeswoman', ''], ['spokesperson', ''], ['ministry', 'ministry'],
  ['statement', ''], ['source', 'source'], ['envoy', ''], ['mission', 'mission'], ['group', ''], ['room', 'room'], ['centre', ''], ['center', ''],
]);

/** Back-reference types that name a government body: with no antecedent of the type they are new sources. */
const SPOKESMAN_OF = new Set(['المتحدث', 'الناطق', 'المتحدثه', 'الناطقه']);
const GOVERNMENT_TYPES = new Set(['وزار', 'مديري', 'حكوم', 'ministry']);

export type SourceResolverConfig = { sources: SourceRegistryEntry[]; framingLexicon: FramingLexiconEntry[] };

function expertAt(tokens: Tokens, from: number, to: number): number {
  for (let i = from; i < to; i++) if (EXPERT_WORDS.has(tokens.text[i])) return i;
  return -1;
}

export class SourceResolver {
  readonly aliases = new PhraseMatcher<SourceRegistryEntry>(true);
  /** Force labels double as affiliation hints for unknown mentions (قوات حفتر → LNA). */
  private readonly campHints = new PhraseMatcher<CampId>(true);
  private readonly countries = new PhraseMatcher<boolean>(true);
  /** Every registry name of a document, computed once per document (surname look-ups). */
  private readonly documentAliases = new WeakMap<Tokens, PhraseMatch<SourceRegistryEntry>[]>();

  constructor(config: SourceResolverConfig) {
    for (const entry of config.sources) {
      // A leading "the" would make "the GNA" swallow the start of "the GNA interior ministry".
      for (const alias of [entry.nameAr, entry.nameEn, ...entry.aliases]) this.aliases.add(alias.replace(/^the\s+/i, ''), entry);
    }
    for (const demonym of [...FOREIGN_DEMONYMS, ...MORE_DEMONYMS]) {
      this.campHints.add(demonym, 'INTERNATIONAL');
      // Arabic feminine form: «الخارجية السودانية», «الحكومة التشادية».
      if (/[\u0600-\u06ff]ي$/.test(demonym)) this.campHints.add(demonym + 'ه', 'INTERNATIONAL');
    }
    for (const [phrase, camp] of ORGANISATION_CAMPS) this.campHints.add(phrase, camp);
    for (const country of FOREIGN_COUNTRIES) this.countries.add(country, true);
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
    const fullTo = to;
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
    const first = language === 'ar' ? verbSubjectFirst(tokens, matches, from) ?? pickSubjectAlias(tokens, matches, from) : pickSubjectAlias(tokens, matches, from);
    const anonymous = ANONYMOUS_HEADS.has(headWord) || (language === 'en' && [head + 1, head + 2].some((i) => i < to && ANONYMOUS_HEADS.has(tokens.text[i])));
    // "a Libya researcher at the European Council …", «الخبير في شؤون …»: an analyst speaks for no camp, whatever institute follows.
    const expert = expertAt(tokens, from, to);
    // …but "a researcher at Human Rights Watch" speaks for a registered NGO or UN body.
    const speaksForBody = first && (first.value.kind === 'un-body' || (first.value.kind === 'other' && first.value.camp === 'INTERNATIONAL'));
    if (expert >= 0 && !anonymous && (!first || first.firstToken > expert) && !speaksForBody) {
      return { ...span, name: '', camp: 'UNKNOWN', kind: 'other', key: null, inferCampFromQuote: false, backReference: false };
    }
    // "A Sudanese refugee", «لاجئ سوداني»: a private person's nationality is not a state's voice.
    if (!first && this.privatePerson(tokens, head, to)) {
      return { ...span, name: '', camp: 'UNKNOWN', kind: 'other', key: null, inferCampFromQuote: false, backReference: false };
    }
    // "Qatar, a close ally of the Tripoli government, …": a foreign state at the head outranks a registry name in apposition.
    const foreignHead = this.countryAt(tokens, head, to);
    if (foreignHead && first && first.firstToken > head + 2) {
      return { ...span, name: '', camp: 'INTERNATIONAL', kind: anonymous ? 'anonymous' : 'other', key: null, inferCampFromQuote: false, backReference: false };
    }
    // «وزارة الخارجية القطرية دعمها لحكومة الوفاق»: a nationality or affiliation word at the Arabic head outranks a later registry name.
    const hintEnd = language === 'ar' && first && !anonymous ? this.headHintEnd(tokens, from, first.firstToken) : -1;
    if (hintEnd > 0 && matches[0].firstToken >= hintEnd) {
      return { ...span, name: '', camp: this.campHint(tokens, from, hintEnd), kind: 'other', key: null, inferCampFromQuote: false, backReference: false };
    }
    if (first && !anonymous) {
      const affiliated = first.firstToken > from && AFFILIATION_WORDS.has(tokens.text[first.firstToken - 1]);
      if (!affiliated || first.firstToken === from) {
        const entry = first.value;
        return { start: first.start, end: first.end, normalizedMention: span.normalizedMention, name: language === 'ar' ? entry.nameAr : entry.nameEn, camp: entry.camp, kind: entry.kind, key: entry.key, inferCampFromQuote: false, backReference: false };
      }
    }
    const owner = possessor(tokens, from, head, to, history, language);
    if (owner) return { ...owner, start: span.start, end: span.end, backReference: true, normalizedMention: owner.normalizedMention + ' ' + span.normalizedMention };
    // «المتحدث باسم الوزارة»: the spokesman of the body the back-reference names.
    if (SPOKESMAN_OF.has(stripConjunction(headWord)) && tokens.text[head + 1] === 'باسم' && head + 3 === to && BACK_REFERENCES.get(tokens.text[head + 2])) {
      const body = this.resolve(tokens, head + 2, to, history, language);
      if (body) return { ...body, start: span.start, end: span.end, normalizedMention: span.normalizedMention };
    }
    const backReference = to - head <= 4 ? BACK_REFERENCES.get(stripConjunction(headWord)) : undefined;
    if (backReference !== undefined && !first) {
      // «المديرية»، «الوزارة» with no body of that type yet: a new, unaffiliated body (the government context may place it).
      const typedBody = GOVERNMENT_TYPES.has(backReference);
      const referent = findReferent(history, backReference) ?? this.documentReferent(tokens, from, backReference, language) ?? (backReference && !typedBody ? history[history.length - 1] ?? null : null);
      // «المجلس البلدي للمدينة» after «المجلس الرئاسي»: a qualifier the referent lacks makes it a new source.
      const qualified = referent && !qualifiersFit(tokens, head + 1, to, referent);
      if (!referent && !typedBody && !this.hasCountry(tokens, from, to)) return null;
      if (referent && !qualified) return { ...referent, start: span.start, end: span.end, backReference: true, normalizedMention: referent.normalizedMention + ' ' + span.normalizedMention };
    }
    let camp = first ? first.value.camp : this.campHint(tokens, from, to, head);
    if (camp === 'UNKNOWN' && fullTo > to) camp = this.allegianceCamp(tokens, to, fullTo);
    if (anonymous) {
      const military = to - from <= 8 && hasAny(tokens, from, to, MILITARY_WORDS);
      const name = language === 'ar' ? 'مصدر مجهول' : 'unnamed source';
      return { ...span, name, camp, kind: 'anonymous', key: null, inferCampFromQuote: military && camp === 'UNKNOWN', backReference: false };
    }
    // An unknown named source: short enough to be a name or title (longer with a stated affiliation), else not a source.
    if (to - from > (camp === 'UNKNOWN' ? 7 : 12)) return null;
    const earlier = camp === 'UNKNOWN' ? sameNameEarlier(tokens, from, to, history) ?? this.documentSurname(tokens, from, to, language) : null;
    if (earlier) return { ...earlier, start: span.start, end: span.end, backReference: true };
    const ministryCamp = camp === 'UNKNOWN' ? ministerCamp(tokens, from, to, history, language) : camp;
    return { ...span, name: '', camp: ministryCamp, kind: 'other', key: null, inferCampFromQuote: false, backReference: false };
  }

  /** A nationality adjective on a private person at the head of a mention ("an Egyptian worker", «مهاجر سوداني»). */
  private privatePerson(tokens: Tokens, head: number, to: number): boolean {
    if (head + 1 >= to) return false;
    if (PRIVATE_PERSONS.has(tokens.text[head])) {
      const hint = this.campHints.matchAt(tokens, head + 1, to);
      return !!hint && hint.firstToken === head + 1 && hint.value === 'INTERNATIONAL';
    }
    const hint = this.campHints.matchAt(tokens, head, to);
    return !!hint && hint.firstToken === head && hint.value === 'INTERNATIONAL' && PRIVATE_PERSONS.has(tokens.text[hint.endToken] ?? '');
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

  private campHint(tokens: Tokens, from: number, to: number, head = from): CampId {
    const hint = this.campHints.findAll(tokens, from, to)[0];
    if (hint) return hint.value;
    // A country name only at the head or as a possessor: "Chad's government", «السودان» — not "residents who fled to Tunisia".
    return this.countryAt(tokens, head, to) || this.countryAt(tokens, head + 1, to) ? 'INTERNATIONAL' : 'UNKNOWN';
  }

  /** Affiliation phrases of a whole document ("eastern-based government" → LNA), for the government context. */
  hintsIn(tokens: Tokens): Array<{ token: number; camp: CampId; phrase: string }> {
    return this.campHints.findAll(tokens).map((h) => ({ token: h.firstToken, camp: h.value, phrase: tokens.text.slice(h.firstToken, h.endToken).join(' ') }));
  }

  /** End token of a nationality or affiliation word within the first four tokens of [from, to) («وزارة الخارجية القطرية»), else -1. */
  headHintEnd(tokens: Tokens, from: number, to: number): number {
    const hint = this.campHints.findAll(tokens, from, Math.min(to, from + 4))[0];
    return hint && hint.value !== 'UNKNOWN' && hint.firstToken > from ? hint.endToken : -1;
  }

  /** A foreign state named at token `at` (head of a mention or of a sentence). */
  countryAt(tokens: Tokens, at: number, to: number, anyFollower = false): boolean {
    if (at >= to) return false;
    const country = this.countries.matchAt(tokens, at, to);
    if (!country || country.firstToken !== at) return false;
    const next = tokens.text[country.endToken];
    if (anyFollower) return true;
    return country.endToken >= to || next === "'" || next === ',' || /[\u0600-\u06ff]/.test(tokens.text[at]);
  }

  private hasCountry(tokens: Tokens, from: number, to: number): boolean {
    return this.countries.findAll(tokens, from, to).length > 0 || this.campHints.findAll(tokens, from, to).some((h) => h.value === 'INTERNATIONAL');
  }

  /** "…, which fights alongside the Tripoli government": a registry name or hint right after an allegiance word. */
  private allegianceCamp(tokens: Tokens, from: number, to: number): CampId {
    const limit = Math.min(to, from + 12);
    for (const match of [...this.aliases.findAll(tokens, from, limit).map((m) => ({ firstToken: m.firstToken, camp: m.value.camp })), ...this.campHints.findAll(tokens, from, limit).map((m) => ({ firstToken: m.firstToken, camp: m.value }))]) {
      if (match.camp === 'UNKNOWN') continue;
      for (let k = Math.max(from, match.firstToken - 3); k < match.firstToken; k++) if (ALLEGIANCE_WORDS.has(tokens.text[k])) return match.camp;
    }
    return 'UNKNOWN';
  }

  /** «وقال صالح» after «رئيس مجلس النواب عقيلة صالح»: a surname that ends a registry name earlier in the document. */
  private documentSurname(tokens: Tokens, from: number, to: number, language: 'ar' | 'en'): ResolvedSource | null {
    const n = to - from;
    if (n < 1 || n > 3 || tokens.text[to - 1].length < 3 || !tokens.isWord[from]) return null;
    let all = this.documentAliases.get(tokens);
    if (!all) this.documentAliases.set(tokens, (all = this.aliases.findAll(tokens)));
    let hi = 0;
    for (let lo = all.length; hi < lo;) {
      const mid = (hi + lo) >> 1;
      if (all[mid].endToken <= from) hi = mid + 1;
      else lo = mid;
    }
    for (let k = hi - 1; k >= 0 && all[k].firstToken >= from - 1500; k--) {
      const m = all[k];
      if (m.endToken - m.firstToken <= n || m.value.kind === 'anonymous') continue;
      let same = true;
      for (let j = 0; j < n && same; j++) same = tokens.text[m.endToken - n + j] === tokens.text[from + j];
      if (!same) continue;
      const entry = m.value;
      return { start: tokens.start[from], end: tokens.end[to - 1], normalizedMention: tokens.text.slice(m.firstToken, m.endToken).join(' '), name: language === 'ar' ? entry.nameAr : entry.nameEn, camp: entry.camp, kind: entry.kind, key: entry.key, inferCampFromQuote: false, backReference: true };
    }
    return null;
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

/**
 * «دعا المجلس الرئاسي الأمم المتحدة إلى»: in Arabic verb–subject–object order a registry name opening the
 * mention is the subject; a directly following name of another camp is the object, not an apposed title.
 */
function verbSubjectFirst(tokens: Tokens, matches: PhraseMatch<SourceRegistryEntry>[], from: number): PhraseMatch<SourceRegistryEntry> | undefined {
  const [subject, next] = matches;
  if (!subject || !next || subject.firstToken !== from || next.firstToken !== subject.endToken || next.value.camp === subject.value.camp) return undefined;
  // «وزارة الصحة بالحكومة المؤقتة»: a name behind a clitic preposition qualifies the first one.
  if (next.start > tokens.start[next.firstToken]) return undefined;
  return AFFILIATION_WORDS.has(tokens.text[next.firstToken - 1]) ? undefined : subject;
}

/** A back-reference head («الوزير»، «البعثة») that ends an Arabic subject before an object («وناشد الوزير السكان …»). */
export function isBackReferenceHead(word: string): boolean {
  return /^[\u0600-\u06ff]/.test(word) && BACK_REFERENCES.has(stripConjunction(word));
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
    // The type must be in the referent's name or the head of its mention (not in a long tail: «… بحرص البعثة»).
    if (!mustContain || candidate.name.includes(mustContain) || (candidate.key ?? '').includes(mustContain) || headWords(candidate.normalizedMention).some((w) => w.includes(mustContain))) return candidate;
  }
  return null;
}

/**
 * «وأضاف دراه» after «… عبد الهادي دراه», "Ben Ghashir" after "Salem Ben Ghashir, a commander of …": a one- to
 * three-word name that ends an earlier named speaker's mention or apposed name keeps that speaker (and camp).
 */
function sameNameEarlier(tokens: Tokens, from: number, to: number, history: readonly ResolvedSource[]): ResolvedSource | null {
  const n = to - from;
  if (n < 1 || n > 3 || tokens.text[to - 1].length < 3) return null;
  const mention = tokens.text.slice(from, to);
  for (let i = history.length - 1; i >= Math.max(0, history.length - RECENT_SOURCES); i--) {
    const candidate = history[i];
    if ((candidate.kind === 'anonymous' && !candidate.personName) || candidate.backReference) continue;
    for (const name of [candidate.personName, candidate.normalizedMention]) {
      const words = name ? name.split(' ') : [];
      if (words.length > n && mention.every((w, j) => words[words.length - n + j] === w)) return candidate;
    }
  }
  return null;
}

/** Coreference looks back over this many recent sources (an article's worth; keeps long inputs linear). */
const RECENT_SOURCES = 60;
const PERSON_POSSESSIVES = new Set(['his', 'her', 'its', 'وزارته', 'حكومته', 'مكتبه', 'وزارتها', 'حكومتها']);
const OWNED_UNITS = new Set(['room', 'command', 'forces', 'office', 'ministry', 'department', 'unit', 'units', 'brigade', 'division', 'spokesman', 'spokeswoman', 'headquarters']);
const OWNED_BODIES = new Set(['ministry', 'office', 'government', 'department', 'spokesman', 'spokeswoman', 'spokesperson', 'وزارته', 'حكومته', 'مكتبه', 'وزارتها', 'حكومتها']);

/**
 * "his ministry" / «وزارته» (the latest named person's body) and "Boukadoum's ministry" (the body of a named
 * person or state): the owner's camp. Returns null when the mention is no such possessive.
 */
function possessor(tokens: Tokens, from: number, head: number, to: number, history: readonly ResolvedSource[], language: 'ar' | 'en'): ResolvedSource | null {
  const word = stripConjunctionPrefix(tokens.text[head]);
  const pronoun = language === 'ar' ? PERSON_POSSESSIVES.has(word) && to - head <= 2 : from > 0 && PERSON_POSSESSIVES.has(tokens.text[from - 1]) && OWNED_BODIES.has(word) && to - head <= 2;
  if (pronoun) {
    for (let i = history.length - 1; i >= Math.max(0, history.length - RECENT_SOURCES); i--) {
      const candidate = history[i];
      if (candidate.kind === 'anonymous' || candidate.backReference) continue;
      if (tokens.text[from - 1] === 'its' || candidate.personName || !/ministry|وزار|حكوم|government/.test(candidate.normalizedMention)) return candidate;
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
      if (candidate.kind !== 'anonymous' && candidate.camp !== 'UNKNOWN') return candidate;
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

/** Words after a back-reference head fit the referent when each appears in its mention («المجلس الرئاسي» → yes). */
function qualifiersFit(tokens: Tokens, from: number, to: number, referent: ResolvedSource): boolean {
  for (let i = from; i < to; i++) {
    const word = tokens.text[i];
    // Only a definite Arabic qualifier counts («البلدي»، «للمدينة»); adverbs ("also", «أيضا») do not.
    if (!/^(ال|لل)/.test(word) || word.length < 4 || referent.normalizedMention.includes(word) || (referent.key ?? '').includes(word)) continue;
    return false;
  }
  return true;
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

/** The first three words of a mention (Arabic head) and its last word (English head: "the interior ministry"). */
function headWords(mention: string): string[] {
  const words = mention.split(' ');
  return [...words.slice(0, 3), words[words.length - 1]];
}
