import type { Tokens } from './tokens.js';

export type Sentence = {
  /** Token range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
  paragraph: number;
};

export type Paragraph = { firstToken: number; endToken: number };

export type Segmentation = {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** 1 for tokens inside a quotation. */
  quoted: Uint8Array;
};

const TERMINATORS = new Set(['.', '!', '?', '؟', '؛', ';']);
const CLOSERS = new Set(['"', '»', "'", ')']);
/** Latin abbreviations that end with a full stop without ending the sentence. */
const LATIN_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'col',
  'lt',
  'maj',
  'sgt',
  'capt',
  'brig',
  'st',
  'no',
  'vs',
  'jan',
  'feb',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'inc',
  'co',
  'corp',
  'prof',
  'sen',
  'rep',
  'gov',
]);

/**
 * Quote ranges of one paragraph, as token-index pairs: «…» nest; ASCII quotes pair in order,
 * and an unpaired last quote (a stray, common in news copy) is ignored.
 */
function insideQuoteFlags(tokens: Tokens, from: number, to: number): Uint8Array {
  const flags = new Uint8Array(to - from);
  const ascii: number[] = [];
  let guillemetDepth = 0;
  for (let i = from; i < to; i++) {
    const t = tokens.text[i];
    if (t === '«') guillemetDepth++;
    else if (t === '»' && guillemetDepth > 0) guillemetDepth--;
    else if (t === '"') ascii.push(i);
    if (guillemetDepth > 0) flags[i - from] = 1;
  }
  for (let k = 0; k + 1 < ascii.length; k += 2) {
    for (let i = ascii[k] + 1; i < ascii[k + 1]; i++) flags[i - from] = 1;
  }
  return flags;
}

function isAbbreviation(tokens: Tokens, dotIndex: number, text: string): boolean {
  const prev = dotIndex - 1;
  if (prev < 0 || !tokens.isWord[prev] || tokens.end[prev] !== tokens.start[dotIndex]) return false;
  const word = tokens.text[prev];
  if (word.length === 1 && !/[0-9]/.test(word)) return true; // د. أ.ف.ب U.S.
  if (LATIN_ABBREVIATIONS.has(word)) return true;
  // 3.5 — a decimal point, not a full stop
  const after = tokens.end[dotIndex];
  return /[0-9]/.test(word[word.length - 1]) && after < text.length && /[0-9]/.test(text[after]);
}

/** A terminator right before the closing quote of a quotation, with a word (a new sentence) after the quote. */
function closesQuotedSentence(
  tokens: Tokens,
  i: number,
  paraEnd: number,
  quoted: Uint8Array,
  paraStart: number,
): boolean {
  const close = i + 1;
  if (
    close + 1 >= paraEnd ||
    !CLOSERS.has(tokens.text[close]) ||
    quoted[close - paraStart] ||
    tokens.start[close] !== tokens.end[i]
  )
    return false;
  return tokens.isWord[close + 1] === 1 && !attributionTail(tokens, close + 1, paraEnd);
}

/** Verbs of a short tail that attributes the quotation before it ("…loyalists." Akar added.). */
const ATTRIBUTION_TAIL_VERBS = new Set([
  'said',
  'says',
  'added',
  'adds',
  'stated',
  'told',
  'continued',
  'explained',
  'noted',
  'stressed',
  'insisted',
  'concluded',
  'wrote',
  'warned',
  'affirmed',
]);

/** A tail of at most six words up to the next full stop, with an attributing verb: it belongs to the quotation. */
function attributionTail(tokens: Tokens, from: number, paraEnd: number): boolean {
  for (let i = from; i < Math.min(paraEnd, from + 7); i++) {
    if (TERMINATORS.has(tokens.text[i])) return false;
    if (ATTRIBUTION_TAIL_VERBS.has(tokens.text[i])) {
      let end = i + 1;
      while (end < paraEnd && tokens.isWord[end] && end < from + 7) end++;
      return end >= paraEnd || TERMINATORS.has(tokens.text[end]);
    }
  }
  return false;
}

/** Words a sentence cannot end on: a line break after one is a hard wrap of copied text, not a paragraph. */
const OPEN_ENDED = new Set([
  'ان',
  'انه',
  'انها',
  'بان',
  'وان',
  'في',
  'من',
  'علي',
  'الي',
  'عن',
  'مع',
  'التي',
  'الذي',
  'و',
  '،',
  ',',
  'that',
  'the',
  'a',
  'an',
  'of',
  'to',
  'and',
  'or',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
]);

/** …nor start on: «…، والتي رأى\nأنها قاتمة». */
const CLOSE_STARTED = new Set(['انها', 'انهم', 'بان', 'بانه', 'بانها', 'بانهم']);

function wrapsMidSentence(tokens: Tokens, at: number): boolean {
  if (at === 0 || at + 1 >= tokens.count || tokens.text[at + 1] === '\n') return false;
  return OPEN_ENDED.has(tokens.text[at - 1]) || CLOSE_STARTED.has(tokens.text[at + 1]);
}

/** Paragraphs at line breaks (but not at a hard wrap after a word no sentence ends on); sentences at . ! ? ؟ ؛ outside quotes, with or without a following space. */
export function segment(tokens: Tokens, text: string): Segmentation {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const quotedAll = new Uint8Array(tokens.count);
  let paraStart = 0;
  const closeParagraph = (paraEnd: number): void => {
    if (paraEnd <= paraStart) return;
    const paragraph = paragraphs.length;
    paragraphs.push({ firstToken: paraStart, endToken: paraEnd });
    const quoted = insideQuoteFlags(tokens, paraStart, paraEnd);
    quotedAll.set(quoted, paraStart);
    let sentenceStart = paraStart;
    for (let i = paraStart; i < paraEnd; i++) {
      const t = tokens.text[i];
      if (!TERMINATORS.has(t)) continue;
      // «… outside them." He added …»: a full stop closing a quotation ends the sentence at the closing quote.
      if (quoted[i - paraStart] && !closesQuotedSentence(tokens, i, paraEnd, quoted, paraStart)) continue;
      if (t === '.' && isAbbreviation(tokens, i, text)) continue;
      let end = i + 1;
      while (
        end < paraEnd &&
        (TERMINATORS.has(tokens.text[end]) ||
          (CLOSERS.has(tokens.text[end]) && !quoted[end - paraStart] && tokens.start[end] === tokens.end[end - 1]))
      )
        end++;
      sentences.push({ firstToken: sentenceStart, endToken: end, paragraph });
      sentenceStart = end;
      i = end - 1;
    }
    if (sentenceStart < paraEnd) sentences.push({ firstToken: sentenceStart, endToken: paraEnd, paragraph });
  };
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.text[i] === '\n' && !wrapsMidSentence(tokens, i)) {
      closeParagraph(i);
      paraStart = i + 1;
    }
  }
  closeParagraph(tokens.count);
  return { paragraphs, sentences, quoted: quotedAll };
}
