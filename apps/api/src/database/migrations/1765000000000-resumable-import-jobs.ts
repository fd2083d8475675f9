import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnTypes, int, varchar } from './column-types.js';

/**
 * Import jobs that survive a crash: the uploaded file stays at `file_path` until the job ends, `resume_line` is the
 * last line whose outcome is committed (written in the same transaction as that batch's articles), and a lease
 * (`lease_owner`, `lease_expires_at`) says which process works on the job, so another one can take it over when
 * the lease runs out. The starter's e-mail is kept for the audit entries written after a resume. Jobs from before this migration have no file to resume from and keep their state.
 */
export class ResumableImportJobs1765000000000 implements MigrationInterface {
  name = 'ResumableImportJobs1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { timestamp } = columnTypes(queryRunner);
    await queryRunner.addColumns('import_jobs', [
      new TableColumn(varchar('file_path', 1024, true)),
      new TableColumn(varchar('format', 8, true)),
      new TableColumn({ ...int('resume_line'), default: 0 }),
      new TableColumn(varchar('lease_owner', 64, true)),
      new TableColumn(timestamp('lease_expires_at', true)),
      // Who started it, for the audit entries of articles stored after a resume.
      new TableColumn(varchar('created_by_email', 255, true)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['created_by_email', 'lease_expires_at', 'lease_owner', 'resume_line', 'format', 'file_path'])
      await queryRunner.dropColumn('import_jobs', column);
  }
}
