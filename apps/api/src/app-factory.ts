import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ArgumentsHost } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import type { Clock } from './config/clock.js';
import { WEB_DIST } from './config/repo-paths.js';
import { HttpExceptionFilter } from './common/http-exception.filter.js';
import { limitJsonDepth } from './common/json-depth.js';
import { oneRequestPerTurn } from './common/request-turns.js';
import { createValidationPipe } from './common/validation.js';
import { QuietStartLogger } from './common/quiet-start-logger.js';
import { securityHeaders } from './auth/security-headers.js';
import { limitActiveRequests } from './common/active-requests.js';
import { buildOpenApiDocument } from './openapi/openapi-document.js';
import { JsonBytesExpressAdapter } from './common/json-bytes/json-bytes.express-adapter.js';

/** `clock` replaces the system clock (tests that move time forward). */
export type CreateAppOptions = { logger?: boolean; webDist?: string; clock?: Clock };

/** Builds the whole application (API, OpenAPI, static web app) without listening, for main.ts and the tests alike. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestExpressApplication> {
  // The adapter sends answers serialized ahead (common/json-bytes) as they are.
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, options.clock),
    new JsonBytesExpressAdapter(),
    {
      bodyParser: false,
      logger: options.logger === false ? false : new QuietStartLogger(),
    },
  );
  app.setGlobalPrefix('api');
  // SQLite's statements run on the event loop: see request-turns.ts. MariaDB's run in the database, and a turn
  // there is mostly other requests' results coming back: one start per turn would only slow the starts down.
  if (config.database.dialect === 'sqlite') app.use(oneRequestPerTurn());
  app.use(securityHeaders(config.production));
  // API answers are per user and change with every write: no browser or proxy cache may keep one. Set first, so
  // errors carry it too; CSV exports set their own (the same) header.
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', express.json({ limit: config.bodyLimitBytes }));
  app.use('/api', limitJsonDepth());
  app.use('/api', express.urlencoded({ extended: false, limit: config.bodyLimitBytes }));
  // Body-parser failures (413 too large, 400 bad JSON, too deep) happen before Nest routes: hand them to the same JSON error filter.
  app.use('/api', (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    new HttpExceptionFilter().catch(error, {
      switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }),
    } as ArgumentsHost);
  });
  // A team's requests run a few at a time, each answered sooner (common/active-requests.ts).
  if (config.activeRequests.max > 0) app.use('/api', limitActiveRequests(config.activeRequests));
  app.use('/api', cookieParser());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.set('query parser', 'extended');
  // API answers are Cache-Control: no-store, so no client revalidates them: Express's ETag was a SHA-1 of every
  // body for nothing. The web app's files keep theirs (express.static sets its own).
  app.set('etag', false);
  setUpOpenApi(app);
  serveWebApp(app, options.webDist ?? WEB_DIST);
  return app;
}

function setUpOpenApi(app: NestExpressApplication): void {
  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app));
}

/**
 * The built web app from the same port; any non-API path falls back to index.html for client-side routes.
 * Compressed (brotli or gzip, as the browser accepts); Vite's hashed files under /assets never change, so browsers
 * keep them for a year; index.html is revalidated every time. Source maps stay on the server.
 */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return;
  const compress = compression();
  const files = express.static(webDist, { index: false, setHeaders: cacheHeaders });
  // API requests pass straight through: the static handler looked for a file for every one of them (a stat each,
  // 4.6 % of the API's CPU profile under a team's load; a file at dist/api/… would even have answered instead of the
  // API), and compression wrapped every response's writes for nothing.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (isApiPath(req.path)) return next();
    if (req.path.endsWith('.map')) return void res.sendStatus(404);
    compress(req, res, () => {
      files(req, res, () => {
        if (req.method !== 'GET') return next();
        res.setHeader('Cache-Control', 'no-cache');
        res.sendFile(index);
      });
    });
  });
}

/** `/api` and everything under it, but not `/apiary.html`. */
const isApiPath = (path: string): boolean => path === '/api' || path.startsWith('/api/');

function cacheHeaders(res: Response, path: string): void {
  if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
  else if (/[\\/]assets[\\/]/.test(path)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  else res.setHeader('Cache-Control', 'public, max-age=3600');
}
