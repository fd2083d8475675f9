import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { strToU8, zipSync } from 'fflate';
import type { ClaimStatus } from '@claimline/contracts';
import { toAttributionWhyDto } from '../articles/dto/attribution-why.dto.js';
import { parseProposal } from '../claim-writes/extraction-proposal.js';
import { CLOCK, type Clock } from '../config/clock.js';
import type { ExtractionQualityDto, ExtractionQualityQueryDto } from './dto/extraction-quality.dto.js';
import { ExtractionQualityRepository } from './extraction-quality.repository.js';
import { loadGoldArticles } from './gold-export.js';
import { buildGoldSet, goldFileName } from './gold-set.js';
import { qualityByCamp, qualityByRule, qualityFigures, type ReviewedClaim } from './quality-figures.js';

const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (value: string) => Date.parse(`${value}T00:00:00Z`);

/** How well the extractor did, measured by what analysts kept, corrected, rejected and added. */
@Injectable()
export class ExtractionQualityService {
  constructor(
    private readonly repository: ExtractionQualityRepository,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  async quality(query: ExtractionQualityQueryDto): Promise<ExtractionQualityDto> {
    const to = query.to ?? day(this.now());
    const from = query.from ?? day(dayMs(to) - 29 * DAY_MS);
    if (from > to) {
      throw new BadRequestException({
        message: 'Validation failed',
        errors: [{ field: 'from', messages: ['from must not be after to'] }],
      });
    }
    const range = { from, until: day(dayMs(to) + DAY_MS) };
    const rows = await this.repository.reviewedExtractedClaims(range);
    const places = await this.repository.placeIdsOf(rows.map((row) => row.id));
    const claims = rows.flatMap((row): ReviewedClaim[] => {
      const proposal = parseProposal(row.proposal);
      if (!proposal) return [];
      return [
        {
          status: row.status as ClaimStatus,
          sourceId: row.sourceId,
          campId: row.campId,
          placeIds: places.get(row.id) ?? [],
          proposal,
          why: toAttributionWhyDto(row.why),
        },
      ];
    });
    return {
      period: { from, to },
      ...qualityFigures(claims),
      misses: await this.repository.countManualClaims(range),
      byCamp: qualityByCamp(claims),
      byRule: qualityByRule(claims),
    };
  }

  /**
   * The reviewed articles published in the period as a gold set — each text and gold.json, as `npm run gold:export`
   * writes them — in one zip, so a team grows its own evaluation set from the quality page.
   */
  async goldZip(query: ExtractionQualityQueryDto): Promise<{ filename: string; zip: Uint8Array; articles: number }> {
    if (query.from && query.to && query.from > query.to) {
      throw new BadRequestException({
        message: 'Validation failed',
        errors: [{ field: 'from', messages: ['from must not be after to'] }],
      });
    }
    const articles = await loadGoldArticles(this.repository, { from: query.from, to: query.to });
    const gold = buildGoldSet(articles);
    const files: Record<string, Uint8Array> = { 'gold.json': strToU8(`${JSON.stringify(gold, null, 2)}\n`) };
    for (const article of articles) files[goldFileName(article)] = strToU8(article.body);
    const period = [query.from, query.to].filter(Boolean).join('_') || day(this.now());
    return { filename: `claimline-gold-${period}.zip`, zip: zipSync(files, { level: 6 }), articles: articles.length };
  }
}
