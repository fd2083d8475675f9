import { ApiProperty } from '@nestjs/swagger';
import type { ImportJobEntity, ImportJobStatus } from '../import-job.entity.js';
import { toIso } from '../../articles/dto/article.dto.js';

export class ImportFailureDto {
  @ApiProperty({ description: 'Line (JSONL) or starting line of the row (CSV, 1 = header); 0 for the file as a whole' })
  line: number;
  @ApiProperty() reason: string;
}

export class ImportStartedDto {
  @ApiProperty() id: string;
}

export class ImportJobDto {
  @ApiProperty() id: string;
  @ApiProperty() filename: string;
  @ApiProperty({ enum: ['running', 'done', 'failed'] }) status: ImportJobStatus;
  @ApiProperty({
    description:
      'While running: true when no worker holds the job right now (waiting in the queue, or queued again after its worker stopped; it resumes from its last checkpoint)',
  })
  queued: boolean;
  @ApiProperty({ description: 'Rows read so far (final once status is not running)' }) total: number;
  @ApiProperty({ description: 'Articles stored' }) done: number;
  @ApiProperty() failed: number;
  @ApiProperty({ description: 'Articles already stored (same normalized body): skipped, not failures' })
  duplicates: number;
  @ApiProperty({ type: [ImportFailureDto], description: 'The first 1000 failures' }) failures: ImportFailureDto[];
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export function toImportJobDto(job: ImportJobEntity): ImportJobDto {
  return {
    id: job.id,
    filename: job.filename,
    status: job.status,
    queued: job.status === 'running' && (!job.leaseExpiresAt || job.leaseExpiresAt.getTime() < Date.now()),
    total: job.total,
    done: job.done,
    failed: job.failed,
    duplicates: job.duplicates,
    failures: JSON.parse(job.failures || '[]') as ImportFailureDto[],
    createdAt: toIso(job.createdAt),
    updatedAt: toIso(job.updatedAt),
  };
}
