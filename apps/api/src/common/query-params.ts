import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsDay } from './is-day.validator.js';

/** `?camp=LNA,GNA` and `?camp=LNA&camp=GNA` both become ['LNA','GNA']. */
export const toStringList = ({ value }: { value: unknown }): string[] | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  const items = Array.isArray(value) ? value : [value];
  return items
    .flatMap((item) => String(item).split(','))
    .map((item) => item.trim())
    .filter(Boolean);
};

export const toIntList = (input: { value: unknown }): number[] | undefined =>
  toStringList(input)?.map((item) => (/^\d+$/.test(item) ? Number(item) : Number.NaN));

/** Digits only: `Number()` would take '1e2' or ' 5' as numbers, and '' as 0. */
export const toInt = ({ value }: { value: unknown }): number | undefined => {
  if (value === undefined || value === '') return undefined;
  // A repeated parameter arrives as an array: not one integer.
  return (typeof value === 'string' || typeof value === 'number') && /^\d+$/.test(String(value))
    ? Number(value)
    : Number.NaN;
};

/** `?ignoreUnknown=false` arrives as the string 'false'. */
export const toBoolean = ({ value }: { value: unknown }): boolean | undefined => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value as boolean; // left for @IsBoolean to refuse
};

/**
 * Applies decorators bottom-up, as the same list written as a stack above a property would be:
 * class-validator reports failed constraints in the order they were registered.
 */
const stacked = (...decorators: PropertyDecorator[]): PropertyDecorator => applyDecorators(...decorators.reverse());

/** An optional `?x=1,2` list of ids. */
export const IdListQuery = (description: string): PropertyDecorator =>
  stacked(
    ApiPropertyOptional({ description, type: [Number] }),
    IsOptional(),
    Transform(toIntList),
    IsArray(),
    IsInt({ each: true }),
  );

/** An optional YYYY-MM-DD bound of a date range; the description says which date and whether it is inclusive. */
export const DayQuery = (description: string): PropertyDecorator =>
  stacked(ApiPropertyOptional({ description }), IsOptional(), IsDay());

/** An optional page size from 1 to `maximum`. */
export const LimitQuery = (options: { default: number; maximum: number; description?: string }): PropertyDecorator =>
  stacked(
    ApiPropertyOptional({ minimum: 1, ...options }),
    IsOptional(),
    Transform(toInt),
    IsInt(),
    Min(1),
    Max(options.maximum),
  );
