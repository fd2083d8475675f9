import { ExpressAdapter } from '@nestjs/platform-express';
import type { Response } from 'express';
import { JsonBytes } from './json-bytes.js';

/**
 * Nest's Express adapter, sending a JsonBytes body as the bytes it holds: Express would otherwise serialize the
 * Buffer object itself. Everything else is Nest's own reply.
 */
export class JsonBytesExpressAdapter extends ExpressAdapter {
  override reply(response: Response, body: unknown, statusCode?: number): unknown {
    if (!(body instanceof JsonBytes)) return super.reply(response, body, statusCode);
    if (statusCode !== undefined) response.status(statusCode);
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    return response.send(body.bytes);
  }
}
