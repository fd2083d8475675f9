import { ApiProperty } from '@nestjs/swagger';
import type { AuthUser } from '../../auth/auth-user.js';
import type { AuditEventEntity } from '../audit-event.entity.js';
import { editorName, showsEmails } from '../editor-name.js';

export class AuditEventDto {
  @ApiProperty() id: number;
  @ApiProperty({ nullable: true, type: Number }) userId: number | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "The editor's e-mail address: for admins only, null for everyone else and for the system",
  })
  userEmail: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Who made the change as the reader may see it: the e-mail for admins, "Analyst #id" for others',
  })
  userName: string | null;
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

/** `reader`: who asked; only admins get e-mail addresses. */
export function toAuditEventDto(event: AuditEventEntity, reader: AuthUser | undefined): AuditEventDto {
  return {
    id: event.id,
    userId: event.userId,
    userEmail: showsEmails(reader) ? event.userEmail : null,
    userName: editorName(event.userId, event.userEmail, reader),
    at: new Date(event.at).toISOString(),
    entity: event.entity,
    entityId: event.entityId,
    action: event.action,
    before: parse(event.before),
    after: parse(event.after),
  };
}
