import { BadRequestException } from '@nestjs/common';
import { IsIn, IsInt, IsString, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { withErrorCode } from './http-exception.filter.js';
import { createValidationPipe, type FieldError, type FieldIssue } from './validation.js';

class SampleDto {
  @IsString()
  name: string;

  @IsInt()
  @Min(1)
  count: number;
}

describe('createValidationPipe', () => {
  const pipe = createValidationPipe();
  const metadata = { type: 'body' as const, metatype: SampleDto };

  it('reports each invalid field by name', async () => {
    const error = await pipe.transform({ name: 3, count: 0 }, metadata).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestException);
    const body = (error as BadRequestException).getResponse() as { errors: { field: string }[] };
    expect(body.errors.map((e) => e.field).sort()).toEqual(['count', 'name']);
  });

  it('refuses fields the DTO does not declare', async () => {
    const error = await pipe.transform({ name: 'a', count: 2, admin: true }, metadata).catch((e: unknown) => e);
    const body = (error as BadRequestException).getResponse() as { errors: { field: string; messages: string[] }[] };
    expect(body.errors).toEqual([{ field: 'admin', messages: ['property admin should not exist'] }]);
  });

  it('names each failed rule with a stable code and its arguments, nested fields included', async () => {
    const error = await createValidationPipe()
      .transform({ password: 'short', role: 'boss', inner: { count: 0 } }, { type: 'body', metatype: AccountDto })
      .catch((e: unknown) => e);
    const body = (error as BadRequestException).getResponse() as { errors: FieldError[]; issues: FieldIssue[] };
    expect(body.issues).toEqual([
      {
        field: 'password',
        code: 'minLength',
        params: { min: 10 },
        message: 'password must be longer than or equal to 10 characters',
      },
      {
        field: 'role',
        code: 'isIn',
        params: { values: 'viewer, admin' },
        message: expect.stringContaining('role must be one of') as string,
      },
      { field: 'inner.count', code: 'min', params: { min: 1 }, message: 'count must not be less than 1' },
    ]);
    // `errors` keeps its shape: the same messages grouped by field.
    expect(body.errors.map((e) => e.field)).toEqual(['password', 'role', 'inner.count']);
    // The validated object is never sent back.
    expect(JSON.stringify(body)).not.toContain('short');
  });

  it('answers a query it validated before with the same frozen object, and refuses an invalid one each time', async () => {
    const queryPipe = createValidationPipe();
    const query = { type: 'query' as const, metatype: SampleDto };
    const first = (await queryPipe.transform({ name: 'a', count: 2 }, query)) as SampleDto;
    expect(first).toBeInstanceOf(SampleDto);
    expect(first.count).toBe(2);
    await expect(queryPipe.transform({ name: 'a', count: 2 }, query)).resolves.toBe(first);
    // Shared by concurrent requests: a handler cannot change it under another.
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => Object.assign(first, { count: 3 })).toThrow(TypeError);
    await expect(queryPipe.transform({ name: 'b', count: 2 }, query)).resolves.not.toBe(first);
    for (let attempt = 0; attempt < 2; attempt++)
      await expect(queryPipe.transform({ name: 'a', count: 0 }, query)).rejects.toBeInstanceOf(BadRequestException);
    // A body is validated every time.
    const body = await queryPipe.transform({ name: 'a', count: 2 }, metadata);
    await expect(queryPipe.transform({ name: 'a', count: 2 }, metadata)).resolves.not.toBe(body);
  });
});

class InnerDto {
  @IsInt()
  @Min(1)
  count: number;
}

class AccountDto {
  @IsString()
  @MinLength(10)
  @MaxLength(72)
  password: string;

  @IsIn(['viewer', 'admin'])
  role: string;

  @ValidateNested()
  @Type(() => InnerDto)
  inner: InnerDto;
}

describe('error codes', () => {
  it('adds a code from the status, keeps one the exception named, and marks field failures', () => {
    expect(withErrorCode({ statusCode: 404, message: 'Claim 9 not found' }).code).toBe('not_found');
    expect(withErrorCode({ statusCode: 409, message: 'Changed meanwhile' }).code).toBe('conflict');
    expect(withErrorCode({ statusCode: 400, message: 'Validation failed', errors: [] }).code).toBe('validation_failed');
    expect(withErrorCode({ statusCode: 503, message: 'x', code: 'database_unavailable' }).code).toBe(
      'database_unavailable',
    );
    expect(withErrorCode({ statusCode: 418, message: 'teapot' }).code).toBe('bad_request');
  });
});
