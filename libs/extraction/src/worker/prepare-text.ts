import type { Extractor } from '../extractor.js';
import { fingerprint } from '../near-duplicates/near-duplicate.js';
import type { PreparedText, TextToPrepare } from './prepare-protocol.js';

/** One text's extraction and fingerprint, or why the extraction failed: the same on the prepare thread and off it. */
export function prepareText(extractor: Pick<Extractor, 'extract'>, item: TextToPrepare): PreparedText {
  try {
    return { result: extractor.extract(item.text, item.options), print: fingerprint(item.text) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
