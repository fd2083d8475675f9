import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../database/database-unavailable.js';
import { isUniqueViolation } from '../database/unique-violation.js';

type ErrorBody = { statusCode: number; message: string; code?: string; errors?: unknown; [key: string]: unknown };

/**
 * A stable `code` on every error body, for clients to translate (the message stays English); an exception that
 * names its own code (`database_unavailable`) keeps it.
 */
const CODE_OF_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
  500: 'internal_error',
  503: 'service_unavailable',
};

export function withErrorCode(body: ErrorBody): ErrorBody {
  if (typeof body.code === 'string') return body;
  const code =
    body.statusCode === 400 && Array.isArray(body.errors)
      ? 'validation_failed'
      : (CODE_OF_STATUS[body.statusCode] ?? (body.statusCode >= 500 ? 'internal_error' : 'bad_request'));
  return { ...body, code };
}

/** Every error leaves as JSON with a message; stack traces stay in the server log. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      // Part of the body is already out: ending it cleanly would pass a truncated response (a CSV, a page) off as
      // complete. Destroying the socket breaks the chunked body, which every client reports as an error.
      this.logger.error(`Response aborted after its headers were sent: ${describe(exception)}`);
      response.destroy(exception instanceof Error ? exception : undefined);
      return;
    }
    const body = withErrorCode(this.toBody(exception));
    if (body.statusCode === Number(HttpStatus.SERVICE_UNAVAILABLE)) {
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      this.logger.warn(`Database unavailable: ${describe(exception)}`);
    } else if (body.statusCode >= 500)
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      if (typeof payload === 'string') return { statusCode: status, message: payload };
      const { message, ...rest } = payload as Record<string, unknown>;
      if (Array.isArray(message)) return { ...rest, statusCode: status, message: 'Validation failed', errors: message };
      return { ...rest, statusCode: status, message: typeof message === 'string' ? message : exception.message };
    }
    const bodyParserError = exception as { type?: string; status?: number };
    if (bodyParserError?.type === 'entity.too.large') {
      return { statusCode: HttpStatus.PAYLOAD_TOO_LARGE, message: 'Request body is too large' };
    }
    if (bodyParserError?.type === 'entity.parse.failed') {
      return { statusCode: HttpStatus.BAD_REQUEST, code: 'invalid_json', message: 'Request body is not valid JSON' };
    }
    if (isUniqueViolation(exception)) {
      // The losers of a race that the service's own "already exists" check could not see.
      return { statusCode: HttpStatus.CONFLICT, message: 'This already exists: another request created it just now' };
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        code: 'database_unavailable',
        message: 'The database is unavailable right now; try again shortly',
      };
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
  }
}

function describe(exception: unknown): string {
  return exception instanceof Error ? exception.message : String(exception);
}
