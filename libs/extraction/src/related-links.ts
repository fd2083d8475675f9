import type { Segmentation } from './segment.js';
import type { Tokens } from './tokens.js';

/**
 * The label a site puts over its links to other stories, as a paragraph of its own («أخبار ذات صلة», "Related
 * Articles"), in normalized spelling. Copied pages keep the block in the middle of the article.
 */
const RELATED_LINK_LABELS = new Set([
  'اخبار ذات صله',
  'مواضيع ذات صله',
  'مقالات ذات صله',
  'موضوعات ذات صله',
  'اقرا ايضا',
  'اقرا المزيد',
  'اقرا كذلك',
  'شاهد ايضا',
  'related',
  'related articles',
  'related stories',
  'related news',
  'related content',
  'read more',
  'read also',
  'also read',
  'see also',
  'more on this',
  'more stories',
  'you may also like',
]);

/** A linked headline is short; a paragraph longer than this is the article again. */
const HEADLINE_WORDS = 20;
/** At most this many headlines follow a label. */
const BLOCK_PARAGRAPHS = 8;

/**
 * Rule `relatedLinksBlock`: the headlines under a related-links label are other stories, not this one's claims
 * («أوروبا تدعو تركيا إلى …» would otherwise become a claim, and the next «وتابع» its speaker's). The block runs
 * from the label over short paragraphs that do not end with a full stop. Returns a flag per sentence.
 */
export function relatedLinkSentences(tokens: Tokens, segmentation: Segmentation): Uint8Array {
  const { paragraphs, sentences } = segmentation;
  const inBlock = new Uint8Array(paragraphs.length);
  for (let p = 0; p < paragraphs.length; p++) {
    if (!RELATED_LINK_LABELS.has(paragraphWords(tokens, paragraphs[p]).join(' '))) continue;
    inBlock[p] = 1;
    for (let q = p + 1; q < paragraphs.length && q <= p + BLOCK_PARAGRAPHS; q++) {
      const { firstToken, endToken } = paragraphs[q];
      const words = paragraphWords(tokens, paragraphs[q]);
      if (words.length > HEADLINE_WORDS || tokens.text[endToken - 1] === '.' || endToken === firstToken) break;
      inBlock[q] = 1;
    }
  }
  const flags = new Uint8Array(sentences.length);
  sentences.forEach((sentence, index) => (flags[index] = inBlock[sentence.paragraph]));
  return flags;
}

function paragraphWords(tokens: Tokens, paragraph: { firstToken: number; endToken: number }): string[] {
  const words: string[] = [];
  for (let i = paragraph.firstToken; i < paragraph.endToken; i++) if (tokens.isWord[i]) words.push(tokens.text[i]);
  return words;
}
