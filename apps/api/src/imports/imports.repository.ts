import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ImportJobEntity } from './import-job.entity.js';

/** What a job has achieved up to `resumeLine`: committed in the same transaction as the articles it counts. */
export type ImportCheckpoint = Pick<ImportJobEntity, 'resumeLine' | 'total' | 'done' | 'failed' | 'duplicates'> & {
  failures: { line: number; reason: string }[];
};

@Injectable()
export class ImportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(job: ImportJobEntity): Promise<void> {
    await this.dataSource.getRepository(ImportJobEntity).insert(job);
  }

  findById(id: string): Promise<ImportJobEntity | null> {
    return this.dataSource.getRepository(ImportJobEntity).findOne({ where: { id } });
  }

  /**
   * Takes the job for `owner` until `until`, if nobody holds a live lease on it (or its holder is `deadHolder`, known
   * to have stopped): one conditional UPDATE, so two processes racing for an orphaned job cannot both win.
   */
  async claim(id: string, owner: string, now: Date, until: Date, deadHolder: string | null = null): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(ImportJobEntity)
      .set({ leaseOwner: owner, leaseExpiresAt: until })
      .where('id = :id AND status = :status', { id, status: 'running' })
      .andWhere(
        '(lease_owner IS NULL OR lease_owner IN (:owner, :deadHolder) OR lease_expires_at IS NULL OR lease_expires_at < :now)',
        { owner, now, deadHolder: deadHolder ?? owner },
      )
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * Clears the lease of a job whose holder `deadOwner` stopped, so it shows as queued until a worker takes it. Only
   * while that holder still has it: a worker that took the job meanwhile keeps it.
   */
  async requeue(id: string, deadOwner: string): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(ImportJobEntity)
      .set({ leaseOwner: null, leaseExpiresAt: null })
      .where('id = :id AND status = :status AND lease_owner = :deadOwner', { id, status: 'running', deadOwner })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Every job that has not ended, oldest first. */
  async findRunning(): Promise<ImportJobEntity[]> {
    return this.dataSource
      .getRepository(ImportJobEntity)
      .createQueryBuilder('job')
      .where('job.status = :status', { status: 'running' })
      .orderBy('job.created_at', 'ASC')
      .getMany();
  }

  /** File paths of jobs that still need their file. */
  async liveFilePaths(): Promise<Set<string>> {
    const rows = await this.dataSource
      .getRepository(ImportJobEntity)
      .createQueryBuilder('job')
      .select('job.file_path', 'filePath')
      .where('job.status = :status AND job.file_path IS NOT NULL', { status: 'running' })
      .getRawMany<{ filePath: string }>();
    return new Set(rows.map((row) => row.filePath));
  }

  /**
   * Records progress and renews the lease. Called with the batch transaction's manager, so the counters can never
   * disagree with the articles stored; without one for rows that wrote nothing (invalid rows only).
   */
  async saveCheckpoint(
    id: string,
    checkpoint: ImportCheckpoint,
    lease: { owner: string; until: Date },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.getRepository(ImportJobEntity).update(
      { id },
      {
        ...checkpoint,
        failures: JSON.stringify(checkpoint.failures),
        leaseOwner: lease.owner,
        leaseExpiresAt: lease.until,
        updatedAt: new Date(),
      },
    );
  }

  /** The job's final state; the file is no longer needed, so its path goes too. */
  async finish(id: string, status: 'done' | 'failed', checkpoint: ImportCheckpoint): Promise<void> {
    await this.dataSource.getRepository(ImportJobEntity).update(
      { id },
      {
        ...checkpoint,
        status,
        failures: JSON.stringify(checkpoint.failures),
        filePath: null,
        leaseOwner: null,
        leaseExpiresAt: null,
        updatedAt: new Date(),
      },
    );
  }
}

export function checkpointOf(job: ImportJobEntity): ImportCheckpoint {
  return {
    resumeLine: job.resumeLine,
    total: job.total,
    done: job.done,
    failed: job.failed,
    duplicates: job.duplicates,
    failures: JSON.parse(job.failures || '[]') as ImportCheckpoint['failures'],
  };
}
