import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { getMetadataStorage, ValidateIf } from 'class-validator';

/**
 * One failed rule of one field: a stable `code` (class-validator's rule name: `minLength`, `isEmail`,
 * `whitelistValidation`…) and its `params`, so a client can say it in its own language; `message` is the English
 * text also listed in `errors`. Sent as a list beside `errors`, which keeps its `{ field, messages }` shape.
 */
export type FieldIssue = { field: string; code: string; params?: Record<string, string | number>; message: string };
export type FieldError = { field: string; messages: string[] };

/** The rule's arguments a message needs, by rule name; rules not listed carry none. */
const PARAMS_OF: Record<string, (constraints: unknown[]) => Record<string, string | number>> = {
  minLength: ([min]) => ({ min: Number(min) }),
  maxLength: ([max]) => ({ max: Number(max) }),
  min: ([min]) => ({ min: Number(min) }),
  max: ([max]) => ({ max: Number(max) }),
  arrayMinSize: ([min]) => ({ min: Number(min) }),
  arrayMaxSize: ([max]) => ({ max: Number(max) }),
  isLength: ([min, max]) => ({ min: Number(min), ...(max === undefined ? {} : { max: Number(max) }) }),
  isIn: ([values]) => ({ values: Array.isArray(values) ? values.join(', ') : String(values) }),
};

function issueParams(target: object | undefined, property: string, code: string): FieldIssue['params'] {
  const read = PARAMS_OF[code];
  if (!read || !target) return undefined;
  const rule = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((meta) => meta.propertyName === property && meta.name === code);
  return rule ? read(rule.constraints ?? []) : undefined;
}

function flatten(errors: ValidationError[], prefix = ''): FieldIssue[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]): FieldIssue => {
      const params = issueParams(error.target, error.property, code);
      return params ? { field, code, params, message } : { field, code, message };
    });
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** `errors` as clients have always read them: one entry per field with its messages. */
function byField(issues: readonly FieldIssue[]): FieldError[] {
  const fields = new Map<string, string[]>();
  for (const issue of issues) fields.set(issue.field, [...(fields.get(issue.field) ?? []), issue.message]);
  return [...fields].map(([field, messages]) => ({ field, messages }));
}

/**
 * Route parameters keep their text for their own pipe (ParseIdPipe, ParseUUIDPipe): with `transform` the global
 * pipe would first turn a `number` parameter into Number(text), which reads '0x10' as 16 and '1e1' as 10, and the
 * route's pipe could no longer tell.
 */
class AppValidationPipe extends ValidationPipe {
  /**
   * Valid query objects by their class and the query as parsed: a team asks the same filters and searches again and
   * again, and transforming and validating a list's query was ~5 % of the API's CPU under its mixed load. Frozen,
   * since concurrent requests share one; a refused query is not remembered (its 400 is built each time).
   */
  private readonly validQueries = new Map<unknown, Map<string, unknown>>();
  private validQueryCount = 0;

  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'param' ? value : super.transformPrimitive(value, metadata);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'query' || !metadata.metatype || !this.toValidate(metadata)) {
      return super.transform(value, metadata);
    }
    const key = JSON.stringify(value);
    let ofClass = this.validQueries.get(metadata.metatype);
    const known = ofClass?.get(key);
    if (known !== undefined) return known;
    const valid: unknown = deepFreeze<unknown>(await super.transform(value, metadata));
    if (this.validQueryCount >= REMEMBERED_VALID_QUERIES) {
      this.validQueries.clear();
      this.validQueryCount = 0;
    }
    if (!ofClass) this.validQueries.set(metadata.metatype, (ofClass = new Map<string, unknown>()));
    ofClass.set(key, valid);
    this.validQueryCount++;
    return valid;
  }
}

/** Distinct valid queries remembered at once (all routes together). */
const REMEMBERED_VALID_QUERIES = 5_000;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The one validation setup: unknown fields are refused, and errors name their field so forms can show them. */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The target lets flatten() read a failed rule's arguments (a minimum length); it is never sent.
    validationError: { target: true },
    exceptionFactory: (errors) => {
      const issues = flatten(errors);
      return new BadRequestException({ message: 'Validation failed', errors: byField(issues), issues });
    },
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
