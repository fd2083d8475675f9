import { ApiProperty } from '@nestjs/swagger';
import type { AuditEventEntity } from '../audit-event.entity.js';

export class AuditEventDto {
  @ApiProperty() id: number;
  @ApiProperty({ nullable: true, type: Number }) userId: number | null;
  @ApiProperty({ nullable: true, type: String }) userEmail: string | null;
  @ApiProperty() at: string;
  @ApiProperty() entity: string;
  @ApiProperty() entityId: string;
  @ApiProperty() action: string;
  @ApiProperty({
    nullable: true,
    description: 'The state before the change',
    type: 'object',
    additionalProperties: true,
  })
  before: unknown;
  @ApiProperty({
    nullable: true,
    description: 'The state after the change',
    type: 'object',
    additionalProperties: true,
  })
  after: unknown;
}

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

export function toAuditEventDto(event: AuditEventEntity): AuditEventDto {
  return {
    id: event.id,
    userId: event.userId,
    userEmail: event.userEmail,
    at: new Date(event.at).toISOString(),
    entity: event.entity,
    entityId: event.entityId,
    action: event.action,
    before: parse(event.before),
    after: parse(event.after),
  };
}
