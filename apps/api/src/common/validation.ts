import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ValidateIf } from 'class-validator';

export type FieldError = { field: string; messages: string[] };

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Route parameters keep their text for their own pipe (ParseIdPipe, ParseUUIDPipe): with `transform` the global
 * pipe would first turn a `number` parameter into Number(text), which reads '0x10' as 16 and '1e1' as 10, and the
 * route's pipe could no longer tell.
 */
class AppValidationPipe extends ValidationPipe {
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'param' ? value : super.transformPrimitive(value, metadata);
  }
}

/** The one validation setup: unknown fields are refused, and errors name their field so forms can show them. */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new BadRequestException({ message: 'Validation failed', errors: flatten(errors) }),
  });
}

/**
 * For PATCH fields that may be left out but not set to null. `@IsOptional()` skips validation for
 * null as well as undefined, which would hand a null to the service for a column that cannot hold one.
 */
export const IsOmittable = () => ValidateIf((_object: unknown, value: unknown) => value !== undefined);

/** Trims before validating, so a name of nothing but spaces counts as empty. */
export const Trimmed = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
