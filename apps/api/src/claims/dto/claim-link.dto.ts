import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Min } from 'class-validator';
import { CLAIM_LINK_RELATIONS, type ClaimLinkRelation } from '@claimline/contracts';
import type { ClaimLinkEntity } from '../claim-link.entity.js';
import { toIsoString } from './claim-summary.dto.js';

export class CreateClaimLinkDto {
  @ApiProperty() @IsInt() @Min(1) fromId: number;
  @ApiProperty() @IsInt() @Min(1) toId: number;
  @ApiProperty({ enum: CLAIM_LINK_RELATIONS }) @IsIn(CLAIM_LINK_RELATIONS) relation: ClaimLinkRelation;
}

export class ClaimLinkDto {
  @ApiProperty() id: number;
  @ApiProperty() fromId: number;
  @ApiProperty() toId: number;
  @ApiProperty({ enum: CLAIM_LINK_RELATIONS }) relation: ClaimLinkRelation;
  @ApiProperty() createdAt: string;
}

export function toClaimLinkDto(link: ClaimLinkEntity): ClaimLinkDto {
  return {
    id: link.id,
    fromId: link.fromClaimId,
    toId: link.toClaimId,
    relation: link.relation,
    createdAt: toIsoString(link.createdAt),
  };
}
