import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import {
  CLAIM_FILTER_FIELDS,
  CLAIM_STATUSES,
  CODE_PATTERN,
  DATE_PRECISIONS,
  type CampId,
  type ClaimFilters,
  type ClaimStatus,
  type DatePrecision,
} from '@claimline/contracts';
import { DayQuery, IdListQuery, toInt, toStringList } from '../../common/query-params.js';

/**
 * The contract's ClaimFilters when `Dto` declares exactly its keys; otherwise a type no class can
 * implement, naming the keys that differ. Plain `implements ClaimFilters` checks each property's type
 * but not that every key is there: all of them are optional.
 */
type ExactlyTheFilterKeys<Dto> = [
  Exclude<keyof Dto, keyof ClaimFilters>,
  Exclude<keyof ClaimFilters, keyof Dto>,
] extends [never, never]
  ? ClaimFilters
  : { keysNotInBoth: [Exclude<keyof Dto, keyof ClaimFilters>, Exclude<keyof ClaimFilters, keyof Dto>] };

/**
 * The filters shared by the claims list, the dashboard aggregates and the CSV exports,
 * so that a chart, the list it opens and the file it exports always count the same rows.
 */
export class ClaimFiltersDto implements ExactlyTheFilterKeys<ClaimFiltersDto> {
  @ApiPropertyOptional({
    description:
      'The conflict (pack id, GET /api/conflicts). Absent: CLAIMLINE_DEFAULT_CONFLICT, else the first conflict. An unknown id is a 400.',
    example: 'libya-2019',
  })
  @IsOptional()
  @IsString()
  @Matches(CODE_PATTERN, { message: 'conflict must be a conflict id such as libya-2019' })
  conflict?: string;

  @ApiPropertyOptional({ description: "Camp ids of the conflict's camps, comma-separated", example: 'LNA,GNA' })
  @IsOptional()
  @Transform(toStringList)
  @IsArray()
  @Matches(CODE_PATTERN, { each: true, message: 'each camp must be a camp id such as LNA' })
  camp?: CampId[];

  @IdListQuery('Source ids, comma-separated')
  source?: number[];

  @IdListQuery('Narrative ids, comma-separated')
  narrative?: number[];

  @ApiPropertyOptional({ description: 'Statuses, comma-separated', example: 'unreviewed,contested' })
  @IsOptional()
  @Transform(toStringList)
  @IsArray()
  @IsIn(CLAIM_STATUSES, { each: true })
  status?: ClaimStatus[];

  @IdListQuery('Location ids, comma-separated')
  location?: number[];

  @IdListQuery('Outlet ids, comma-separated')
  outlet?: number[];

  @DayQuery('Event date from (inclusive), YYYY-MM-DD')
  from?: string;

  @DayQuery('Event date to (inclusive), YYYY-MM-DD')
  to?: string;

  @ApiPropertyOptional({
    description:
      "How precisely the event date is known, comma-separated: day, week, month, or reported (only the publication date). 'day,week,month' leaves out claims dated by publication alone.",
    example: 'day,week,month',
  })
  @IsOptional()
  @Transform(toStringList)
  @IsArray()
  @IsIn(DATE_PRECISIONS, { each: true })
  precision?: DatePrecision[];

  @ApiPropertyOptional({ description: 'Article id' })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  article?: number;

  @ApiPropertyOptional({
    description:
      'Text search by word prefix: every word of q (2+ letters) must start a word of the claim (also after a clitic و/ف/ب/ل/ك/ال); Arabic matches regardless of hamza forms, taa marbuta, alef maqsura and diacritics. A q of only 1-letter words or stopwords matches as a substring. A claim also matches when every word starts a word of the name or an alias of its source, or of the name or a variant of one of its places (either language; Latin accents ignored, so Salame finds Salamé); the list says why in matchedBy.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(CLAIM_FILTER_FIELDS.q.maxLength)
  q?: string;
}
