import type { CampId } from '@claimline/contracts';
import type { GovernmentRule } from './packs/conflict-knowledge.js';
import type { ResolvedSource, SourceResolver } from './sources.js';
import type { Tokens } from './tokens.js';

/**
 * Article-level government context. A conflict may have rival governments (the pack's
 * `governmentContext`: Libya had the GNA in Tripoli and the interim government in al-Bayda). An
 * article's narration usually names the one whose ministries it quotes; an unqualified
 * «وزارة الداخلية», "the interior minister" or «الحكومة» then belongs to it.
 */
type Marker = { token: number; camp: CampId };

/** Affiliation phrases that name a government (not a party, parliament or army). */
const GOVERNMENT_HINT = /حكوم|government|administration|authorities/;

/** Heads of an unqualified government body or office-holder. */
const AR_HEADS = new Set([
  'وزاره',
  'الوزاره',
  'وزير',
  'الوزير',
  'حكومه',
  'الحكومه',
  'مديريه',
  'المديريه',
  'مدير',
  'وكيل',
  'الوزارات',
  'الجهاز',
]);
const EN_HEADS = new Set(['ministry', 'minister', 'government', 'directorate', 'ministries']);
const GOVERNMENT_ADJECTIVES = new Set(['government', 'governmental', 'حكومي', 'حكوميه']);
/** Portfolios and offices that may qualify such a head. */
const PORTFOLIOS = new Set([
  'الداخليه',
  'الصحه',
  'الدفاع',
  'الخارجيه',
  'العدل',
  'الحكم',
  'المحلي',
  'التعليم',
  'الماليه',
  'النفط',
  'الاقتصاد',
  'المواصلات',
  'الزراعه',
  'الكهرباء',
  'الموارد',
  'المائيه',
  'الاسكان',
  'الشؤون',
  'الاجتماعيه',
  'العمل',
  'امن',
  'الامن',
  'الامنيه',
  'ب',
  'باسم',
  'وزاره',
  'الوزاره',
  'وزير',
  'الوزير',
  'spokesperson',
  'spokespersons',
  'spokesman',
  'spokeswoman',
  'interior',
  'health',
  'defence',
  'defense',
  'foreign',
  'justice',
  'local',
  'education',
  'finance',
  'oil',
  'economy',
  'transport',
  'water',
  'housing',
  'security',
  'affairs',
  'في',
  'social',
  'electricity',
  'of',
  'the',
  'for',
  'government',
  'ministry',
  'minister',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);
const LEADING = new Set([
  'the',
  'a',
  'an',
  'senior',
  'deputy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'for',
  'المتحدث',
  'الناطق',
  'باسم',
  'مسؤول',
  'في',
  'وكيل',
]);
/** Adverbs inside a subject that do not qualify it ("The government also accused"). */
const ADVERBS = new Set(['also', 'meanwhile', 'however', 'too', 'ايضا', 'كذلك']);
/** Relations that put an unnamed source inside a body: «مصدر في وزارة …», "an official at the interior ministry". */
const INSIDE = new Set(['في', 'من', 'ب', 'at', 'in', 'from', 'with']);
/** The pack's governments and state institutions, compiled. */
export type GovernmentRules = {
  governments: readonly GovernmentRule[];
  institutions: readonly RegExp[];
  /** Camp of a state body in a sentence fronted by a foreign capital ("In Moscow, the foreign ministry said"). */
  foreignCamp: CampId;
  unknownCamp: CampId;
};

export class GovernmentContext {
  private readonly markers: Marker[] = [];
  private readonly dateline: CampId | null = null;
  /** How many different governments the article names (computed once: `campAt` runs per claim). */
  private readonly governmentsNamed: number;

  constructor(
    private readonly rules: GovernmentRules,
    private readonly resolver: SourceResolver,
    private readonly tokens: Tokens,
  ) {
    const { governments } = rules;
    // "TRIPOLI, …", «طرابلس - …»: the seat of a government opens the article.
    for (let i = 0; i < Math.min(tokens.count, 3) && !this.dateline; i++) {
      if (!/^[\s]*[-–—,(]/.test(tokens.text[i + 1] ?? '')) continue;
      this.dateline = governments.find((g) => g.datelines.has(tokens.text[i]))?.camp ?? null;
    }
    const governmentOf = (camp: CampId) => governments.find((g) => g.camp === camp);
    for (const m of resolver.aliases.findAll(tokens)) {
      if (governmentOf(m.value.camp)?.sourceKeys.has(m.value.key))
        this.markers.push({ token: m.firstToken, camp: m.value.camp });
    }
    for (const h of resolver.hintsIn(tokens)) {
      if (governmentOf(h.camp) && GOVERNMENT_HINT.test(h.phrase)) this.markers.push({ token: h.token, camp: h.camp });
    }
    this.markers.sort((a, b) => a.token - b.token);
    this.governmentsNamed = new Set(this.markers.map((m) => m.camp)).size;
  }

  /** The government an unqualified body at token `at` belongs to: the only one named, else the latest named before it. */
  campAt(at: number): CampId | null {
    if (this.governmentsNamed === 1) return this.markers[0].camp;
    if (this.governmentsNamed === 0) return this.dateline;
    let latest: CampId | null = null;
    for (const m of this.markers) if (m.token < at) latest = m.camp;
    return latest;
  }

  /** Gives an unaffiliated government body («وزارة الداخلية»، "the interior minister", «الحكومة») the article's government. */
  apply(source: ResolvedSource, at: number, sentenceStart = -1): void {
    if (source.camp !== this.rules.unknownCamp || source.key !== null || source.backReference) return;
    let words = source.normalizedMention
      .split(' ')
      .map(stripConjunction)
      .filter((w) => !ADVERBS.has(w));
    // «مصدر في وزارة المواصلات بطرابلس»: an unnamed source speaks for the body it sits in.
    if (source.kind === 'anonymous') {
      const inside = words.findIndex((w) => INSIDE.has(w));
      // "government sources", «مصادر حكومية»: unnamed, but they speak for the article's government.
      if (inside < 0 && words.some((w) => GOVERNMENT_ADJECTIVES.has(w))) words = ['government'];
      else if (inside < 1 || inside > 3) return;
      else words = words.slice(inside + 1);
    }
    // «وزارة الداخلية بطرابلس», "eastern-based interior ministry": a seat word names the government (first in pack order).
    const explicit = this.rules.governments.find((g) => words.some((w) => g.seatWords.has(w)))?.camp ?? null;
    const mention = words.join(' ');
    const institution = source.kind !== 'anonymous' && this.rules.institutions.some((pattern) => pattern.test(mention));
    if (!institution && !isGovernmentBody(words, explicit !== null, (w) => this.isSeatWord(w))) return;
    // «وفي القاهرة، قال المتحدث باسم وزارة الخارجية», "In Moscow, the foreign ministry said": a foreign capital heads the sentence.
    if (sentenceStart >= 0 && !explicit && this.foreignFronted(sentenceStart)) {
      source.camp = this.rules.foreignCamp;
      source.campBasis = { rule: 'camp.foreign-dateline', evidence: 'a government body after a foreign capital' };
      return;
    }
    const camp = explicit ?? this.campAt(at);
    if (!camp) return;
    source.camp = camp;
    source.campBasis = {
      rule: 'camp.government-context',
      evidence: explicit ? 'a seat word of that government in the mention' : 'the government the article names',
    };
  }

  private isSeatWord(word: string): boolean {
    return this.rules.governments.some((g) => g.seatWords.has(word));
  }

  private foreignFronted(start: number): boolean {
    const first = this.tokens.text[start];
    if (first !== 'in' && first !== 'في' && first !== 'وفي') return false;
    return this.resolver.countryAt(this.tokens, start + 1, Math.min(this.tokens.count, start + 4), true);
  }
}

function stripConjunction(word: string): string {
  return /^[وف]/.test(word) && AR_HEADS.has(word.slice(1)) ? word.slice(1) : word;
}

/** Title-only mentions: (spokesman for) + head + portfolio words, plus at most one place word. */
export function isGovernmentBody(words: string[], placed: boolean, isSeatWord: (word: string) => boolean): boolean {
  let k = 0;
  while (k < words.length && LEADING.has(words[k]) && !AR_HEADS.has(words[k])) k++;
  const rest = words.slice(k);
  if (rest.length === 0 || rest.length > 5) return false;
  const head = rest.findIndex((w) => AR_HEADS.has(w) || EN_HEADS.has(w));
  // Arabic heads come first; English heads last ("the interior ministry", "health minister").
  if (head < 0 || (AR_HEADS.has(rest[head]) ? head !== 0 : head > 2)) return false;
  let free = 0;
  for (let i = 0; i < rest.length; i++) {
    if (i === head || PORTFOLIOS.has(rest[i]) || isSeatWord(rest[i])) continue;
    // «مدير أمن زوارة»، «وزارة الداخلية في طرابلس»: one place word after a portfolio.
    if (!/[\u0600-\u06ff]/.test(rest[i]) || ++free > (placed ? 2 : 1) || i < 2) return false;
  }
  return true;
}
