import type { CampId } from '@claimline/contracts';
import type { ResolvedSource, SourceResolver } from './sources.js';
import type { Tokens } from './tokens.js';

/**
 * Article-level government context. Libya had two governments: the GNA in Tripoli and the interim
 * government in al-Bayda (LNA side). An article's narration usually names the one whose ministries it
 * quotes; an unqualified «وزارة الداخلية», "the interior minister" or «الحكومة» then belongs to it.
 */
type Marker = { token: number; camp: CampId };

/** Registry keys that name a government (not a party, parliament or army). */
const GOVERNMENT_KEYS = /^(gna-presidency-council|fayez-al-sarraj|gna-[a-z]+-ministry|interim-government)$/;
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
/** Explicit qualifiers inside a mention. */
const GNA_PLACES = new Set(['طرابلس', 'بطرابلس', 'tripoli', 'tripoli-based']);
const LNA_PLACES = new Set([
  'البيضاء',
  'البيضا',
  'بالبيضاء',
  'بنغازي',
  'ببنغازي',
  'شرق',
  'الشرق',
  'bayda',
  'eastern',
  'eastern-based',
  'benghazi',
]);
/** State forces named without a government («خفر السواحل»، "the navy", "air force"): they belong to the article's government. */
const INSTITUTIONS = [
  /\bnavy\b/,
  /\bcoast guard\b/,
  /\bcoastguard\b/,
  /\bair force\b/,
  /(^| )خفر السواحل/,
  /(^| )حرس السواحل/,
  /(^| )(ال)?بحريه( |$)/,
  /(^| )سلاح الجو/,
  /(^| )جهاز الاسعاف/,
];
/** Adverbs inside a subject that do not qualify it ("The government also accused"). */
const ADVERBS = new Set(['also', 'meanwhile', 'however', 'too', 'ايضا', 'كذلك']);
/** Relations that put an unnamed source inside a body: «مصدر في وزارة …», "an official at the interior ministry". */
const INSIDE = new Set(['في', 'من', 'ب', 'at', 'in', 'from', 'with']);
/** Datelines of each government's seat: with no government named, an unqualified body belongs to the dateline's. */
const DATELINES: Array<[RegExp, CampId]> = [
  [/^(tripoli|طرابلس)$/, 'GNA'],
  [/^(bayda|al-bayda|البيضاء|البيضا)$/, 'LNA'],
];

export class GovernmentContext {
  private readonly markers: Marker[] = [];
  private readonly dateline: CampId | null = null;

  constructor(
    private readonly resolver: SourceResolver,
    private readonly tokens: Tokens,
  ) {
    for (let i = 0; i < Math.min(tokens.count, 3) && !this.dateline; i++) {
      for (const [pattern, camp] of DATELINES)
        if (pattern.test(tokens.text[i]) && /^[\s]*[-–—,(]/.test(tokens.text[i + 1] ?? '')) this.dateline = camp;
    }
    for (const m of resolver.aliases.findAll(tokens)) {
      if ((m.value.camp === 'GNA' || m.value.camp === 'LNA') && GOVERNMENT_KEYS.test(m.value.key))
        this.markers.push({ token: m.firstToken, camp: m.value.camp });
    }
    for (const h of resolver.hintsIn(tokens)) {
      if ((h.camp === 'GNA' || h.camp === 'LNA') && GOVERNMENT_HINT.test(h.phrase))
        this.markers.push({ token: h.token, camp: h.camp });
    }
    this.markers.sort((a, b) => a.token - b.token);
  }

  /** The government an unqualified body at token `at` belongs to: the only one named, else the latest named before it. */
  campAt(at: number): CampId | null {
    let gna = false;
    let lna = false;
    for (const m of this.markers) {
      if (m.camp === 'GNA') gna = true;
      else lna = true;
    }
    if (gna !== lna) return gna ? 'GNA' : 'LNA';
    if (!gna) return this.dateline;
    let latest: CampId | null = null;
    for (const m of this.markers) if (m.token < at) latest = m.camp;
    return latest;
  }

  /** Gives an unaffiliated government body («وزارة الداخلية»، "the interior minister", «الحكومة») the article's government. */
  apply(source: ResolvedSource, at: number, sentenceStart = -1): void {
    if (source.camp !== 'UNKNOWN' || source.key !== null || source.backReference) return;
    let words = source.normalizedMention
      .split(' ')
      .map(stripConjunction)
      .filter((w) => !ADVERBS.has(w));
    // «مصدر في وزارة المواصلات بطرابلس»: an unnamed source speaks for the body it sits in.
    if (source.kind === 'anonymous') {
      const inside = words.findIndex((w) => INSIDE.has(w));
      if (inside < 1 || inside > 3) return;
      words = words.slice(inside + 1);
    }
    const explicit = words.some((w) => GNA_PLACES.has(w)) ? 'GNA' : words.some((w) => LNA_PLACES.has(w)) ? 'LNA' : null;
    const mention = words.join(' ');
    const institution = source.kind !== 'anonymous' && INSTITUTIONS.some((pattern) => pattern.test(mention));
    if (!institution && !isGovernmentBody(words, explicit !== null)) return;
    // «وفي القاهرة، قال المتحدث باسم وزارة الخارجية», "In Moscow, the foreign ministry said": a foreign capital heads the sentence.
    if (sentenceStart >= 0 && !explicit && this.foreignFronted(sentenceStart)) {
      source.camp = 'INTERNATIONAL';
      return;
    }
    const camp = explicit ?? this.campAt(at);
    if (camp) source.camp = camp;
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
export function isGovernmentBody(words: string[], placed: boolean): boolean {
  let k = 0;
  while (k < words.length && LEADING.has(words[k]) && !AR_HEADS.has(words[k])) k++;
  const rest = words.slice(k);
  if (rest.length === 0 || rest.length > 5) return false;
  const head = rest.findIndex((w) => AR_HEADS.has(w) || EN_HEADS.has(w));
  // Arabic heads come first; English heads last ("the interior ministry", "health minister").
  if (head < 0 || (AR_HEADS.has(rest[head]) ? head !== 0 : head > 2)) return false;
  let free = 0;
  for (let i = 0; i < rest.length; i++) {
    if (i === head || PORTFOLIOS.has(rest[i]) || GNA_PLACES.has(rest[i]) || LNA_PLACES.has(rest[i])) continue;
    // «مدير أمن زوارة»، «وزارة الداخلية في طرابلس»: one place word after a portfolio.
    if (!/[\u0600-\u06ff]/.test(rest[i]) || ++free > (placed ? 2 : 1) || i < 2) return false;
  }
  return true;
}
