import { parseArgs } from 'node:util';
import { passwordProblem, USER_ROLES, type UserRole } from '@claimline/contracts';

export const USAGE = `Usage: npm run user:create -- --email EMAIL --role ${USER_ROLES.join('|')} [--password PASSWORD]

Creates the user, or sets the role (and the password, when given) of an existing one and reactivates it.
Without --password a new user gets a random password, printed once. The database is DB_URL (default ./data/claimline.sqlite).`;

export class UsageError extends Error {}

export type CliArgs = { email: string; role: UserRole; password?: string };

export function parseCliArgs(argv: string[]): CliArgs | 'help' {
  let values: { email?: string; role?: string; password?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        role: { type: 'string' },
        password: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  const email = values.email?.trim().toLowerCase();
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email))
    throw new UsageError('--email is required and must be an email address');
  if (!values.role || !(USER_ROLES as readonly string[]).includes(values.role)) {
    throw new UsageError(`--role is required and must be one of ${USER_ROLES.join(', ')}`);
  }
  const password = values.password;
  const problem = password === undefined ? null : passwordProblem(password);
  if (problem) throw new UsageError(`--${problem}`);
  return { email, role: values.role as UserRole, password };
}
