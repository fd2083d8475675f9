import { BadRequestException } from '@nestjs/common';

/** A 400 naming one field, in the shape the validation pipe answers with ({ message, errors: [{ field, messages }] }). */
export const fieldError = (field: string, message: string) =>
  new BadRequestException({ message, errors: [{ field, messages: [message] }] });
