import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import {
  CLAIM_TYPES,
  CODE_PATTERN,
  DATE_PRECISIONS,
  LANGUAGES,
  isValidDay,
  type CampId,
  type ClaimType,
  type DatePrecision,
  type Language,
} from '@claimline/contracts';
import { HasVisibleText, NoControlCharacters } from '../../common/text.validators.js';

/** Longest accepted article body, in characters. */
export const MAX_BODY_CHARS = 1_000_000;
export const MAX_CLAIMS_PER_ARTICLE = 2_000;

/** A real calendar date written YYYY-MM-DD (2019-02-30 is refused). */
export function IsDay(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDay',
      validator: {
        validate: isValidDay,
        defaultMessage: (args) => `${args?.property} must be a real date as YYYY-MM-DD`,
      },
    },
    options,
  );
}

export class ArticleTextDto {
  @ApiProperty({ description: 'The article text (Arabic or English)' })
  @IsString()
  @HasVisibleText()
  @MaxLength(MAX_BODY_CHARS)
  body: string;

  @ApiProperty({ example: '2019-10-07', description: 'Publication date, YYYY-MM-DD' })
  @IsDay()
  publishedAt: string;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Detected when omitted' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({
    description:
      "The conflict the article belongs to (GET /api/conflicts): its pack's camps, sources and places are used. Default: CLAIMLINE_DEFAULT_CONFLICT, else the first conflict.",
    example: 'sudan-2023',
  })
  @IsOptional()
  @IsString()
  @Matches(CODE_PATTERN, { message: 'conflict must be a conflict id such as libya-2019' })
  conflict?: string;
}

/** The fields of one article, as POST /api/articles and each import row carry them. */
export class ArticleFieldsDto extends ArticleTextDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @NoControlCharacters()
  title?: string;

  @ApiPropertyOptional({ description: 'Outlet name; created when new' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  @NoControlCharacters()
  outlet?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'url must be an http(s) URL' })
  @MaxLength(1000)
  url?: string;
}

export class EventDateDto {
  @ApiProperty({ example: '2019-10-07' })
  @IsDay()
  date: string;

  @ApiProperty({ enum: DATE_PRECISIONS })
  @IsIn(DATE_PRECISIONS)
  precision: DatePrecision;
}

/** One claim of the analyst's edited preview. */
export class ClaimInputDto {
  @ApiProperty({ description: 'The claim as previewed; the stored text is the body span [start, end)' })
  @IsString()
  @IsNotEmpty()
  text: string;

  @ApiProperty() @IsInt() @Min(0) start: number;
  @ApiProperty() @IsInt() @Min(1) end: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(120) cue?: string;

  @ApiPropertyOptional({ description: 'A registered (or proposed) source' })
  @IsOptional()
  @IsInt()
  @Min(1)
  sourceId?: number;

  @ApiPropertyOptional({
    description: 'The source as written; without sourceId it is matched against aliases or proposed',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  sourceMention?: string;

  @ApiPropertyOptional({
    description: "A camp of the article's conflict; used only without a sourceId (a source carries its camp)",
    example: 'LNA',
  })
  @IsOptional()
  @Matches(CODE_PATTERN, { message: 'camp must be a camp id such as LNA' })
  camp?: CampId;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) channel?: string;

  @ApiPropertyOptional({ type: EventDateDto, description: 'Defaults to the publication date, precision "reported"' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EventDateDto)
  eventDate?: EventDateDto;

  @ApiPropertyOptional({ type: [Number] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  locationIds?: number[];

  @ApiPropertyOptional({ enum: CLAIM_TYPES })
  @IsOptional()
  @IsIn(CLAIM_TYPES)
  claimType?: ClaimType;

  @ApiPropertyOptional({ description: 'True for a claim the analyst wrote or changed (origin "manual")' })
  @IsOptional()
  @IsBoolean()
  manual?: boolean;
}

export class CreateArticleDto extends ArticleFieldsDto {
  @ApiPropertyOptional({
    type: [ClaimInputDto],
    description: "The analyst's edited preview; omitted → the extractor's claims are stored",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CLAIMS_PER_ARTICLE)
  @ValidateNested({ each: true })
  @Type(() => ClaimInputDto)
  claims?: ClaimInputDto[];

  @ApiPropertyOptional({
    description:
      "A near-duplicate of a stored article (see the preview's nearDuplicate) is attached to its story and stores no claims; true stores it as a story of its own, with its claims. Default: false",
  })
  @IsOptional()
  @IsBoolean()
  separate?: boolean;
}

export class PreviewArticleDto extends ArticleTextDto {}
