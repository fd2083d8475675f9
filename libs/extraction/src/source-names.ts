import type { SourceRegistryEntry } from '@claimline/contracts';
import { OPPOSING_WORDS } from './data/affiliations.js';
import type { ResolvedSource } from './resolved-source.js';
import type { Tokens } from './tokens.js';

/** Small tests on registry names the source resolver's rules share: pronouns, personal names, misspellings, opposition. */

/** Pronouns and honorifics that name a person already named («فخامته»: "his excellency"). */
export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'فخامته', 'سيادته', 'معاليه', 'سموه', 'جلالته']);

/** A registry entry as the source of the mention at `span`. */
export function registrySource(
  entry: SourceRegistryEntry,
  language: 'ar' | 'en',
  span: { start: number; end: number; normalizedMention: string },
  backReference: boolean,
): ResolvedSource {
  const { camp, kind, key } = entry;
  return { ...span, name: language === 'ar' ? entry.nameAr : entry.nameEn, camp, kind, key, backReference };
}

/** "opposed to", "against", «المناهضة لـ», «المعارضة لـ» right before a registry name in a mention. */
export function opposedBefore(tokens: Tokens, from: number, name: number): boolean {
  const before = tokens.text[name - 1] ?? '';
  if (name - 1 >= from && OPPOSING_WORDS.has(before)) return true;
  return name - 2 >= from && before === 'to' && tokens.text[name - 2] === 'opposed';
}

/** A surname shorter than this is too easily one letter from another word. */
export const MISSPELT_NAME_LETTERS = 5;

export function oneLetterApart(a: string, b: string): boolean {
  let differences = 0;
  for (let i = 0; i < a.length && differences < 2; i++) if (a[i] !== b[i]) differences++;
  return differences === 1;
}

/** Words of a body's name: "Libyan National Army", "UN Support Mission in Libya" are not a person's. */
const BODY_NAME_WORDS =
  /\b(army|forces?|council|government|ministry|mission|nations|union|house|command|office|agency|court|parliament|committee|authority|corporation|embassy|department|organi[sz]ation|operation|room|brigade|media|centre|center|league|republic|state|group|coalition|fund|bank|company|news|press|tv)\b/i;

/** Two to four capitalised words naming no body: "Khalifa Haftar", "Fayez al-Sarraj". */
export function looksLikePersonalName(nameEn: string): boolean {
  const words = nameEn.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    !BODY_NAME_WORDS.test(nameEn) &&
    /^[A-Z]/.test(nameEn) &&
    !/[()]/.test(nameEn)
  );
}

/** Lead-ins of a reporting verb that end an English mention ("went on to", "continued to", "proceeded to"). */
const GOING_ON = [
  ['went', 'on', 'to'],
  ['goes', 'on', 'to'],
  ['continued', 'to'],
  ['proceeded', 'to'],
];

/** The end of the mention [from, to) without a trailing "went on to" and the like. */
export function withoutGoingOn(tokens: Tokens, from: number, to: number): number {
  for (const words of GOING_ON) {
    const at = to - words.length;
    if (at > from && words.every((word, k) => tokens.text[at + k] === word)) return at;
  }
  return to;
}
