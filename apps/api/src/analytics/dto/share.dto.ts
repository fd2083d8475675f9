import { ApiProperty } from '@nestjs/swagger';
import type { CampId } from '@claimline/contracts';

export class NarrativeShareDto {
  @ApiProperty() narrativeId: number;
  @ApiProperty() name: string;
  @ApiProperty() nameAr: string;
  @ApiProperty() color: string;
  @ApiProperty() count: number;
  @ApiProperty({ description: "count / the camp's total claims, 0..1 (a claim with two narratives counts in both)" })
  share: number;
}

export class CampShareDto {
  @ApiProperty({ example: 'LNA', description: 'A camp id of the conflict (GET /api/conflicts)' }) camp: CampId;
  @ApiProperty({ description: "The camp's claims matching the filters" }) total: number;
  @ApiProperty({ type: [NarrativeShareDto], description: 'Largest first' }) narratives: NarrativeShareDto[];
  @ApiProperty({ description: 'Claims with no narrative' }) untagged: number;
}

export class ShareDto {
  @ApiProperty({ type: [CampShareDto], description: 'All five camps in canonical order' }) camps: CampShareDto[];
}
