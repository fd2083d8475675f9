import { ApiProperty } from '@nestjs/swagger';
import { CAMP_ROLES, type CampId, type CampRole } from '@claimline/contracts';
import type { ConflictCampEntity } from '../../conflicts/conflict-camp.entity.js';

export class CampDto {
  @ApiProperty({ example: 'LNA' })
  id: CampId;

  @ApiProperty()
  nameEn: string;

  @ApiProperty()
  nameAr: string;

  @ApiProperty()
  descriptionEn: string;

  @ApiProperty({ example: '#D55E00' })
  color: string;

  @ApiProperty({
    enum: CAMP_ROLES,
    description: 'What the camp is to the engine: belligerents are compared against each other',
  })
  role: CampRole;

  @ApiProperty({ description: 'Display order, 1 first' })
  order: number;
}

export function toCampDto(camp: ConflictCampEntity): CampDto {
  return {
    id: camp.campId,
    nameEn: camp.nameEn,
    nameAr: camp.nameAr,
    descriptionEn: camp.descriptionEn ?? '',
    color: camp.color,
    role: camp.role,
    order: camp.sortOrder,
  };
}
