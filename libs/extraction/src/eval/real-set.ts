import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ExtractedClaim } from '@claimline/contracts';
import { createExtractor } from '../extractor.js';
import { loadPack } from '../packs/pack-files.js';

/**
 * Scores a gold set in the format of ../shared/eval-real-dev/ (one gold.json with an `anchor` per claim) by the same
 * rules as its score.py, so `npm run eval:extraction` prints the figures run_set.py would, without a process per article.
 */
type Anchor = { anchor: string; camp: string | string[] };
type RealArticle = { file: string; published: string; language: 'ar' | 'en'; claims: Anchor[]; optional?: Anchor[] };

export type RealSetScore = {
  gold: number;
  extracted: number;
  found: number;
  correct: number;
  campOk: number;
  recall: number;
  precision: number;
  campAccuracy: number;
};

/** score.py's norm(): tashkeel, tatweel and invisible marks removed, alef forms → ا, ى → ي, ة → ه, digits, quotes dropped. */
export function normalizeForScoring(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\u064B-\u0652\u0670\u0640\u200B-\u200F\u061C]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/["«»“”'`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const campsOf = (g: Anchor): string[] => (Array.isArray(g.camp) ? g.camp : [g.camp]).map((c) => c.toUpperCase());

/** One article: a gold anchor is found in the tightest not-yet-credited claim whose text or span contains it. */
export function scoreArticle(
  article: string,
  gold: Anchor[],
  optional: Anchor[],
  claims: ExtractedClaim[],
): Omit<RealSetScore, 'recall' | 'precision' | 'campAccuracy'> {
  const texts = claims.map((c) => {
    const own = [normalizeForScoring(c.text)];
    if (c.start >= 0 && c.start < c.end && c.end <= article.length)
      own.push(normalizeForScoring(article.slice(c.start, c.end)));
    return own;
  });
  const used = new Set<number>();
  const take = (anchor: string): number | null => {
    let best: number | null = null;
    texts.forEach((own, i) => {
      if (used.has(i) || !own.some((t) => t.includes(anchor))) return;
      if (best === null || own[0].length < texts[best][0].length) best = i;
    });
    if (best !== null) used.add(best);
    return best;
  };
  let found = 0;
  let campOk = 0;
  for (const g of gold) {
    const i = take(normalizeForScoring(g.anchor));
    if (i === null) continue;
    found++;
    if (campsOf(g).includes(String(claims[i].source.camp).toUpperCase())) campOk++;
  }
  for (const o of optional) take(normalizeForScoring(o.anchor));
  return { gold: gold.length, extracted: claims.length, found, correct: used.size, campOk };
}

/** Pooled figures over every article of `goldPath` (texts beside it); null when the set is not there. */
export function scoreRealSet(goldPath: string, packId?: string): RealSetScore | null {
  if (!existsSync(goldPath)) return null;
  const set = JSON.parse(readFileSync(goldPath, 'utf8')) as { articles: RealArticle[] };
  const extractor = createExtractor(loadPack(packId));
  const total = { gold: 0, extracted: 0, found: 0, correct: 0, campOk: 0 };
  for (const a of set.articles) {
    const text = readFileSync(join(dirname(goldPath), a.file), 'utf8');
    const { claims } = extractor.extract(text, { publishedAt: a.published, language: a.language });
    const s = scoreArticle(text, a.claims, a.optional ?? [], claims);
    for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += s[key];
  }
  const ratio = (a: number, b: number): number => (b ? a / b : 0);
  return {
    ...total,
    recall: ratio(total.found, total.gold),
    precision: ratio(total.correct, total.extracted),
    campAccuracy: ratio(total.campOk, total.found),
  };
}
