import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { CAMP_IDS, CLAIM_STATUSES, type CampId, type ClaimStatus } from '@claimline/contracts';
import { IsDay } from './is-day.validator.js';

/** `?camp=LNA,GNA` and `?camp=LNA&camp=GNA` both become ['LNA','GNA']. */
export const toStringList = ({ value }: { value: unknown }): string[] | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => String(item).split(',')).map((item) => item.trim()).filter(Boolean);
};

export const toIntList = (input: { value: unknown }): number[] | undefined =>
  toStringList(input)?.map((item) => (/^\d+$/.test(item) ? Number(item) : Number.NaN));

/**
 * The filters shared by the claims list, the dashboard aggregates and the CSV exports,
 * so that a chart, the list it opens and the file it exports always count the same rows.
 */
export class ClaimFiltersDto {
  @ApiPropertyOptional({ description: 'Camp ids, comma-separated', example: 'LNA,GNA' })
  @IsOptional()
  @Transform(toStringList)
  @IsArray()
  @IsIn(CAMP_IDS, { each: true })
  camp?: CampId[];

  @ApiPropertyOptional({ description: 'Source ids, comma-separated' })
  @IsOptional()
  @Transform(toIntList)
  @IsArray()
  @IsInt({ each: true })
  source?: number[];

  @ApiPropertyOptional({ description: 'Narrative ids, comma-separated' })
  @IsOptional()
  @Transform(toIntList)
  @IsArray()
  @IsInt({ each: true })
  narrative?: number[];

  @ApiPropertyOptional({ description: 'Statuses, comma-separated', example: 'unreviewed,contested' })
  @IsOptional()
  @Transform(toStringList)
  @IsArray()
  @IsIn(CLAIM_STATUSES, { each: true })
  status?: ClaimStatus[];

  @ApiPropertyOptional({ description: 'Location ids, comma-separated' })
  @IsOptional()
  @Transform(toIntList)
  @IsArray()
  @IsInt({ each: true })
  location?: number[];

  @ApiPropertyOptional({ description: 'Outlet ids, comma-separated' })
  @IsOptional()
  @Transform(toIntList)
  @IsArray()
  @IsInt({ each: true })
  outlet?: number[];

  @ApiPropertyOptional({ description: 'Event date from (inclusive), YYYY-MM-DD' })
  @IsOptional()
  @IsDay()
  from?: string;

  @ApiPropertyOptional({ description: 'Event date to (inclusive), YYYY-MM-DD' })
  @IsOptional()
  @IsDay()
  to?: string;

  @ApiPropertyOptional({ description: 'Article id' })
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : /^\d+$/.test(String(value)) ? Number(value) : Number.NaN))
  @IsInt()
  @Min(1)
  article?: number;

  @ApiPropertyOptional({ description: 'Text search by word prefix: every word of q (2+ letters) must start a word of the claim (also after a clitic و/ف/ب/ل/ك/ال); Arabic matches regardless of hamza forms, taa marbuta, alef maqsura and diacritics. A q of only 1-letter words or stopwords matches as a substring.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
