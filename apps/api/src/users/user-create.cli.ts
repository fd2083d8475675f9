import 'reflect-metadata';

/** `npm run user:create -- --email E --role R [--password P]`: creates or updates a user from the command line. */
import { AuditRepository } from '../audit/audit.repository.js';
import { AuditService } from '../audit/audit.service.js';
import { loadAppConfig } from '../config/app-config.js';
import { createDataSource } from '../database/data-source.js';
import { SESSION_MEMO_TTL_MS } from '../auth/sessions.repository.js';
import { announceDataChange } from '../shared-state/data-change-relay.js';
import { generatePassword } from './passwords.js';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './user-create-args.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

async function main(argv: string[]): Promise<number> {
  let args: CliArgs | 'help';
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`Error: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }

  const dataSource = createDataSource();
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    // The same settings as the server (CLAIMLINE_BCRYPT_ROUNDS, REDIS_URL …), so its passwords hash alike.
    const config = loadAppConfig();
    const users = new UsersService(
      dataSource,
      new UsersRepository(dataSource),
      new AuditService(new AuditRepository(dataSource)),
      config,
    );
    const existing = await users.findByEmail(args.email);
    const generated = !existing && args.password === undefined ? generatePassword() : undefined;
    const { user, created } = await users.upsert({ ...args, password: args.password ?? generated }, null);
    console.log(`${created ? 'Created' : 'Updated'} ${user.email} (${user.role}, id ${user.id}).`);
    // Running servers remember sessions: with Redis they drop them at once, without it within the memo's TTL.
    await announceDataChange(config, ['sessions']).catch((error: Error) =>
      console.warn(
        `Warning: running servers were not told through Redis (${error.message}); they apply it within ${SESSION_MEMO_TTL_MS / 1000} s.`,
      ),
    );
    if (generated) console.log(`Password (shown once): ${generated}`);
    else if (!created && args.password === undefined) console.log('Password unchanged.');
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
