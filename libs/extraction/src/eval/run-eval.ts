import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor } from '../extractor.js';
import { scoreRealSet } from './real-set.js';
import { scoreClaims, type GoldFile, type Score } from './scoring.js';

/** fixtures/eval, found from the compiled file (libs/extraction/dist/eval) or the working directory. */
export function evalDirectory(): string {
  const fromDist = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/eval');
  try {
    readdirSync(fromDist);
    return fromDist;
  } catch {
    return resolve(process.cwd(), 'fixtures/eval');
  }
}

export type FileScore = { file: string; score: Score };

export function runEval(directory = evalDirectory(), prefix = ''): { files: FileScore[]; overall: Score } {
  const extractor = createExtractor();
  const files: FileScore[] = [];
  const all = { gold: 0, predicted: 0, matchedGold: 0, matchedPredicted: 0, campCorrect: 0 };
  for (const name of readdirSync(directory)
    .filter((f) => f.endsWith('.gold.json') && f.startsWith(prefix))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(directory, name), 'utf8')) as GoldFile;
    const text = readFileSync(join(directory, gold.text), 'utf8');
    const result = extractor.extract(text, { publishedAt: gold.publishedAt, language: gold.language });
    const score = scoreClaims(text, gold.claims, result.claims);
    files.push({ file: name, score });
    all.gold += score.gold;
    all.predicted += score.predicted;
    all.matchedGold += score.matchedGold;
    all.matchedPredicted += score.matchedPredicted;
    all.campCorrect += score.campCorrect;
  }
  const overall: Score = {
    ...all,
    missed: [],
    spurious: [],
    wrongCamp: [],
    recall: all.matchedGold / all.gold,
    precision: all.matchedPredicted / all.predicted,
    campAccuracy: all.campCorrect / all.matchedGold,
  };
  return { files, overall };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5) + '%';

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const prefixArg = process.argv.indexOf('--prefix');
  const prefix = prefixArg >= 0 ? (process.argv[prefixArg + 1] ?? '') : '';
  const { files, overall } = runEval(evalDirectory(), prefix);
  console.log('file                              gold pred  recall precision  camp-acc');
  for (const { file, score } of [...files, { file: 'OVERALL', score: overall }]) {
    console.log(
      `${file.padEnd(32)} ${String(score.gold).padStart(5)} ${String(score.predicted).padStart(4)}  ${pct(score.recall)}    ${pct(score.precision)}    ${pct(score.campAccuracy)}`,
    );
    if (!verbose) continue;
    for (const m of score.missed) console.log(`   MISSED  [${m.camp}] ${m.inside}`);
    for (const s of score.spurious)
      console.log(`   EXTRA   [${s.source.camp}] ${s.source.mention} «${s.cue}» ${s.text.slice(0, 60)}`);
    for (const w of score.wrongCamp)
      console.log(
        `   CAMP    gold ${w.gold.camp} got ${w.predicted.source.camp} (${w.predicted.source.mention}) ${w.gold.inside}`,
      );
  }
  printRealSets(evalDirectory());
}

/**
 * Real published reports, scored like ../shared/eval-real-dev/score.py (pooled): the development set when it sits
 * beside the checkout, and the Sudan set with its own pack.
 */
function printRealSets(directory: string): void {
  const sets = [
    { label: 'real dev set (eval-real-dev)', gold: resolve(directory, '../../../shared/eval-real-dev/gold.json') },
    { label: 'Sudan set (sudan-2023 pack)', gold: resolve(directory, '../eval-sudan/gold.json'), pack: 'sudan-2023' },
  ];
  console.log('\nreal news, pooled                 gold pred  recall precision  camp-acc');
  for (const set of sets) {
    const s = scoreRealSet(set.gold, set.pack);
    if (!s) continue;
    console.log(
      `${set.label.padEnd(32)} ${String(s.gold).padStart(5)} ${String(s.extracted).padStart(4)}  ${pct(s.recall)}    ${pct(s.precision)}    ${pct(s.campAccuracy)}`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
