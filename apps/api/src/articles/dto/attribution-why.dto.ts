import { ApiProperty } from '@nestjs/swagger';
import type { AttributionReason, AttributionWhy } from '@claimline/contracts';

export class AttributionReasonDto implements AttributionReason {
  @ApiProperty({ description: 'The engine rule, a stable id naming the behaviour', example: 'source.registry-alias' })
  rule: string;
  @ApiProperty({ description: 'A short English sentence with the evidence' }) text: string;
}

/** Why the extractor attributed a claim as it did: the cue it read, whom it took as the source, and the camp. */
export class AttributionWhyDto implements AttributionWhy {
  @ApiProperty({ type: AttributionReasonDto }) cue: AttributionReasonDto;
  @ApiProperty({ type: AttributionReasonDto }) source: AttributionReasonDto;
  @ApiProperty({ type: AttributionReasonDto }) camp: AttributionReasonDto;
}

const isReason = (value: unknown): value is AttributionReason =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as AttributionReason).rule === 'string' &&
  typeof (value as AttributionReason).text === 'string';

/** The stored claims.extraction_why text as a DTO; null when absent or not the shape written at ingestion. */
export function toAttributionWhyDto(stored: string | null): AttributionWhyDto | null {
  if (!stored) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return null;
  }
  const why = parsed as Partial<AttributionWhy> | null;
  if (!why || !isReason(why.cue) || !isReason(why.source) || !isReason(why.camp)) return null;
  const reason = (r: AttributionReason) => ({ rule: r.rule, text: r.text });
  return { cue: reason(why.cue), source: reason(why.source), camp: reason(why.camp) };
}
