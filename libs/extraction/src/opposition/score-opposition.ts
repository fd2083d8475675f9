import { CueFinder, normalizeCues, type CueHit } from './cue-finder.js';
import { OPPOSITION_LEXICON, type OppositionCues, type OppositionLexicon } from './opposition-lexicon.js';

/**
 * The rules, each named after the behaviour it recognises; the name comes back with every piece of
 * evidence so an analyst sees why a pair was offered as a contradiction.
 */
export const OPPOSITION_RULES = {
  /** One claim denies (نفى, "denied", «لا صحة»): the other camp's account is what is denied. */
  denial: 'denial',
  /** One claim accuses the other claim's camp, naming it (اتهم … ميليشيات, "accused the LNA"). */
  accusation: 'accusation-of-the-other-camp',
  /** The two claims report outcomes that exclude each other (took control ↔ repelled); suffixed with the outcome id. */
  outcome: 'opposite-outcome',
} as const;

export type OppositionSide = 'a' | 'b';
export type OppositionQuote = { claim: OppositionSide; text: string };
export type OppositionEvidence = { rule: string; weight: number; quotes: OppositionQuote[] };
export type OppositionScore = { score: number; evidence: OppositionEvidence[] };

/** A claim's text and the names (camp names, framing labels) by which the *other* claim's camp may be called. */
export type OpposedClaim = { text: string; otherCampNames: readonly string[] };

type CompiledCues = { ar: string[]; en: string[]; all: string[] };

const compile = (cues: OppositionCues): CompiledCues => {
  const ar = normalizeCues(cues.ar);
  const en = normalizeCues(cues.en);
  return { ar, en, all: [...ar, ...en].sort((x, y) => y.length - x.length) };
};

const compiledLexicons = new WeakMap<OppositionLexicon, ReturnType<typeof compileLexicon>>();

function compileLexicon(lexicon: OppositionLexicon) {
  return {
    denial: compile(lexicon.denial.cues),
    accusation: compile(lexicon.accusation.cues),
    outcomes: lexicon.outcomes.map((outcome) => ({
      ...outcome,
      first: compile(outcome.first),
      second: compile(outcome.second),
    })),
  };
}

const overlaps = (x: CueHit, y: CueHit) => x.start < y.end && y.start < x.end;

/** Hits of `cues` that do not sit inside a hit of `longer` ("casualties" inside "no casualties"). */
const outside = (hits: CueHit[], longer: CueHit[]) => hits.filter((hit) => !longer.some((l) => overlaps(hit, l)));

/**
 * Scores two claims of different camps about the same place and day as a contradiction: the sum of
 * the weights of the rules that fire (each rule once per pair), with the words that made each fire.
 * Zero evidence means nothing in the two texts opposes them: they may well report different events.
 */
export function scoreOpposition(
  a: OpposedClaim,
  b: OpposedClaim,
  lexicon: OppositionLexicon = OPPOSITION_LEXICON,
): OppositionScore {
  let compiled = compiledLexicons.get(lexicon);
  if (!compiled) compiledLexicons.set(lexicon, (compiled = compileLexicon(lexicon)));
  const finders = { a: new CueFinder(a.text), b: new CueFinder(b.text) };
  const sides: OppositionSide[] = ['a', 'b'];
  const evidence: OppositionEvidence[] = [];

  const denials = sides.flatMap((side) => finders[side].find(compiled.denial.all).slice(0, 1).map(quoteOf(side)));
  if (denials.length) evidence.push({ rule: OPPOSITION_RULES.denial, weight: lexicon.denial.weight, quotes: denials });

  const accusations = sides.flatMap((side) => {
    const claim = side === 'a' ? a : b;
    const verb = finders[side].find(compiled.accusation.all)[0];
    const target = verb && finders[side].find(normalizeCues(claim.otherCampNames))[0];
    return verb && target ? [quoteOf(side)(verb), quoteOf(side)(target)] : [];
  });
  if (accusations.length)
    evidence.push({ rule: OPPOSITION_RULES.accusation, weight: lexicon.accusation.weight, quotes: accusations });

  for (const outcome of compiled.outcomes) {
    const found = Object.fromEntries(
      sides.map((side) => {
        const second = finders[side].find(outcome.second.all);
        return [side, { first: outside(finders[side].find(outcome.first.all), second), second }];
      }),
    ) as Record<OppositionSide, { first: CueHit[]; second: CueHit[] }>;
    const opposed: [OppositionSide, OppositionSide] | null =
      found.a.first.length && found.b.second.length
        ? ['a', 'b']
        : found.b.first.length && found.a.second.length
          ? ['b', 'a']
          : null;
    if (!opposed) continue;
    const [firstSide, secondSide] = opposed;
    evidence.push({
      rule: `${OPPOSITION_RULES.outcome}/${outcome.id}`,
      weight: outcome.weight,
      quotes: [quoteOf(firstSide)(found[firstSide].first[0]), quoteOf(secondSide)(found[secondSide].second[0])].sort(
        (x, y) => x.claim.localeCompare(y.claim),
      ),
    });
  }
  return { score: evidence.reduce((sum, item) => sum + item.weight, 0), evidence };
}

const quoteOf =
  (claim: OppositionSide) =>
  (hit: CueHit): OppositionQuote => ({ claim, text: hit.quote });
