import { normalizeArabic } from './normalize.js';
import { tokenize, type Tokens } from './tokens.js';

type TrieNode<T> = { next: Map<string, TrieNode<T>>; value?: T };

export type PhraseMatch<T> = {
  value: T;
  /** Token range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
  /** Normalized character range, after any stripped clitic prefix. */
  start: number;
  end: number;
};

const CONJUNCTIONS = new Set(['و', 'ف']);
const PREPOSITIONS = new Set(['ب', 'ل', 'ك']);

/**
 * Variants of a word with Arabic clitic prefixes removed: وب/ول/فب…, and لل+X → الX
 * (the article's alif drops after ل: للجامعة = ل + الجامعة). Returns [variant, strippedLength].
 */
export function cliticVariants(word: string): Array<[string, number]> {
  const variants: Array<[string, number]> = [[word, 0]];
  let rest = word;
  let stripped = 0;
  if (rest.length > 3 && CONJUNCTIONS.has(rest[0])) {
    rest = rest.slice(1);
    stripped = 1;
    variants.push([rest, stripped]);
  }
  if (rest.length > 3 && PREPOSITIONS.has(rest[0])) {
    if (rest[0] === 'ل' && rest[1] === 'ل') variants.push(['ا' + rest.slice(1), stripped + 1]);
    variants.push([rest.slice(1), stripped + 1]);
  }
  return variants;
}

/**
 * Token trie over normalized phrases. Scanning is one trie walk per token start: O(tokens × depth),
 * with no per-sentence regex compilation.
 */
export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map() };

  constructor(private readonly stripClitics: boolean) {}

  /** Adds a phrase (any form; it is normalized here). The first value added for a phrase wins. */
  add(phrase: string, value: T): void {
    const tokens = tokenize(normalizeArabic(phrase));
    if (tokens.count === 0) return;
    let node = this.root;
    for (const word of tokens.text) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /** Longest match starting at token i, or null. */
  matchAt(tokens: Tokens, i: number, limit = tokens.count): PhraseMatch<T> | null {
    if (!tokens.isWord[i]) return null;
    const variants: Array<[string, number]> = this.stripClitics
      ? cliticVariants(tokens.text[i])
      : [[tokens.text[i], 0]];
    let best: PhraseMatch<T> | null = null;
    for (const [word, stripped] of variants) {
      let node = this.root.next.get(word);
      let j = i + 1;
      while (node) {
        if (node.value !== undefined && (!best || j > best.endToken)) {
          best = {
            value: node.value,
            firstToken: i,
            endToken: j,
            start: tokens.start[i] + stripped,
            end: tokens.end[j - 1],
          };
        }
        if (j >= limit) break;
        node = node.next.get(tokens.text[j]);
        j++;
      }
    }
    return best;
  }

  /** Non-overlapping longest matches, left to right, within tokens [from, to). */
  findAll(tokens: Tokens, from = 0, to = tokens.count): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let i = from; i < to; i++) {
      const match = this.matchAt(tokens, i, to);
      if (match) {
        found.push(match);
        i = match.endToken - 1;
      }
    }
    return found;
  }
}
