import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { UserRole } from '@claimline/contracts';
import { ROLE_RANK, type AuthUser } from './auth-user.js';
import { CSRF_COOKIE, CSRF_HEADER, readCredential } from './auth-cookies.js';
import { AuthService, type Session } from './auth.service.js';
import { PUBLIC_KEY, ROLE_KEY } from './roles.decorator.js';
import { safeEqual, type TokenClaims } from './token.service.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type AuthenticatedRequest = Request & { user?: AuthUser; session?: TokenClaims };

/**
 * The one gate (APP_GUARD): @Public() routes are open; every other route needs a signed-in, active
 * user whose role reaches the route's @Roles (viewer when undeclared). Cookie-authenticated writes
 * also need the double-submit CSRF header.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const credential = readCredential(request);
    const session: Session | null = credential ? await this.auth.authenticate(credential.token) : null;

    if (isPublic) {
      // Public routes still see who is signed in (logout uses it), but never need it.
      if (session) Object.assign(request, { user: session.user, session: session.claims });
      return true;
    }
    if (!session)
      throw new UnauthorizedException(credential ? 'Session expired or invalid; sign in again' : 'Sign in required');

    if (credential!.via === 'cookie' && !SAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      const cookie = (request.cookies as Record<string, unknown> | undefined)?.[CSRF_COOKIE];
      const expected = this.auth.csrfTokenFor(session.claims);
      if (
        typeof header !== 'string' ||
        typeof cookie !== 'string' ||
        !safeEqual(header, cookie) ||
        !safeEqual(header, expected)
      ) {
        throw new ForbiddenException('CSRF token missing or invalid');
      }
    }

    const required = this.reflector.getAllAndOverride<UserRole | undefined>(ROLE_KEY, targets) ?? 'viewer';
    Object.assign(request, { user: session.user, session: session.claims });
    if (ROLE_RANK[session.user.role] < ROLE_RANK[required]) {
      throw new ForbiddenException(`This needs the ${required} role`);
    }
    return true;
  }
}
