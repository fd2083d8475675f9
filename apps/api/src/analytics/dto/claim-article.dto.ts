import { ApiProperty } from '@nestjs/swagger';
import type { RawRow } from '../analytics-columns.js';

/** The article a claim was read in, so a card can say which outlet reported it and link to the piece. */
export class AnalyticsArticleDto {
  @ApiProperty() id: number;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The outlet that published it' }) outlet: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Where it was published, when known' }) url: string | null;
  @ApiProperty({ example: '2019-10-07' }) publishedAt: string;
}

export function toClaimArticleDto(row: RawRow): AnalyticsArticleDto {
  return {
    id: Number(row.id),
    title: (row.title as string | null) ?? null,
    outlet: (row.outlet as string | null) ?? null,
    url: (row.url as string | null) ?? null,
    publishedAt: String(row.published_at),
  };
}
