import { BadRequestException, Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';

const DECIMAL_ID = /^[1-9][0-9]{0,15}$/;

/**
 * The one pipe for `:id` route parameters: decimal digits only. Nest's ParseIntPipe goes through parseInt and
 * Number, which read '0x10' as 16, '1e1' as 10 and ' 1' as 1, so one claim answered to many addresses.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const field = metadata.data ?? 'id';
    if (typeof value !== 'string' || !DECIMAL_ID.test(value) || !Number.isSafeInteger(Number(value))) {
      const message = `${field} must be a positive decimal integer`;
      throw new BadRequestException({ message: 'Validation failed', errors: [{ field, messages: [message] }] });
    }
    return Number(value);
  }
}
