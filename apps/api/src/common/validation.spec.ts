import { BadRequestException } from '@nestjs/common';
import { IsInt, IsString, Min } from 'class-validator';
import { createValidationPipe } from './validation.js';

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
});
