import { ConflictQueryDto } from '../../conflicts/dto/conflict-query.dto.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  Matches,
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCleanName } from '../../common/text.validators.js';
import { IsOmittable, Trimmed } from '../../common/validation.js';
import { CODE_PATTERN, SOURCE_KINDS, type CampId, type SourceKind } from '@claimline/contracts';
import { toStringList } from '../../common/query-params.js';
import type { SourceEntity, SourceStatus } from '../source.entity.js';

export const SOURCE_STATUSES: readonly SourceStatus[] = ['active', 'proposed', 'merged', 'rejected'];

export class SourceQueryDto extends ConflictQueryDto {
  @ApiPropertyOptional({ description: 'Name or alias; Arabic matches regardless of hamza/taa marbuta forms' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Camp ids, comma-separated' })
  @IsOptional()
  @Transform(toStringList)
  @IsArray()
  @Matches(CODE_PATTERN, { each: true, message: 'each camp must be a camp id such as LNA' })
  camp?: CampId[];

  @ApiPropertyOptional({ description: 'Statuses, comma-separated (default: active)', example: 'proposed' })
  @IsOptional()
  @Transform(toStringList)
  @IsArray()
  @IsIn(SOURCE_STATUSES, { each: true })
  status?: SourceStatus[];

  @ApiPropertyOptional({ default: 200, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ description: 'Keyset cursor: the nextCursor of the previous page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  cursor?: number;
}

const ALIAS_RULES = [
  IsArray(),
  ArrayMaxSize(200),
  IsString({ each: true }),
  IsNotEmpty({ each: true }),
  MaxLength(255, { each: true }),
  IsCleanName({ each: true }),
];
const applyAll =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

export class CreateSourceDto extends ConflictQueryDto {
  @ApiProperty() @Trimmed() @IsString() @IsNotEmpty() @MaxLength(255) @IsCleanName() nameAr: string;
  @ApiProperty() @Trimmed() @IsString() @IsNotEmpty() @MaxLength(255) @IsCleanName() nameEn: string;
  @ApiProperty({ description: "A camp of the source's conflict", example: 'LNA' })
  @Matches(CODE_PATTERN, { message: 'camp must be a camp id such as LNA' })
  camp: CampId;
  @ApiProperty({ enum: SOURCE_KINDS }) @IsIn(SOURCE_KINDS) kind: SourceKind;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @applyAll(ALIAS_RULES) aliases?: string[];
}

/** A name an edit may leave out; when given, it is a clean, non-blank name. */
const OptionalName = (): PropertyDecorator =>
  applyAll([ApiPropertyOptional(), IsOmittable(), Trimmed(), IsString(), IsNotEmpty(), MaxLength(255), IsCleanName()]);

export class AcceptSourceDto {
  @OptionalName() nameAr?: string;
  @OptionalName() nameEn?: string;
  @ApiPropertyOptional({ description: "A camp of the source's conflict" })
  @IsOmittable()
  @Matches(CODE_PATTERN, { message: 'camp must be a camp id such as LNA' })
  camp?: CampId;
  @ApiPropertyOptional({ enum: SOURCE_KINDS }) @IsOmittable() @IsIn(SOURCE_KINDS) kind?: SourceKind;
}

/** What accepting a proposal may set, and the alias list. */
export class UpdateSourceDto extends AcceptSourceDto {
  @ApiPropertyOptional({ type: [String], description: 'Replaces the alias list' })
  @IsOmittable()
  @applyAll(ALIAS_RULES)
  aliases?: string[];
}

export class MergeSourceDto {
  @ApiProperty({ description: 'The source that absorbs this one' }) @IsInt() @Min(1) intoId: number;
}

export class SourceDto {
  @ApiProperty() id: number;
  @ApiProperty({ nullable: true, description: 'Built-in registry key', type: String }) key: string | null;
  @ApiProperty() nameAr: string;
  @ApiProperty() nameEn: string;
  @ApiProperty({ example: 'LNA' }) camp: CampId;
  @ApiProperty({ enum: SOURCE_KINDS }) kind: SourceKind;
  @ApiProperty({ enum: SOURCE_STATUSES }) status: SourceStatus;
  @ApiProperty({ nullable: true, type: Number }) mergedIntoId: number | null;
  @ApiProperty({ type: [String] }) aliases: string[];
  @ApiProperty() claimCount: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class SourcePageDto {
  @ApiProperty({ type: [SourceDto] }) items: SourceDto[];
  @ApiProperty({ nullable: true, type: Number }) nextCursor: number | null;
}

export function toSourceDto(source: SourceEntity, claimCount: number): SourceDto {
  return {
    id: source.id,
    key: source.registryKey,
    nameAr: source.nameAr,
    nameEn: source.nameEn,
    camp: source.campId,
    kind: source.kind,
    status: source.status,
    mergedIntoId: source.mergedIntoId,
    aliases: (source.aliases ?? []).map((alias) => alias.alias),
    claimCount,
    createdAt: new Date(source.createdAt).toISOString(),
    updatedAt: new Date(source.updatedAt).toISOString(),
  };
}
