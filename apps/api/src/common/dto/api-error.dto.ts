import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'title', description: 'Dotted path of the field, e.g. `claims.0.text`' }) field: string;
  @ApiProperty({ type: [String] }) messages: string[];
}

/** Every error body, as HttpExceptionFilter writes it. */
export class ApiErrorDto {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'Validation failed' }) message: string;
  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Present on validation failures: one entry per field' })
  errors?: FieldErrorDto[];
}
