import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from 'typeorm';
import { type ExtractionQualityRepository, type GoldFilters } from './extraction-quality.repository.js';
import { buildGoldSet, goldFileName, type GoldInputArticle, type GoldSet } from './gold-set.js';

/** Reviewed articles with the claims analysts kept, read for a gold set. */
export async function loadGoldArticles(
  repository: ExtractionQualityRepository,
  filters: GoldFilters,
  manager?: EntityManager,
): Promise<GoldInputArticle[]> {
  const articles = await repository.reviewedArticles(filters, manager);
  const claims = await repository.keptClaimsOf(
    articles.map((article) => article.id),
    manager,
  );
  const places = await repository.placeNamesOf(
    claims.map((claim) => claim.id),
    manager,
  );
  return articles.map((article) => ({
    ...article,
    claims: claims
      .filter((claim) => claim.articleId === article.id)
      .map((claim) => ({
        id: claim.id,
        text: claim.text,
        cue: claim.cue,
        campId: claim.campId,
        sourceMention: claim.sourceMention,
        sourceNames: [claim.sourceNameAr, claim.sourceNameEn].filter((name): name is string => !!name),
        // Arabic articles name places in Arabic, as the development set's labels do.
        places: (places.get(claim.id) ?? []).map((place) => (article.language === 'ar' ? place.nameAr : place.nameEn)),
      })),
  }));
}

/** Writes each article's text and gold.json into `outDir` (created if missing); returns the gold set written. */
export async function exportGold(
  repository: ExtractionQualityRepository,
  filters: GoldFilters,
  outDir: string,
  manager?: EntityManager,
): Promise<GoldSet> {
  const articles = await loadGoldArticles(repository, filters, manager);
  const gold = buildGoldSet(articles);
  mkdirSync(outDir, { recursive: true });
  for (const article of articles) writeFileSync(join(outDir, goldFileName(article)), article.body, 'utf8');
  writeFileSync(join(outDir, 'gold.json'), `${JSON.stringify(gold, null, 2)}\n`, 'utf8');
  return gold;
}
