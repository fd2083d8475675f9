import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createExtractor } from '../extractor.js';
import { scoreClaims, type GoldFile } from './scoring.js';

const directory = resolve(__dirname, '../../../../fixtures/eval');
const extractor = createExtractor();

function score(goldName: string) {
  const gold = JSON.parse(readFileSync(join(directory, goldName), 'utf8')) as GoldFile;
  const text = readFileSync(join(directory, gold.text), 'utf8');
  return scoreClaims(
    text,
    gold.claims,
    extractor.extract(text, { publishedAt: gold.publishedAt, language: gold.language }).claims,
  );
}

describe('hand-labelled evaluation', () => {
  it('seed article: recall, precision and camp accuracy ≥ 0.9', () => {
    const s = score('seed-ar.gold.json');
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.campAccuracy).toBeGreaterThanOrEqual(0.9);
  });
  it.each(
    readdirSync(directory).filter((f) => f.endsWith('.gold.json') && !f.startsWith('seed') && !f.startsWith('heldout')),
  )('%s ≥ 0.9', (name) => {
    const s = score(name);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.campAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
