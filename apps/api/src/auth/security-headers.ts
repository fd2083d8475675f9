import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * The policy the built web app (Vite + React + Chart.js) runs under: everything from this origin;
 * inline styles allowed because React `style` props and Chart.js set them; no inline scripts.
 */
export const APP_CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Swagger UI (/api/docs) boots from an inline script; it alone gets 'unsafe-inline' scripts. */
export const DOCS_CSP_DIRECTIVES = {
  ...APP_CSP_DIRECTIVES,
  scriptSrc: ["'self'", "'unsafe-inline'"],
};

export const DOCS_PATH = '/api/docs';

/**
 * helmet with explicit directives (useDefaults off: its default `upgrade-insecure-requests` would break an
 * install served over plain http on a LAN address). HSTS only in production, where TLS is expected.
 */
export function securityHeaders(production: boolean): RequestHandler {
  const common = {
    strictTransportSecurity: production ? { maxAge: 15552000 } : false,
    xFrameOptions: { action: 'deny' },
  } as const;
  const app = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: APP_CSP_DIRECTIVES } });
  const docs = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: DOCS_CSP_DIRECTIVES } });
  return (req: Request, res: Response, next: NextFunction) => {
    const isDocs =
      req.path === DOCS_PATH || req.path.startsWith(`${DOCS_PATH}/`) || req.path.startsWith(`${DOCS_PATH}-`);
    (isDocs ? docs : app)(req, res, next);
  };
}
