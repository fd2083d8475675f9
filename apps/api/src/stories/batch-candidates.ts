import type { BandCandidate } from './stories.repository.js';

/**
 * The band index as an import batch sees it, read once when the batch starts (the stored articles sharing a band
 * with any of its articles) and added to as each of its articles is committed to its savepoint: the same answer as
 * one `StoriesRepository.candidates` query per article (the batch's transaction reads one snapshot plus its own
 * writes), without the query (2.3 ms per article on MariaDB 100k).
 */
export class BatchCandidates {
  /** conflict → band key → ids of the articles holding it. */
  private readonly index = new Map<string, Map<string, number[]>>();

  add(conflictId: string, articleId: number, bands: readonly string[]): void {
    let byBand = this.index.get(conflictId);
    if (!byBand) this.index.set(conflictId, (byBand = new Map<string, number[]>()));
    for (const band of new Set(bands)) {
      const ids = byBand.get(band);
      if (ids) ids.push(articleId);
      else byBand.set(band, [articleId]);
    }
  }

  /** As the query orders them: most shared bands first, then the lower article id; at most `limit`. */
  candidates(conflictId: string, bands: readonly string[], limit: number): BandCandidate[] {
    const byBand = this.index.get(conflictId);
    if (!byBand) return [];
    const shared = new Map<number, number>();
    for (const band of new Set(bands))
      for (const articleId of byBand.get(band) ?? []) shared.set(articleId, (shared.get(articleId) ?? 0) + 1);
    return [...shared]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([articleId, sharedBands]) => ({ articleId, sharedBands }));
  }
}
