import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UserRole } from '@claimline/contracts';
import { VersionedMemo } from '../rollups/versioned-memo.js';

/** Sessions remembered at once (a team's; beyond it the least recently used is read again). */
const SESSIONS_MAX = 10_000;
/**
 * The longest a remembered session can miss a change made by a process that cannot tell this one: the user
 * command line, or another API process without REDIS_URL (README, "Roles and signing in").
 */
export const SESSION_MEMO_TTL_MS = 5_000;

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
 * The auth guard's read, on every request: the token's user and the session's revocation in one primary-key
 * statement, remembered per session while the `sessions` data version stays (rollups/data-version.ts). A logout
 * (SessionRevocations) and every change of a user (UsersService) bump it, here and, through Redis, in every
 * process sharing it; concurrent requests of one session share one read. Under a team's load the statement was a
 * third of a cached dashboard request's round trips.
 */
@Injectable()
export class SessionsRepository {
  private readonly memo: VersionedMemo<SessionUserRow | null>;

  constructor(private readonly dataSource: DataSource) {
    this.memo = new VersionedMemo(dataSource, SESSIONS_MAX, { referenceData: true, ttlMs: SESSION_MEMO_TTL_MS });
  }

  findSessionUser(userId: number, sid: string): Promise<SessionUserRow | null> {
    return this.memo.get({ userId, sid }, ['sessions'], () => this.readSessionUser(userId, sid));
  }

  private async readSessionUser(userId: number, sid: string): Promise<SessionUserRow | null> {
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
