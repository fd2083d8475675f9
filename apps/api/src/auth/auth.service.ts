import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { UsersService } from '../users/users.service.js';
import { dummyPasswordHash, normalizeEmail, verifyPassword } from '../users/passwords.js';
import type { AuthUser } from './auth-user.js';
import { LoginRateLimiter } from '../shared-state/login-rate-limiter.js';
import { SessionRevocations } from './session-revocations.js';
import { SessionsRepository } from './sessions.repository.js';
import { TokenService, type TokenClaims } from './token.service.js';

export type LoginResult = { accessToken: string; csrfToken: string; expiresAt: number; user: AuthUser };
export type Session = { user: AuthUser; claims: TokenClaims };

export const INVALID_CREDENTIALS = 'Invalid email or password';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly limiter: LoginRateLimiter,
    private readonly revocations: SessionRevocations,
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string, ip: string): Promise<LoginResult> {
    const keys = [`ip:${ip}`, `email:${normalizeEmail(email)}`];
    const wait = await this.limiter.retryAfterMs(keys);
    if (wait > 0) throw new TooManyAttempts(Math.ceil(wait / 1000));

    const user = await this.users.findByEmail(email);
    // Always one bcrypt comparison, against a dummy hash for unknown emails, so both failures take the same time.
    const matches = await verifyPassword(
      password,
      user?.passwordHash ?? (await dummyPasswordHash(this.config.bcryptRounds)),
    );
    if (!user || !matches || !user.active) {
      await this.limiter.recordFailure(keys);
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }
    const { token, claims } = this.tokens.issue(user);
    return {
      accessToken: token,
      csrfToken: this.tokens.csrfToken(claims.sid),
      expiresAt: claims.exp,
      user: { id: user.id, email: user.email, role: user.role },
    };
  }

  /**
   * The session behind a token, checked against the database on every request (one primary-key
   * lookup): a deactivated user, a changed password or a logout ends it at once, and a role change
   * applies at once.
   */
  async authenticate(token: string): Promise<Session | null> {
    const claims = this.tokens.verify(token);
    if (!claims) return null;
    const user = await this.sessions.findSessionUser(claims.sub, claims.sid);
    if (!user || user.revoked || !user.active || this.tokens.sessionVersion(user.passwordHash) !== claims.sv)
      return null;
    return { user: { id: user.id, email: user.email, role: user.role }, claims };
  }

  async logout(claims: TokenClaims): Promise<void> {
    await this.revocations.revoke(claims.sid, claims.exp);
  }

  csrfTokenFor(claims: TokenClaims): string {
    return this.tokens.csrfToken(claims.sid);
  }
}

export class TooManyAttempts extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super({ message: 'Too many sign-in attempts; try again later', retryAfterSeconds }, HttpStatus.TOO_MANY_REQUESTS);
  }
}
