import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isValidDay } from '@claimline/contracts';

/** A real calendar date written YYYY-MM-DD: the regex alone lets 2019-13-45 through. */
export function IsDay(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDay',
      validator: {
        validate: (value: unknown) => isValidDay(value),
        defaultMessage: (args) => `${args?.property} must be a date as YYYY-MM-DD`,
      },
    },
    options,
  );
}
