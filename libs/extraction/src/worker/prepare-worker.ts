import { parentPort } from 'node:worker_threads';
import { createExtractor, type Extractor } from '../extractor.js';
import { KEPT_EXTRACTORS, type PrepareReply, type PrepareRequest } from './prepare-protocol.js';
import { prepareText } from './prepare-text.js';

/**
 * The prepare thread's entry (PrepareThread starts it): extraction and fingerprints for an import's batches, on a
 * core of their own while the main thread writes the batch before.
 */
const extractors = new Map<number, Extractor>();

function extractorFor(request: PrepareRequest): Extractor {
  let extractor = extractors.get(request.extractor);
  if (extractor) return extractor;
  if (!request.config) throw new Error(`extractor ${request.extractor} is not built here and came without its config`);
  extractor = createExtractor(request.config);
  extractors.set(request.extractor, extractor);
  // Dropped in the order PrepareThread drops its record of them, so the two agree on what is built.
  while (extractors.size > KEPT_EXTRACTORS) extractors.delete(extractors.keys().next().value as number);
  return extractor;
}

function prepare(request: PrepareRequest): PrepareReply {
  try {
    const extractor = extractorFor(request);
    return { id: request.id, prepared: request.texts.map((item) => prepareText(extractor, item)) };
  } catch (error) {
    return { id: request.id, failure: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', (request: PrepareRequest) => parentPort?.postMessage(prepare(request)));
