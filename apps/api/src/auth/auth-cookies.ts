import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'claimline_session';
export const CSRF_COOKIE = 'claimline_csrf';
export const CSRF_HEADER = 'x-csrf-token';

function base(production: boolean): CookieOptions {
  // Secure only in production: a local install is served over plain http://localhost.
  return { sameSite: 'strict', secure: production, path: '/' };
}

export function setSessionCookies(
  res: Response,
  tokens: { accessToken: string; csrfToken: string; maxAgeMs: number },
  production: boolean,
): void {
  res.cookie(SESSION_COOKIE, tokens.accessToken, { ...base(production), httpOnly: true, maxAge: tokens.maxAgeMs });
  // Readable by the web app's script, which echoes it in X-CSRF-Token on writes.
  res.cookie(CSRF_COOKIE, tokens.csrfToken, { ...base(production), httpOnly: false, maxAge: tokens.maxAgeMs });
}

export function clearSessionCookies(res: Response, production: boolean): void {
  res.clearCookie(SESSION_COOKIE, { ...base(production), httpOnly: true });
  res.clearCookie(CSRF_COOKIE, { ...base(production), httpOnly: false });
}

export type Credential = { token: string; via: 'bearer' | 'cookie' };

/** The bearer header wins over the cookie: a header cannot be sent cross-site, so it needs no CSRF check. */
export function readCredential(req: Request): Credential | null {
  const header = req.headers.authorization;
  if (typeof header === 'string') {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (match) return { token: match[1], via: 'bearer' };
  }
  const cookie = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof cookie === 'string' && cookie ? { token: cookie, via: 'cookie' } : null;
}
