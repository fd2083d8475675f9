import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { CAMP_ROLES, type CampRole } from '@claimline/contracts';
import { IsDay } from '../../common/is-day.validator.js';
import type { ConflictCampEntity } from '../conflict-camp.entity.js';
import type { ConflictEntity } from '../conflict.entity.js';

export class ConflictCampDto {
  @ApiProperty({ example: 'RSF' }) id: string;
  @ApiProperty() nameEn: string;
  @ApiProperty() nameAr: string;
  @ApiProperty({ example: '#D55E00' }) color: string;
  @ApiProperty({ enum: CAMP_ROLES }) role: CampRole;
  @ApiProperty({ description: 'Display order, 1 first' }) order: number;
}

export class ConflictDto {
  @ApiProperty({ example: 'sudan-2023' }) id: string;
  @ApiProperty() nameEn: string;
  @ApiProperty() nameAr: string;
  @ApiProperty({ example: '2023-04-15' }) periodFrom: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null while the conflict goes on' }) periodTo:
    string | null;
  @ApiProperty({ example: '1.0.0' }) packVersion: string;
  @ApiProperty({ description: 'The conflict requests without `conflict` read' }) isDefault: boolean;
  @ApiProperty({ type: [ConflictCampDto] }) camps: ConflictCampDto[];
}

export function toConflictDto(
  conflict: ConflictEntity,
  camps: readonly ConflictCampEntity[],
  isDefault: boolean,
): ConflictDto {
  return {
    id: conflict.id,
    nameEn: conflict.nameEn,
    nameAr: conflict.nameAr,
    periodFrom: conflict.periodFrom,
    periodTo: conflict.periodTo,
    packVersion: conflict.packVersion,
    isDefault,
    camps: camps.map((camp) => ({
      id: camp.campId,
      nameEn: camp.nameEn,
      nameAr: camp.nameAr,
      color: camp.color,
      role: camp.role,
      order: camp.sortOrder,
    })),
  };
}

export class CreateConflictDto {
  @ApiProperty({ example: 'yemen-2015', description: 'Kebab-case id, used in URLs and as the pack id' })
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'id must be kebab-case, like yemen-2015' })
  @MaxLength(64)
  id: string;

  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) nameEn: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) nameAr: string;
  @ApiProperty({ example: '2015-03-26' }) @IsDay() periodFrom: string;
  @ApiPropertyOptional({ example: '2022-04-02' }) @IsOptional() @IsDay() periodTo?: string;
}

/** A camp's editable fields; all optional when editing. */
export class CampInputDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(120) nameEn?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(120) nameAr?: string;

  @ApiPropertyOptional({ example: '#0072B2' })
  @IsOptional()
  @Matches(/^#[0-9A-Fa-f]{6}$/, { message: 'color must be written #RRGGBB' })
  color?: string;

  @ApiPropertyOptional({ enum: CAMP_ROLES }) @IsOptional() @IsIn(CAMP_ROLES) role?: CampRole;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) order?: number;
}

export class CreateCampDto extends CampInputDto {
  @ApiProperty({ example: 'SAF', description: "Letters, digits, '_' or '-'" })
  @Matches(/^[A-Za-z0-9_-]{1,16}$/, { message: "id must be 1–16 letters, digits, '_' or '-'" })
  id: string;
}

export class ImportPackDto {
  @ApiProperty({ description: 'The pack file, YAML (or JSON, which is YAML too)' })
  @IsString()
  @MinLength(1)
  @MaxLength(5_000_000)
  pack: string;
}

export class PackImportResultDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'False when the conflict existed and was updated' }) created: boolean;
  @ApiProperty() camps: number;
  @ApiProperty() sourcesAdded: number;
  @ApiProperty() placesAdded: number;
  @ApiProperty() narrativesAdded: number;
}
