import { applyDecorators } from '@nestjs/common';
import { IsString, MinLength, ValidateBy } from 'class-validator';
import {
  PASSWORD_MAX_BYTES,
  PASSWORD_MIN_LENGTH,
  PASSWORD_TOO_LONG,
  PASSWORD_TOO_SHORT,
  utf8ByteLength,
} from '@claimline/contracts';

/** The contract's password rule as validation decorators (the OpenAPI maxLength is in bytes). */
export const IsPassword = (): PropertyDecorator =>
  applyDecorators(
    IsString(),
    MinLength(PASSWORD_MIN_LENGTH, { message: PASSWORD_TOO_SHORT }),
    ValidateBy({
      name: 'maxUtf8Bytes',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && utf8ByteLength(value) <= PASSWORD_MAX_BYTES,
        defaultMessage: () => PASSWORD_TOO_LONG,
      },
    }),
  );
