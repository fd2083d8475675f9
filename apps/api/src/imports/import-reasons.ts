import { HttpException } from '@nestjs/common';

/** A one-line reason for a failed row or job, with the field messages of a validation error. */
export function reasonOf(error: unknown): string {
  if (error instanceof HttpException) {
    const payload = error.getResponse() as { message?: unknown; errors?: { field: string; messages: string[] }[] };
    if (Array.isArray(payload?.errors))
      return payload.errors.map((e) => `${e.field}: ${e.messages.join(', ')}`).join('; ');
    return typeof payload?.message === 'string' ? payload.message : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
