import { ConflictQueryDto } from '../../conflicts/dto/conflict-query.dto.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsCleanName } from '../../common/text.validators.js';
import { IsOmittable, Trimmed } from '../../common/validation.js';
import type { NarrativeRow } from '../narratives.repository.js';

const COLOR = /^#[0-9A-Fa-f]{6}$/;

export class CreateNarrativeDto extends ConflictQueryDto {
  @ApiProperty({ example: 'Foreign mercenaries' })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @IsCleanName()
  nameEn: string;

  @ApiProperty({ example: 'المرتزقة الأجانب' })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @IsCleanName()
  nameAr: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string | null;

  @ApiProperty({ example: '#E69F00' })
  @Matches(COLOR, { message: 'color must be a colour as #RRGGBB' })
  color: string;
}

export class UpdateNarrativeDto {
  @ApiPropertyOptional()
  @IsOmittable()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @IsCleanName()
  nameEn?: string;
  @ApiPropertyOptional()
  @IsOmittable()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @IsCleanName()
  nameAr?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(1000) description?:
    string | null;
  @ApiPropertyOptional()
  @IsOmittable()
  @Matches(COLOR, { message: 'color must be a colour as #RRGGBB' })
  color?: string;
}

export class NarrativeDto {
  @ApiProperty() id: number;
  @ApiProperty() nameEn: string;
  @ApiProperty() nameAr: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty() color: string;
  @ApiProperty({ description: 'Claims tagged with it, as GET /api/claims?narrative=id counts them' })
  claimCount: number;
}

export function toNarrativeDto(row: NarrativeRow): NarrativeDto {
  return {
    id: row.id,
    nameEn: row.nameEn,
    nameAr: row.nameAr,
    description: row.description,
    color: row.color.toUpperCase(),
    claimCount: row.claimCount,
  };
}
