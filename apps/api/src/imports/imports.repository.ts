import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ImportJobEntity } from './import-job.entity.js';

export type ImportCounters = Pick<ImportJobEntity, 'status' | 'total' | 'done' | 'failed' | 'duplicates' | 'failures'>;

@Injectable()
export class ImportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(job: ImportJobEntity): Promise<void> {
    await this.dataSource.getRepository(ImportJobEntity).insert(job);
  }

  async update(id: string, counters: ImportCounters): Promise<void> {
    await this.dataSource.getRepository(ImportJobEntity).update({ id }, { ...counters, updatedAt: new Date() });
  }

  findById(id: string): Promise<ImportJobEntity | null> {
    return this.dataSource.getRepository(ImportJobEntity).findOne({ where: { id } });
  }

  /** Jobs a previous process left running can never finish: mark them failed at start-up. */
  async failRunning(reason: string): Promise<number> {
    const result = await this.dataSource
      .getRepository(ImportJobEntity)
      .update(
        { status: 'running' },
        { status: 'failed', failures: JSON.stringify([{ line: 0, reason }]), updatedAt: new Date() },
      );
    return result.affected ?? 0;
  }
}
