import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor } from '../extractor.js';
import { evalDirectory } from '../eval/run-eval.js';
import type { GoldFile } from '../eval/scoring.js';

const TARGET_BYTES = 5 * 1024 * 1024;

/** Repeats the seed and eval articles (per language) to ≥ 5 MB and measures one-core throughput. */
function corpus(language: 'ar' | 'en'): { text: string; publishedAt: string } {
  const directory = evalDirectory();
  const articles: string[] = [];
  for (const name of readdirSync(directory).filter((f) => f.endsWith('.gold.json'))) {
    const gold = JSON.parse(readFileSync(join(directory, name), 'utf8')) as GoldFile;
    if (gold.language === language) articles.push(readFileSync(join(directory, gold.text), 'utf8'));
  }
  const unit = articles.join('\n\n');
  const copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(unit, 'utf8'));
  return { text: Array.from({ length: copies }, () => unit).join('\n\n'), publishedAt: '2019-10-07' };
}

function main(): void {
  const compileStart = performance.now();
  const extractor = createExtractor();
  console.log(`lexicon compilation: ${(performance.now() - compileStart).toFixed(0)} ms`);
  for (const language of ['ar', 'en'] as const) {
    const { text, publishedAt } = corpus(language);
    const megabytes = Buffer.byteLength(text, 'utf8') / (1024 * 1024);
    extractor.extract(text.slice(0, 200_000), { publishedAt, language }); // warm-up (JIT)
    const start = performance.now();
    const result = extractor.extract(text, { publishedAt, language });
    const seconds = (performance.now() - start) / 1000;
    console.log(
      `${language}: ${megabytes.toFixed(2)} MB (${text.length.toLocaleString()} chars) in ${seconds.toFixed(2)} s → ` +
        `${(megabytes / seconds).toFixed(2)} MB/s, ${Math.round(result.claims.length / seconds).toLocaleString()} claims/s (${result.claims.length.toLocaleString()} claims)`,
    );
  }
}

main();
