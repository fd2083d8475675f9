import {
  ForbiddenException,
  Inject,
  Injectable,
  UnsupportedMediaTypeException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/**
 * Guards POST /api/auth/login against login CSRF: another site signing the browser into an account of the
 * attacker's. A cross-site HTML form can only send urlencoded, multipart or text/plain bodies, so JSON only
 * (a cross-site JSON post needs a CORS preflight this API never grants); and a browser names the page's origin
 * in `Origin`, which must be this site (the Host the request was sent to) or one of CLAIMLINE_ALLOWED_ORIGINS.
 * No Origin at all is a non-browser client (curl, the tests), which no other site can drive.
 */
@Injectable()
export class LoginRequestGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (!req.is('application/json')) {
      throw new UnsupportedMediaTypeException('Sign-in takes a JSON body (Content-Type: application/json)');
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !this.allowed(origin, req.headers.host)) {
      throw new ForbiddenException('Sign-in from another site is not allowed');
    }
    return true;
  }

  private allowed(origin: string, host: string | undefined): boolean {
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return false; // 'null' (sandboxed frames, file: pages) and garbage
    }
    if (this.config.allowedOrigins.includes(parsed.origin)) return true;
    return host !== undefined && parsed.host.toLowerCase() === host.toLowerCase();
  }
}
