import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsOmittable, Trimmed } from '../../common/validation.js';
import type { FeedEntity } from '../feed.entity.js';

export const MIN_INTERVAL_MINUTES = 5;
export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;
export const DEFAULT_INTERVAL_MINUTES = 60;

export class CreateFeedDto {
  @ApiProperty({
    description: 'An RSS 2.0, Atom or JSON Feed URL (http or https)',
    example: 'https://news.example/rss',
  })
  @IsString()
  @Matches(/\S/, { message: 'url must not be empty' })
  @MaxLength(1000)
  url: string;

  @ApiPropertyOptional({ description: "Outlet the feed's articles are stored under; default: each page's site name" })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(255)
  outlet?: string;

  @ApiPropertyOptional({
    description: 'The conflict its articles belong to (GET /api/conflicts); default: the default conflict',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  conflict?: string;

  // No `default:` in the schema: generated clients would then make the field required. The default is applied
  // by the service and stated here.
  @ApiPropertyOptional({
    minimum: MIN_INTERVAL_MINUTES,
    maximum: MAX_INTERVAL_MINUTES,
    description: `Minutes between polls; ${DEFAULT_INTERVAL_MINUTES} when omitted`,
  })
  @IsOptional()
  @IsInt()
  @Min(MIN_INTERVAL_MINUTES)
  @Max(MAX_INTERVAL_MINUTES)
  intervalMinutes?: number;
}

export class UpdateFeedDto {
  @ApiPropertyOptional({ description: 'true pauses polling, false resumes it (and polls at once)' })
  @IsOmittable()
  @IsBoolean()
  paused?: boolean;

  @ApiPropertyOptional({ minimum: MIN_INTERVAL_MINUTES, maximum: MAX_INTERVAL_MINUTES })
  @IsOmittable()
  @IsInt()
  @Min(MIN_INTERVAL_MINUTES)
  @Max(MAX_INTERVAL_MINUTES)
  intervalMinutes?: number;

  @ApiPropertyOptional({ type: String, nullable: true, description: "null: each page's own site name" })
  @IsOptional()
  @Trimmed()
  @ValidateIf((_object: unknown, value: unknown) => value !== null)
  @IsString()
  @MaxLength(255)
  outlet?: string | null;
}

export type FeedState = 'idle' | 'polling' | 'paused' | 'failing';

export class FeedDto {
  @ApiProperty() id: number;
  @ApiProperty() url: string;
  @ApiProperty({ type: String, nullable: true, description: "The feed's own title" }) title: string | null;
  @ApiProperty({ type: String, nullable: true }) outlet: string | null;
  @ApiProperty({ type: String, nullable: true }) conflict: string | null;
  @ApiProperty() intervalMinutes: number;
  @ApiProperty() paused: boolean;
  @ApiProperty({ enum: ['idle', 'polling', 'paused', 'failing'] }) state: FeedState;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastPolledAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastSuccessAt: string | null;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ description: 'Consecutive failed polls; the next poll is put off exponentially (capped at a day)' })
  failures: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'null while paused' })
  nextPollAt: string | null;
  @ApiProperty({ description: 'Entries seen since the feed was added' }) itemsSeen: number;
  @ApiProperty({ description: 'Articles stored by the last poll' }) lastNewItems: number;
  @ApiProperty({ description: 'Articles stored since the feed was added' }) articlesStored: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class FeedPollResultDto {
  @ApiProperty({ description: 'The server answered 304: nothing changed' }) notModified: boolean;
  @ApiProperty({ description: 'Entries not seen before' }) newItems: number;
  @ApiProperty() stored: number;
  @ApiProperty({ description: 'Already stored (same canonical URL or same body)' }) duplicates: number;
  @ApiProperty({ description: 'Entries that could not be fetched or read; retried at the next polls' }) failed: number;
  @ApiProperty({ type: String, nullable: true, description: 'Why the poll failed as a whole' }) error: string | null;
}

export class FeedPollDto {
  @ApiProperty({ type: FeedDto }) feed: FeedDto;
  @ApiProperty({ type: FeedPollResultDto }) result: FeedPollResultDto;
}

const iso = (date: Date | null): string | null => (date ? new Date(date).toISOString() : null);

export function toFeedDto(feed: FeedEntity): FeedDto {
  return {
    id: feed.id,
    url: feed.url,
    title: feed.title,
    outlet: feed.outlet,
    conflict: feed.conflict,
    intervalMinutes: feed.intervalMinutes,
    paused: Boolean(feed.paused),
    state: feed.pollingSince ? 'polling' : feed.paused ? 'paused' : feed.failures > 0 ? 'failing' : 'idle',
    lastPolledAt: iso(feed.lastPolledAt),
    lastSuccessAt: iso(feed.lastSuccessAt),
    lastError: feed.lastError,
    failures: feed.failures,
    nextPollAt: feed.paused ? null : iso(feed.nextPollAt),
    itemsSeen: feed.itemsSeen,
    lastNewItems: feed.lastNewItems,
    articlesStored: feed.articlesStored,
    createdAt: iso(feed.createdAt)!,
  };
}
