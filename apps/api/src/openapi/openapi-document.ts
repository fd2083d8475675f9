import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { SESSION_COOKIE } from '../auth/auth-cookies.js';
import { ApiErrorDto } from '../common/dto/api-error.dto.js';
import { declareCommonErrorResponses } from './common-error-responses.js';

/** Security scheme names, as operations' `security` lists refer to them. */
export const BEARER_SCHEME = 'bearer';
export const SESSION_COOKIE_SCHEME = 'session-cookie';

/**
 * The API's one contract: served at /api/docs, written to apps/api/openapi.json by the CLI and turned
 * into the web app's types. Every operation needs a bearer token or the session cookie unless it is
 * @Public(), which declares an empty security list.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Claimline API')
    .setDescription('Attributed claims, camps, sources, places and dates extracted from conflict reporting.')
    .setVersion('0.1.0')
    .setLicense('AGPL-3.0-or-later', 'https://www.gnu.org/licenses/agpl-3.0.html')
    .addServer('/', 'The server that serves this document')
    .addBearerAuth({ type: 'http', description: 'The access token returned by POST /api/auth/login' }, BEARER_SCHEME)
    .addCookieAuth(
      SESSION_COOKIE,
      {
        type: 'apiKey',
        description: 'Set by POST /api/auth/login; writes also need the X-CSRF-Token header (double-submit cookie)',
      },
      SESSION_COOKIE_SCHEME,
    )
    .addSecurityRequirements(BEARER_SCHEME)
    .addSecurityRequirements(SESSION_COOKIE_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ApiErrorDto] });
  declareCommonErrorResponses(document);
  return document;
}

/** JSON with every object's keys sorted, so the committed document only changes when the contract does. */
export function serializeOpenApiDocument(document: OpenAPIObject): string {
  return `${JSON.stringify(sortKeysDeep(document), null, 2)}\n`;
}

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, child]) => [key, sortKeysDeep(child)]));
}
