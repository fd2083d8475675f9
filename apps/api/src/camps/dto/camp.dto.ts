import { ApiProperty } from '@nestjs/swagger';
import { CAMP_IDS, type CampId } from '@claimline/contracts';
import type { CampEntity } from '../camp.entity.js';

export class CampDto {
  @ApiProperty({ enum: CAMP_IDS })
  id: CampId;

  @ApiProperty()
  nameEn: string;

  @ApiProperty()
  nameAr: string;

  @ApiProperty()
  descriptionEn: string;

  @ApiProperty({ example: '#D55E00' })
  color: string;
}

export function toCampDto(camp: CampEntity): CampDto {
  return {
    id: camp.id,
    nameEn: camp.nameEn,
    nameAr: camp.nameAr,
    descriptionEn: camp.descriptionEn,
    color: camp.color,
  };
}
