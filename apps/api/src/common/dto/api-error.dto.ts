import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'title', description: 'Dotted path of the field, e.g. `claims.0.text`' }) field: string;
  @ApiProperty({ type: [String] }) messages: string[];
}

export class FieldIssueDto {
  @ApiProperty({ example: 'password' }) field: string;
  @ApiProperty({ example: 'minLength', description: 'The failed rule, stable across releases (translate this)' })
  code: string;
  @ApiPropertyOptional({
    example: { min: 10 },
    description: 'The rule’s arguments (`min`, `max`, `values`)',
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
  })
  params?: Record<string, string | number>;
  @ApiProperty({ example: 'password must be at least 10 characters' }) message: string;
}

/** Every error body, as HttpExceptionFilter writes it. */
export class ApiErrorDto {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'Validation failed' }) message: string;
  @ApiProperty({
    example: 'validation_failed',
    description:
      'Stable error code: validation_failed, bad_request, invalid_json, unauthorized, forbidden, not_found, conflict, ' +
      'payload_too_large, unsupported_media_type, too_many_requests, internal_error, database_unavailable…',
  })
  code: string;
  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Present on validation failures: one entry per field' })
  errors?: FieldErrorDto[];
  @ApiPropertyOptional({
    type: [FieldIssueDto],
    description: 'Request validation failures with their rule codes, one per failed rule (checks made later omit it)',
  })
  issues?: FieldIssueDto[];
}
