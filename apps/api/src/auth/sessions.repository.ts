import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UserRole } from '@claimline/contracts';

/** What a request's session check needs of its user, and whether its session was ended by a logout. */
export type SessionUserRow = {
  id: number;
  email: string;
  role: UserRole;
  active: boolean;
  passwordHash: string;
  revoked: boolean;
};

/**
 * The auth guard's read, run on every request: the token's user and the session's revocation in one
 * primary-key statement. Two statements (a user entity and a revocation count) were a third of a cached
 * dashboard request's round trips under a team's load.
 */
@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findSessionUser(userId: number, sid: string): Promise<SessionUserRow | null> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT u.id AS id, u.email AS email, u.role AS role, u.active AS active, u.password_hash AS passwordHash,
              CASE WHEN EXISTS (SELECT 1 FROM revoked_sessions r WHERE r.sid = ?) THEN 1 ELSE 0 END AS revoked
         FROM users u
        WHERE u.id = ?`,
      [sid, userId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: Number(row.id),
      email: String(row.email),
      role: row.role as UserRole,
      // mysql2 gives tinyint(1) as a number, better-sqlite3 an integer: both 0 / 1.
      active: Number(row.active) === 1,
      passwordHash: String(row.passwordHash),
      revoked: Number(row.revoked) === 1,
    };
  }
}
