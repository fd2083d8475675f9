import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import type { ClaimStatus } from '@claimline/contracts';
import { toAttributionWhyDto } from '../articles/dto/attribution-why.dto.js';
import { parseProposal } from '../claim-writes/extraction-proposal.js';
import { CLOCK, type Clock } from '../config/clock.js';
import type { ExtractionQualityDto, ExtractionQualityQueryDto } from './dto/extraction-quality.dto.js';
import { ExtractionQualityRepository } from './extraction-quality.repository.js';
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
}
