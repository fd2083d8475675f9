import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Realistic Arabic articles derived from fixtures/seed-article-ar.txt: paragraphs and sentences are
 * sampled, reordered and their numbers varied, plus one numbered sentence, so every body (and its
 * content hash) differs while the language stays that of a real wire report.
 */
export function articleVariants(
  repo: string,
  count: number,
  seed = 1,
): { title: string; body: string; publishedAt: string }[] {
  const text = readFileSync(resolve(repo, 'fixtures/seed-article-ar.txt'), 'utf8');
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const sentences = paragraphs.map((p) => p.split(/(?<=[.!؟])\s*/).filter((s) => s.trim().length > 10));
  let state = seed >>> 0;
  const rnd = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out: { title: string; body: string; publishedAt: string }[] = [];
  const start = Date.parse('2019-04-04T00:00:00Z');
  for (let i = 0; i < count; i++) {
    const chosen = paragraphs
      .map((_, p) => p)
      .filter(() => rnd() < 0.7)
      .map((p) => sentences[p].filter(() => rnd() < 0.85).join(' '))
      .filter(Boolean);
    const body =
      chosen.join('\n\n').replace(/\d+/g, (digits) => String(Math.max(1, Number(digits) + Math.floor(rnd() * 7) - 3))) +
      `\n\nوقال مصدر عسكري إن ${i + 3} آليات دمرت في المحور رقم ${i + 1}.`;
    const publishedAt = new Date(start + Math.floor(rnd() * 800) * 86_400_000).toISOString().slice(0, 10);
    out.push({ title: `[BENCH] تقرير ميداني ${i + 1}`, body, publishedAt });
  }
  return out;
}
