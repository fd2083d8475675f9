import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

export type FieldError = { field: string; messages: string[] };

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The one validation setup: unknown fields are refused, and errors name their field so forms can show them. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new BadRequestException({ message: 'Validation failed', errors: flatten(errors) }),
  });
}
