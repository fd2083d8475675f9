import { ConflictQueryDto } from '../../conflicts/dto/conflict-query.dto.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { LOCATION_KINDS, type LocationKind } from '@claimline/contracts';
import type { LocationEntity } from '../location.entity.js';

export class LocationQueryDto extends ConflictQueryDto {
  @ApiPropertyOptional({ description: 'Type-ahead text: Arabic (any hamza/taa marbuta form) or English' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ default: 20, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class LocationDto {
  @ApiProperty() id: number;
  @ApiProperty() key: string;
  @ApiProperty() nameAr: string;
  @ApiProperty() nameEn: string;
  @ApiProperty() lat: number;
  @ApiProperty() lon: number;
  @ApiProperty({ enum: LOCATION_KINDS }) kind: LocationKind;
}

export function toLocationDto(location: LocationEntity): LocationDto {
  return {
    id: location.id,
    key: location.key,
    nameAr: location.nameAr,
    nameEn: location.nameEn,
    lat: Number(location.lat),
    lon: Number(location.lon),
    kind: location.kind,
  };
}
