import type { CampId, SourceRegistryEntry } from '@claimline/contracts';
import { ALLEGIANCE_WORDS } from './data/affiliations.js';
import { CLAUSE_AUXILIARIES } from './attribution/english-words.js';
import { COMMAS } from './data/clause-words.js';
import { ANONYMOUS_HEADS, MEDIA_OUTLETS, PRIVATE_PERSONS, RANKS_AND_HONORIFICS } from './data/person-words.js';
import type { FramingLexiconEntry } from './framing.js';
import type { CampRoles, ConflictKnowledge } from './packs/conflict-knowledge.js';
import { normalizeArabic } from './normalize.js';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.js';
import {
  MISSPELT_NAME_LETTERS,
  PERSONAL_PRONOUNS,
  looksLikePersonalName,
  oneLetterApart,
  opposedBefore,
  registrySource,
  withoutGoingOn,
} from './source-names.js';
import type { ResolvedSource } from './resolved-source.js';
import { tokenize, type Tokens } from './tokens.js';
import {
  BACK_REFERENCES,
  DEFINITE_BACK_REFERENCES,
  findReferent,
  ministerCamp,
  possessor,
  qualifiersFit,
  sameNameEarlier,
  englishTitleEarlier,
  sameTitleEarlier,
  stripConjunction,
} from './coreference.js';

import {
  AFFILIATION_WORDS,
  ARTICLES,
  DIPLOMATIC_WORDS,
  DOCUMENT_NOUNS,
  GOVERNMENT_TYPES,
  ISSUED,
  MENTION_BREAKS,
  RELATIVE_PRONOUNS,
  SPOKESMAN_OF,
  expertAt,
  hasAny,
  speakerMention,
  parenthesisedNameEnd,
  pickSubjectAlias,
  verbSubjectFirst,
} from './source-words.js';

/** Acronyms that spell an English function word once lower-cased. */
const FUNCTION_WORDS = new Set(['who']);

/** "The minister said" with no minister before: a speaker of its own (the government context may place it), not dropped. */
const TITLES_NAMED_ANEW = new Set(['minister', 'president']);

const VERB_LEAD_INS = new Set([
  'also',
  'further',
  'again',
  'later',
  'then',
  'had',
  'has',
  'have',
  'would',
  'will',
  'both',
]);

export { isBackReferenceHead } from './coreference.js';
export { ISSUED } from './source-words.js';

export type { ResolvedSource } from './resolved-source.js';

export function isAnonymousHead(word: string): boolean {
  return ANONYMOUS_HEADS.has(word);
}

export type SourceResolverConfig = {
  sources: SourceRegistryEntry[];
  framingLexicon: FramingLexiconEntry[];
  /** The conflict pack: affiliation phrases, foreign-state words and the camps rules fall back on. */
  knowledge: ConflictKnowledge;
};

export class SourceResolver {
  readonly aliases = new PhraseMatcher<SourceRegistryEntry>(true);
  /** The unaffiliated and the international camp of the pack. */
  readonly camps: CampRoles;
  /** Force labels double as affiliation hints for unknown mentions (قوات حفتر → LNA). */
  private readonly campHints = new PhraseMatcher<CampId>(true);
  private readonly countries = new PhraseMatcher<boolean>(true);
  private readonly nationalityWords = new Set<string>();
  /** Every registry name of a document, computed once per document (surname look-ups). */
  private readonly documentAliases = new WeakMap<Tokens, PhraseMatch<SourceRegistryEntry>[]>();
  /** Two-word registry names by their first word, for names misspelt in the second («مصطفى النجعي»). */
  private readonly twoWordNames = new Map<string, { last: string; entry: SourceRegistryEntry }[]>();

  constructor(config: SourceResolverConfig) {
    const { knowledge } = config;
    this.camps = knowledge.camps;
    const { unknown, international } = this.camps;
    for (const entry of config.sources) {
      // A leading "the" would make "the GNA" swallow the start of "the GNA interior ministry".
      for (const alias of [entry.nameAr, entry.nameEn, ...entry.aliases]) {
        const bare = alias.replace(/^the\s+/i, '');
        // "the WHO" keeps its article: lower-cased, a bare "who" would match every relative pronoun.
        this.aliases.add(FUNCTION_WORDS.has(bare.toLowerCase()) ? alias : bare, entry);
        const words = normalizeArabic(bare).toLowerCase().split(/\s+/);
        if (words.length === 2 && words[1].length >= MISSPELT_NAME_LETTERS && entry.kind !== 'anonymous') {
          const named = this.twoWordNames.get(words[0]) ?? [];
          named.push({ last: words[1], entry });
          this.twoWordNames.set(words[0], named);
        }
      }
    }
    for (const demonym of knowledge.nationalities) {
      const normalized = normalizeArabic(demonym);
      this.campHints.add(normalized, international);
      this.nationalityWords.add(normalized).add(normalized + 'ه');
      // Arabic feminine form: «الخارجية السودانية», «الحكومة التشادية».
      if (/[\u0600-\u06ff]ي$/.test(normalized)) this.campHints.add(normalized + 'ه', international);
    }
    for (const [phrase, camp] of knowledge.affiliations) this.campHints.add(phrase, camp);
    for (const country of knowledge.foreignStateNames) this.countries.add(country, true);
    for (const entry of config.framingLexicon) {
      if (entry.camp === unknown) continue;
      for (const alias of [entry.label, ...(entry.aliases ?? [])]) this.campHints.add(alias, entry.camp);
    }
  }

  /**
   * Resolves the mention in tokens [from, to). `history` holds earlier sources, newest last.
   * Returns null for a mention that cannot be a source.
   */
  resolve(
    tokens: Tokens,
    from: number,
    to: number,
    history: readonly ResolvedSource[],
    language: 'ar' | 'en',
  ): ResolvedSource | null {
    while (from < to && !tokens.isWord[from]) from++;
    const fullTo = to;
    // A relative clause or dash aside ends the mention: «المصدر -الذي فضل عدم ذكر اسمه-».
    for (let i = from + 1; i < to; i++) {
      const spacedDash = tokens.text[i] !== '-' || tokens.start[i] > tokens.end[i - 1];
      // "the Libyan National Army (LNA) spokesman": a parenthesised short name inside the mention does not end it.
      const acronym = tokens.text[i] === '(' ? parenthesisedNameEnd(tokens, i, to) : -1;
      if (acronym > 0) {
        i = acronym;
        continue;
      }
      // "the WHO said": lower-cased, the agency's acronym reads as the relative pronoun.
      const agency = tokens.text[i] === 'who' && tokens.text[i - 1] === 'the';
      if (MENTION_BREAKS.has(tokens.text[i]) && spacedDash && !agency) {
        // «البيان الختامي الذي تلته المستشارة الألمانية»: a statement speaks for whoever issued or read it.
        if (DOCUMENT_NOUNS.has(tokens.text[from]) && RELATIVE_PRONOUNS.has(tokens.text[i]) && i + 2 < to) {
          const issuer = this.resolve(tokens, i + 2, to, history, language);
          if (issuer) return issuer;
        }
        to = i;
        break;
      }
    }
    // «بيان صادر عن وزارة الخارجية»: a statement speaks for the body that issued it.
    if (DOCUMENT_NOUNS.has(stripConjunction(tokens.text[from])) && ISSUED.has(tokens.text[from + 1]) && from + 3 < to) {
      const issuer = tokens.text[from + 2] === 'عن' ? this.resolve(tokens, from + 3, to, history, language) : null;
      if (issuer) return issuer;
    }
    while (to > from && !tokens.isWord[to - 1] && tokens.text[to - 1] !== '"' && tokens.text[to - 1] !== ')') to--;
    // "Saleh also said", "he had said": an adverb or auxiliary before the verb is no part of the speaker.
    while (language === 'en' && to - 1 > from && VERB_LEAD_INS.has(tokens.text[to - 1])) to--;
    // "The minister went on to say", "he continued to insist": the verb's lead-in is no part of the speaker.
    if (language === 'en') to = withoutGoingOn(tokens, from, to);
    if (language === 'en' && hasAny(tokens, from, to, CLAUSE_AUXILIARIES)) return null;
    while (to > from && !tokens.isWord[to - 1]) to--;
    if (from >= to) return null;
    const span = {
      start: tokens.start[from],
      end: tokens.end[to - 1],
      normalizedMention: tokens.text.slice(from, to).join(' '),
    };
    let head = from;
    while (head < to - 1 && ARTICLES.has(tokens.text[head])) head++;
    const headWord = tokens.text[head];

    // "the official", "the report", «المستشارة»: an earlier source of that kind, when there is one.
    const definiteKind =
      to - head <= 2 && (language === 'ar' || tokens.text[from] === 'the')
        ? DEFINITE_BACK_REFERENCES.get(headWord)
        : undefined;
    const definiteReferent = definiteKind ? findReferent(history, definiteKind) : null;
    if (definiteReferent) return referringBack(definiteReferent, span);

    // «بيان الأمين العام» after «الأمين العام للمنظمة …»: the speaker of a longer mention opening with the same title.
    const titleFrom = DOCUMENT_NOUNS.has(stripConjunction(tokens.text[from])) ? from + 1 : from;
    const shortened =
      language === 'ar'
        ? sameTitleEarlier(tokens, titleFrom, to, history)
        : englishTitleEarlier(tokens, from, to, history);
    if (shortened) return referringBack(shortened, span);

    const matches = this.aliases.findAll(tokens, from, to);
    const first =
      language === 'ar'
        ? (verbSubjectFirst(tokens, matches, from) ?? pickSubjectAlias(tokens, matches, from))
        : pickSubjectAlias(tokens, matches, from);
    let anonymous =
      ANONYMOUS_HEADS.has(headWord) ||
      (language === 'en' && [head + 1, head + 2].some((i) => i < to && ANONYMOUS_HEADS.has(tokens.text[i])));
    // "a Libya researcher at the European Council …", «الخبير في شؤون …»: an analyst speaks for no camp, whatever institute follows.
    const expert = expertAt(tokens, from, to);
    // …but "a researcher at Human Rights Watch" speaks for a registered NGO or UN body.
    const speaksForBody =
      first &&
      (first.value.kind === 'un-body' ||
        (first.value.kind === 'other' && first.value.camp === this.camps.international));
    if (expert >= 0 && !anonymous && (!first || first.firstToken > expert) && !speaksForBody) {
      return unregistered(span, this.camps.unknown, 'other');
    }
    // "A Sudanese refugee", «لاجئ سوداني»: a private person's nationality is not a state's voice; nor is a media outlet's.
    const outlet = MEDIA_OUTLETS.has(stripConjunction(headWord)) || MEDIA_OUTLETS.has(tokens.text[head + 1] ?? '');
    if (!first && (this.privatePerson(tokens, head, to) || outlet)) {
      return unregistered(span, this.camps.unknown, 'other');
    }
    // "Qatar, a close ally of the Tripoli government, …": a foreign state at the head outranks a registry name in apposition.
    const foreignHead = this.countryAt(tokens, head, to);
    if (foreignHead && first && first.firstToken > head + 2) {
      return unregistered(span, this.camps.international, anonymous ? 'anonymous' : 'other');
    }
    // «وزارة الخارجية القطرية دعمها لحكومة الوفاق»: a nationality or affiliation word at the Arabic head outranks a later registry name.
    const hintEnd = language === 'ar' && first && !anonymous ? this.headHintEnd(tokens, from, first.firstToken) : -1;
    // «المبعوثة الأممية بالإنابة، ستيفاني وليامز»: a name in apposition after a comma is that title's holder.
    const appositiveName = hintEnd > 0 && tokens.text.slice(hintEnd, matches[0].firstToken).some((w) => COMMAS.has(w));
    if (hintEnd > 0 && matches[0].firstToken >= hintEnd && !appositiveName) {
      return unregistered(span, this.campHint(tokens, from, hintEnd), 'other');
    }
    // «أعضاء مجلس النواب المجتمعين في طرابلس»: an affiliation phrase that contains the registry name outranks it.
    const covering = first
      ? this.campHints
          .findAll(tokens, from, to)
          .find((h) => h.firstToken <= first.firstToken && h.endToken > first.endToken && h.value !== first.value.camp)
      : undefined;
    if (covering) return unregistered(span, covering.value, anonymous ? 'anonymous' : 'other');
    // Rule `opposedToCamp`: "forces opposed to Khalifa Haftar", «القوات المناهضة لحفتر» speak for his opponent.
    const opponent =
      first && opposedBefore(tokens, from, first.firstToken) ? this.camps.opponents.get(first.value.camp) : undefined;
    if (opponent) return unregistered(span, opponent, anonymous ? 'anonymous' : 'other');
    if (first && !anonymous) {
      const affiliated = first.firstToken > from && AFFILIATION_WORDS.has(tokens.text[first.firstToken - 1]);
      if (!affiliated || first.firstToken === from) {
        const entry = first.value;
        return {
          ...speakerMention(tokens, first, from, head, to, language),
          aliasStart: first.start,
          normalizedMention: span.normalizedMention,
          name: language === 'ar' ? entry.nameAr : entry.nameEn,
          camp: entry.camp,
          kind: entry.kind,
          key: entry.key,
          backReference: false,
        };
      }
    }
    const owner = possessor(tokens, from, head, to, history, language, this.camps.unknown);
    if (owner) return referringBack(owner, span);
    // «المتحدث باسم الوزارة»: the spokesman of the body the back-reference names.
    if (
      SPOKESMAN_OF.has(stripConjunction(headWord)) &&
      tokens.text[head + 1] === 'باسم' &&
      head + 3 === to &&
      BACK_REFERENCES.get(tokens.text[head + 2])
    ) {
      const body = this.resolve(tokens, head + 2, to, history, language);
      if (body) return { ...body, start: span.start, end: span.end, normalizedMention: span.normalizedMention };
    }
    const backReference = to - head <= 4 ? BACK_REFERENCES.get(stripConjunction(headWord)) : undefined;
    // "a spokesperson for the rebels": a stated affiliation outranks a back-reference to whoever spoke last.
    const stated = backReference !== undefined && this.campHints.findAll(tokens, head + 1, to).length > 0;
    if (backReference !== undefined && !first && !stated) {
      // «المديرية»، «الوزارة» with no body of that type yet: a new, unaffiliated body (the government context may place it).
      const typedBody = GOVERNMENT_TYPES.has(backReference);
      // "The minister" after a government speaker is that speaker; after a UN agency or an outlet it names someone new.
      const last = history[history.length - 1] ?? null;
      const lastSpeaker =
        backReference && !typedBody && (!TITLES_NAMED_ANEW.has(headWord) || last?.kind === 'government') ? last : null;
      const pronoun = PERSONAL_PRONOUNS.has(headWord) && to - head === 1;
      const referent =
        findReferent(history, backReference) ??
        this.documentReferent(tokens, from, backReference, language, DOCUMENT_NOUNS.has(stripConjunction(headWord))) ??
        lastSpeaker ??
        (pronoun ? this.personNamedBefore(tokens, from, language) : null);
      // «المجلس البلدي للمدينة» after «المجلس الرئاسي»: a qualifier the referent lacks makes it a new source.
      const qualified = referent && !qualifiersFit(tokens, head + 1, to, referent, history);
      // «المصدر العسكري» with no earlier source: a definite unnamed source is still one (anonymous, below).
      if (!referent && language === 'ar' && ANONYMOUS_HEADS.has(stripConjunction(headWord).replace(/^ال/, '')))
        anonymous = true;
      // «المجلس البلدي غريان», «المركز الإعلامي للعملية» with nothing earlier to refer to: a description, read as a new source.
      else if (
        !referent &&
        !typedBody &&
        !this.hasCountry(tokens, from, to) &&
        !describedHead(tokens, head, to) &&
        !TITLES_NAMED_ANEW.has(headWord)
      )
        return null;
      if (referent && !qualified) return referringBack(referent, span);
    }
    let camp = first ? first.value.camp : this.campHint(tokens, from, to, head);
    if (camp === this.camps.unknown && fullTo > to) camp = this.allegianceCamp(tokens, to, fullTo);
    // «مصادر دبلوماسية في الأمم المتحدة», "diplomats at the UN": states' diplomats posted there, not the UN's voice.
    if (
      anonymous &&
      first &&
      first.value.kind === 'un-body' &&
      hasAny(tokens, from, first.firstToken, DIPLOMATIC_WORDS)
    )
      camp = this.camps.unknown;
    // "A European diplomat at the United Nations", "a senior Turkish official in Tripoli": the nationality outranks where they sit.
    if (anonymous && language === 'en' && this.campHints.matchAt(tokens, head, to)?.value === this.camps.international)
      camp = this.camps.international;
    if (anonymous) {
      const name = language === 'ar' ? 'مصدر مجهول' : 'unnamed source';
      return {
        ...span,
        name,
        camp,
        kind: 'anonymous',
        key: null,
        backReference: false,
      };
    }
    // An unknown named source: short enough to be a name or title (longer with a stated affiliation or a rank before a
    // name: «آمر غرفة عمليات الدفاع الجوي العميد فلان الفلاني»), else not a source.
    const ranked = hasAny(tokens, from + 1, to - 1, RANKS_AND_HONORIFICS);
    if (to - from > (camp === this.camps.unknown && !ranked ? 7 : 12)) return null;
    const earlier =
      camp === this.camps.unknown
        ? (this.surnameReferent(tokens, from, to, history, language) ?? this.misspeltName(tokens, from, to, language))
        : null;
    if (earlier) return { ...earlier, start: span.start, end: span.end, backReference: true };
    const ministryCamp =
      camp === this.camps.unknown ? ministerCamp(tokens, from, to, history, language, this.camps.unknown) : camp;
    return unregistered(span, ministryCamp, 'other');
  }

  /** A nationality adjective on a private person at the head of a mention ("an Egyptian worker", «مهاجر سوداني»). */
  private privatePerson(tokens: Tokens, head: number, to: number): boolean {
    if (head + 1 >= to) return false;
    if (PRIVATE_PERSONS.has(tokens.text[head])) {
      const hint = this.campHints.matchAt(tokens, head + 1, to);
      return !!hint && hint.firstToken === head + 1 && hint.value === this.camps.international;
    }
    const hint = this.campHints.matchAt(tokens, head, to);
    return (
      !!hint &&
      hint.firstToken === head &&
      hint.value === this.camps.international &&
      PRIVATE_PERSONS.has(tokens.text[hint.endToken] ?? '')
    );
  }

  /** «وقال المجلس» with no earlier claim by a council: the latest registry name before it that fits. */
  private documentReferent(
    tokens: Tokens,
    before: number,
    mustContain: string,
    language: 'ar' | 'en',
    anyBody = false,
  ): ResolvedSource | null {
    // «وقال البيان» with no speaker yet: the body named last before it issued the statement.
    if (!mustContain && !anyBody) return null;
    const { all: matches, hi } = this.namesEndingBefore(tokens, before);
    for (let k = hi - 1; k >= 0 && matches[k].firstToken >= before - 400; k--) {
      const entry = matches[k].value;
      // «نشر المركز الإعلامي لعملية بركان الغضب …»: a name the document wrote opening with the head counts as well
      // as the registry's («رئيس حكومة الوفاق» is not «الحكومة»).
      const written = tokens.text.slice(matches[k].firstToken, matches[k].endToken).join(' ');
      const opening = tokens.text[matches[k].firstToken];
      const names = [normalizeArabic(entry.nameAr), entry.nameEn.toLowerCase(), entry.key, opening];
      const fits = !mustContain || names.some((name) => name.includes(mustContain));
      if (!fits) continue;
      return registrySource(
        entry,
        language,
        { start: matches[k].start, end: matches[k].end, normalizedMention: written },
        true,
      );
    }
    return null;
  }

  private campHint(tokens: Tokens, from: number, to: number, head = from): CampId {
    const hint = this.campHints.findAll(tokens, from, to)[0];
    if (hint) return hint.value;
    // A country name only at the head or as a possessor: "Chad's government", «السودان» — not "residents who fled to Tunisia".
    return this.countryAt(tokens, head, to) || this.countryAt(tokens, head + 1, to)
      ? this.camps.international
      : this.camps.unknown;
  }

  /** The first affiliation phrase, nationality or foreign state in a normalized mention (the evidence of its camp). */
  campPhrase(normalizedMention: string): { camp: CampId; phrase: string; nationality: boolean } | null {
    const tokens = tokenize(normalizedMention);
    const hint = this.campHints.findAll(tokens)[0];
    const country = hint ? undefined : this.countries.findAll(tokens)[0];
    const match = hint ?? country;
    if (!match) return null;
    const phrase = tokens.text.slice(match.firstToken, match.endToken).join(' ');
    if (!hint) return { camp: this.camps.international, phrase, nationality: true };
    return { camp: hint.value, phrase, nationality: this.nationalityWords.has(phrase) };
  }

  /** Affiliation phrases of a whole document ("eastern-based government" → LNA), for the government context. */
  hintsIn(tokens: Tokens): Array<{ token: number; camp: CampId; phrase: string }> {
    return this.campHints.findAll(tokens).map((h) => ({
      token: h.firstToken,
      camp: h.value,
      phrase: tokens.text.slice(h.firstToken, h.endToken).join(' '),
    }));
  }

  /** End token of a nationality or affiliation word within the first four tokens of [from, to) («وزارة الخارجية القطرية»), else -1. */
  headHintEnd(tokens: Tokens, from: number, to: number): number {
    const hint = this.campHints.findAll(tokens, from, Math.min(to, from + 4))[0];
    return hint && hint.value !== this.camps.unknown && hint.firstToken > from ? hint.endToken : -1;
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
    return (
      this.countries.findAll(tokens, from, to).length > 0 ||
      this.campHints.findAll(tokens, from, to).some((h) => h.value === this.camps.international)
    );
  }

  /** "…, which fights alongside the Tripoli government": a registry name or hint right after an allegiance word. */
  private allegianceCamp(tokens: Tokens, from: number, to: number): CampId {
    const limit = Math.min(to, from + 12);
    for (const match of [
      ...this.aliases.findAll(tokens, from, limit).map((m) => ({ firstToken: m.firstToken, camp: m.value.camp })),
      ...this.campHints.findAll(tokens, from, limit).map((m) => ({ firstToken: m.firstToken, camp: m.value })),
    ]) {
      if (match.camp === this.camps.unknown) continue;
      for (let k = Math.max(from, match.firstToken - 3); k < match.firstToken; k++)
        if (ALLEGIANCE_WORDS.has(tokens.text[k])) return match.camp;
    }
    return this.camps.unknown;
  }

  /** A surname's referent: an earlier speaker of that name, but a registry name before an unaffiliated one. */
  private surnameReferent(
    tokens: Tokens,
    from: number,
    to: number,
    history: readonly ResolvedSource[],
    language: 'ar' | 'en',
  ): ResolvedSource | null {
    const spoken = sameNameEarlier(tokens, from, to, history);
    if (spoken && spoken.camp !== this.camps.unknown) return spoken;
    return this.documentSurname(tokens, from, to, language) ?? spoken;
  }

  /** «وقال صالح» after «رئيس مجلس النواب عقيلة صالح»: a surname that ends a registry name earlier in the document. */
  private documentSurname(tokens: Tokens, from: number, to: number, language: 'ar' | 'en'): ResolvedSource | null {
    const n = to - from;
    if (n < 1 || n > 3 || tokens.text[to - 1].length < 3 || !tokens.isWord[from]) return null;
    const { all, hi } = this.namesEndingBefore(tokens, from);
    for (let k = hi - 1; k >= 0 && all[k].firstToken >= from - 1500; k--) {
      const m = all[k];
      if (m.endToken - m.firstToken <= n || m.value.kind === 'anonymous') continue;
      let same = true;
      for (let j = 0; j < n && same; j++) same = tokens.text[m.endToken - n + j] === tokens.text[from + j];
      // «وقال عقيلة» after «عقيلة صالح»: a person's first name alone, where the registry name is that two-word name.
      if (!same && !this.givenName(tokens, from, n, m)) continue;
      const entry = m.value;
      return registrySource(
        entry,
        language,
        {
          start: tokens.start[from],
          end: tokens.end[to - 1],
          normalizedMention: tokens.text.slice(m.firstToken, m.endToken).join(' '),
        },
        true,
      );
    }
    return null;
  }

  /** The document's registry names (computed once per document) and how many of them end before `before`. */
  private namesEndingBefore(tokens: Tokens, before: number): { all: PhraseMatch<SourceRegistryEntry>[]; hi: number } {
    let all = this.documentAliases.get(tokens);
    if (!all) this.documentAliases.set(tokens, (all = this.aliases.findAll(tokens)));
    let hi = 0;
    for (let lo = all.length; hi < lo;) {
      const mid = (hi + lo) >> 1;
      if (all[mid].endToken <= before) hi = mid + 1;
      else lo = mid;
    }
    return { all, hi };
  }

  /**
   * Rule `pronounBeforeAnySpeaker`: "he said" with no speaker yet (a lead cut off, the name only in the headline or a
   * photo caption) is the person whose registry name came last before it.
   */
  private personNamedBefore(tokens: Tokens, before: number, language: 'ar' | 'en'): ResolvedSource | null {
    const { all: matches, hi } = this.namesEndingBefore(tokens, before);
    for (let k = hi - 1; k >= 0 && matches[k].firstToken >= before - 400; k--) {
      const entry = matches[k].value;
      if (entry.kind === 'anonymous' || !looksLikePersonalName(entry.nameEn)) continue;
      return registrySource(
        entry,
        language,
        {
          start: tokens.start[matches[k].firstToken],
          end: tokens.end[matches[k].endToken - 1],
          normalizedMention: tokens.text.slice(matches[k].firstToken, matches[k].endToken).join(' '),
        },
        true,
      );
    }
    return null;
  }

  /**
   * Rule `misspeltRegistryName`: a two-word name one letter away from a registry name with the same first name
   * («مصطفى النجعي» for «مصطفى المجعي»): copy typos and transliterations of a surname, not a new person.
   */
  private misspeltName(tokens: Tokens, from: number, to: number, language: 'ar' | 'en'): ResolvedSource | null {
    let first = from;
    while (first < to && (!tokens.isWord[first] || RANKS_AND_HONORIFICS.has(tokens.text[first]))) first++;
    let end = to;
    while (end > first && !tokens.isWord[end - 1]) end--;
    if (end - first !== 2) return null;
    const last = tokens.text[first + 1];
    const near = (this.twoWordNames.get(tokens.text[first]) ?? []).filter(
      (name) => name.last.length === last.length && oneLetterApart(name.last, last),
    );
    // Two registry people one letter apart: no telling which.
    if (new Set(near.map((name) => name.entry.key)).size !== 1) return null;
    const { entry } = near[0];
    return registrySource(
      entry,
      language,
      { start: tokens.start[from], end: tokens.end[to - 1], normalizedMention: tokens.text.slice(from, to).join(' ') },
      false,
    );
  }

  /** Tokens [from, from + 1) are the first name of the two-word personal registry name matched at `m`. */
  private givenName(tokens: Tokens, from: number, n: number, m: PhraseMatch<SourceRegistryEntry>): boolean {
    const word = tokens.text[from];
    if (n !== 1 || m.endToken - m.firstToken !== 2 || tokens.text[m.firstToken] !== word || word.length < 3)
      return false;
    // Not «الحكومة» of «الحكومة المؤقتة»: a given name has no article and is the entry's own name.
    const own = normalizeArabic(m.value.nameAr).split(' ');
    return !/^(ال|the$)/.test(word) && own.length === 2 && own[0] === word;
  }
}

/** A source of no registry entry at `span`, with the camp and kind its words give. */
function unregistered(
  span: { start: number; end: number; normalizedMention: string },
  camp: CampId,
  kind: ResolvedSource['kind'],
): ResolvedSource {
  return { ...span, name: '', camp, kind, key: null, backReference: false };
}

/** An earlier source named again at `span`: its speaker and camp, this span, both mentions read together. */
function referringBack(
  referent: ResolvedSource,
  span: { start: number; end: number; normalizedMention: string },
): ResolvedSource {
  return {
    ...referent,
    start: span.start,
    end: span.end,
    backReference: true,
    normalizedMention: referent.normalizedMention + ' ' + span.normalizedMention,
  };
}

/**
 * A back-reference head followed by words of its own that are not a possessive («المجلس البلدي غريان»), Arabic only:
 * English "the group's", "he" stay back-references.
 */
function describedHead(tokens: Tokens, head: number, to: number): boolean {
  return head + 1 < to && tokens.isWord[head + 1] === 1 && /[\u0600-\u06ff]/.test(tokens.text[head]);
}
