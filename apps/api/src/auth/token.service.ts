import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { USER_ROLES, type UserRole } from '@claimline/contracts';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CLOCK, type Clock } from '../config/clock.js';

/** What an access token carries. `sv` ties it to the user's current password; `sid` names the session (CSRF, logout). */
export type TokenClaims = { sub: number; role: UserRole; sv: string; sid: string; iat: number; exp: number };

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
/** Tokens (and password hashes) whose HMAC is remembered: a team's sessions, with room to spare. */
const REMEMBERED = 2_000;

/**
 * Compact HS256 tokens (JWT layout) signed with config.tokenSecret through node:crypto, so there is no
 * algorithm negotiation to get wrong: the header is fixed and anything else is refused.
 * `iat`/`exp` are in milliseconds of the injected clock (config/clock.ts).
 */
@Injectable()
export class TokenService {
  /**
   * Claims of tokens whose signature was checked, by the whole token: the same string under the same secret always
   * verifies the same, and every request carries its session's token (two HMACs per request were ~1.5 % of the API's
   * CPU under a team's load). Expiry is still checked on every use.
   */
  private readonly verified = new Map<string, TokenClaims>();
  private readonly versions = new Map<string, string>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  issue(user: { id: number; role: UserRole; passwordHash: string }): { token: string; claims: TokenClaims } {
    const iat = this.now();
    const claims: TokenClaims = {
      sub: user.id,
      role: user.role,
      sv: this.sessionVersion(user.passwordHash),
      sid: randomBytes(16).toString('base64url'),
      iat,
      exp: iat + this.config.tokenTtlSeconds * 1000,
    };
    const body = `${HEADER}.${base64url(JSON.stringify(claims))}`;
    return { token: `${body}.${this.sign(body)}`, claims };
  }

  /** The claims of a well-formed, correctly signed, unexpired token; null otherwise. */
  verify(token: string): TokenClaims | null {
    const known = this.verified.get(token);
    if (known) return known.exp > this.now() ? known : null;
    const claims = this.checkSignature(token);
    if (claims) remember(this.verified, token, claims);
    return claims;
  }

  private checkSignature(token: string): TokenClaims | null {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) return null;
    const expected = Buffer.from(this.sign(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    let claims: TokenClaims;
    try {
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as TokenClaims;
    } catch {
      return null;
    }
    if (!Number.isInteger(claims.sub) || typeof claims.sv !== 'string' || typeof claims.sid !== 'string') return null;
    if (!USER_ROLES.includes(claims.role) || typeof claims.exp !== 'number' || claims.exp <= this.now()) return null;
    return claims;
  }

  /** Changes whenever the password does, so a password reset ends every other session. */
  sessionVersion(passwordHash: string): string {
    let version = this.versions.get(passwordHash);
    if (version === undefined) {
      version = this.hmac(`sv:${passwordHash}`).slice(0, 16);
      remember(this.versions, passwordHash, version);
    }
    return version;
  }

  /** The double-submit CSRF token of a session: derived from it, so a planted cookie cannot match. */
  csrfToken(sid: string): string {
    return this.hmac(`csrf:${sid}`);
  }

  private sign(body: string): string {
    return this.hmac(`tok:${body}`);
  }

  private hmac(value: string): string {
    return createHmac('sha256', this.config.tokenSecret).update(value).digest('base64url');
  }
}

/** Sets `key` in a map bounded to REMEMBERED entries (cleared when full: the live ones come back at once). */
function remember<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size >= REMEMBERED) map.clear();
  map.set(key, value);
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}
