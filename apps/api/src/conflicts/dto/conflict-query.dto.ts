import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { CODE_PATTERN } from '@claimline/contracts';

/** `?conflict=` on lists of per-conflict rows (camps, sources, places, narratives). */
export class ConflictQueryDto {
  @ApiPropertyOptional({
    description: 'The conflict (GET /api/conflicts). Absent: CLAIMLINE_DEFAULT_CONFLICT, else the first conflict.',
    example: 'libya-2019',
  })
  @IsOptional()
  @IsString()
  @Matches(CODE_PATTERN, { message: 'conflict must be a conflict id such as libya-2019' })
  conflict?: string;
}
