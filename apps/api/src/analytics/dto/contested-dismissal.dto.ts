import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { AnalyticsClaimDto } from './analytics-claim.dto.js';

/** Either order: a dismissal is of the unordered pair. */
export class CreateContestedDismissalDto {
  @ApiProperty() @IsInt() @Min(1) aId: number;
  @ApiProperty() @IsInt() @Min(1) bId: number;
}

export class ContestedDismissalDto {
  @ApiProperty() id: number;
  @ApiProperty({ type: AnalyticsClaimDto, description: 'The claim with the lower id' }) a: AnalyticsClaimDto;
  @ApiProperty({ type: AnalyticsClaimDto }) b: AnalyticsClaimDto;
  @ApiProperty({ type: String, description: 'ISO time' }) dismissedAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'Who dismissed it (e-mail for admins, else Analyst #id)' })
  dismissedBy: string | null;
}

export class ContestedDismissalsDto {
  @ApiProperty({ type: [ContestedDismissalDto], description: 'Newest first' }) items: ContestedDismissalDto[];
}
