import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { passwordProblem } from '@claimline/contracts';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { REPO_ROOT } from '../config/repo-paths.js';
import { generatePassword, normalizeEmail } from './passwords.js';
import { UsersService } from './users.service.js';

export const DEFAULT_ADMIN_EMAIL = 'admin@localhost';
export const ADMIN_PASSWORD_FILE = 'admin-password.txt';

/**
 * The first admin, so a fresh installation can be signed into:
 * - CLAIMLINE_ADMIN_EMAIL + CLAIMLINE_ADMIN_PASSWORD: that admin is created when missing (never overwritten:
 *   change the password in the app or with `npm run user:create`);
 * - neither, and no user at all: admin@localhost with a random password, shown once on the console
 *   (unless CLAIMLINE_ADMIN_ANNOUNCE=false) and written to admin-password.txt (mode 600) beside the SQLite
 *   file, or in ./data for a server database (CLAIMLINE_ADMIN_PASSWORD_FILE: another path, or `none`).
 */
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Users');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (adminEmail || adminPassword) {
      if (!adminEmail || !adminPassword) {
        throw new Error('Set both CLAIMLINE_ADMIN_EMAIL and CLAIMLINE_ADMIN_PASSWORD, or neither.');
      }
      const problem = passwordProblem(adminPassword);
      if (problem) throw new Error(`CLAIMLINE_ADMIN_PASSWORD: ${problem}.`);
      await this.ensureConfiguredAdmin(normalizeEmail(adminEmail), adminPassword);
      return;
    }
    if ((await this.users.count()) === 0) await this.createDefaultAdmin();
  }

  private async ensureConfiguredAdmin(email: string, password: string): Promise<void> {
    if (await this.users.findByEmail(email)) return;
    await this.createIgnoringRace(email, password);
    this.logger.log(`Created admin ${email} from CLAIMLINE_ADMIN_EMAIL`);
  }

  private async createDefaultAdmin(): Promise<void> {
    const password = generatePassword();
    if (!(await this.createIgnoringRace(DEFAULT_ADMIN_EMAIL, password))) return;
    const file = this.writePasswordFile(password);
    this.announce(password, file);
  }

  /** False when another instance starting at the same moment created the user first. */
  private async createIgnoringRace(email: string, password: string): Promise<boolean> {
    try {
      await this.users.create({ email, role: 'admin', password }, null, 'bootstrap');
      return true;
    } catch (error) {
      if ((error as { status?: number }).status === 409) return false;
      throw error;
    }
  }

  passwordFilePath(): string | null {
    const { database, adminPasswordFile } = this.config;
    if (adminPasswordFile !== undefined) return adminPasswordFile;
    if (database.dialect === 'sqlite') return join(dirname(database.file), ADMIN_PASSWORD_FILE);
    return join(REPO_ROOT, 'data', ADMIN_PASSWORD_FILE);
  }

  private writePasswordFile(password: string): string | null {
    const file = this.passwordFilePath();
    if (!file) return null;
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${password}\n`, { mode: 0o600 });
      chmodSync(file, 0o600); // mode only applies when the file is new
      return file;
    } catch (error) {
      this.logger.warn(`Could not write ${file}: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }

  /** Straight to stdout, not through the logger: it must show even when logging is turned down. */
  private announce(password: string, file: string | null): void {
    if (!this.config.announceAdmin) return;
    const lines = [
      'Claimline created the first administrator.',
      '',
      `Sign in at http://localhost:${this.config.port}/ as ${DEFAULT_ADMIN_EMAIL} with password ${password}`,
      '',
      file ? `The password is also in ${file} (readable by you only).` : 'Write it down: it is not shown again.',
      'Change it after signing in, or set CLAIMLINE_ADMIN_EMAIL and CLAIMLINE_ADMIN_PASSWORD.',
    ];
    const width = Math.max(...lines.map((l) => l.length));
    const border = `+${'-'.repeat(width + 2)}+`;
    process.stdout.write(`\n${border}\n${lines.map((l) => `| ${l.padEnd(width)} |`).join('\n')}\n${border}\n\n`);
  }
}
