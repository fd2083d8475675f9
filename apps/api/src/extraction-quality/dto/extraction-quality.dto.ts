import { ApiProperty } from '@nestjs/swagger';
import type { CampId } from '@claimline/contracts';
import { DayQuery } from '../../common/query-params.js';

export class ExtractionQualityQueryDto {
  @DayQuery('First day (UTC) a claim was reviewed or last changed, inclusive; default: 29 days before `to`')
  from?: string;

  @DayQuery('Last day (UTC), inclusive; default: today')
  to?: string;
}

export class QualityRatioDto {
  @ApiProperty({ description: 'Claims that agree with the extractor' }) agreed: number;
  @ApiProperty({ description: 'Claims counted' }) total: number;
  @ApiProperty({ type: Number, nullable: true, description: 'agreed / total; null when nothing was counted' })
  value: number | null;
}

export class QualityFiguresDto {
  @ApiProperty({ description: 'Reviewed extracted claims' }) reviewed: number;
  @ApiProperty({
    type: QualityRatioDto,
    description: 'Not rejected, over reviewed (a rejected claim is a false positive)',
  })
  precision: QualityRatioDto;
  @ApiProperty({ type: QualityRatioDto, description: 'Current source is the proposed one, over claims not rejected' })
  sourceAccuracy: QualityRatioDto;
  @ApiProperty({ type: QualityRatioDto, description: 'Current camp is the proposed one, over claims not rejected' })
  campAccuracy: QualityRatioDto;
  @ApiProperty({ type: QualityRatioDto, description: 'Current places are the proposed ones, over claims not rejected' })
  placeAccuracy: QualityRatioDto;
}

export class CampQualityDto extends QualityFiguresDto {
  @ApiProperty({ example: 'LNA', description: 'The camp the extractor proposed' }) camp: CampId;
}

export class RuleQualityDto extends QualityFiguresDto {
  @ApiProperty({ enum: ['cue', 'source', 'camp'], description: 'Which part of the attribution the rule decided' })
  kind: 'cue' | 'source' | 'camp';
  @ApiProperty({ description: 'The rule id from the claim’s why, e.g. source.registry-alias' }) rule: string;
}

export class QualityPeriodDto {
  @ApiProperty({ description: 'YYYY-MM-DD, inclusive' }) from: string;
  @ApiProperty({ description: 'YYYY-MM-DD, inclusive' }) to: string;
}

export class ExtractionQualityDto extends QualityFiguresDto {
  @ApiProperty({ type: QualityPeriodDto }) period: QualityPeriodDto;
  @ApiProperty({ description: 'Claims analysts added by hand in the period: what the extractor missed' })
  misses: number;
  @ApiProperty({ type: [CampQualityDto], description: 'By proposed camp, in camp order' }) byCamp: CampQualityDto[];
  @ApiProperty({
    type: [RuleQualityDto],
    description: 'By rule id of the cue, source and camp reasons; most claims first',
  })
  byRule: RuleQualityDto[];
}
