import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES, type UserRole } from '@claimline/contracts';
import type { UserEntity } from '../user.entity.js';

export class UserDto {
  @ApiProperty() id: number;
  @ApiProperty({ example: 'analyst@example.org' }) email: string;
  @ApiProperty({ enum: USER_ROLES }) role: UserRole;
  @ApiProperty() active: boolean;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

/** Never the password hash. */
export function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    active: Boolean(user.active),
    createdAt: new Date(user.createdAt).toISOString(),
    updatedAt: new Date(user.updatedAt).toISOString(),
  };
}

/** What the audit log keeps of a user: no hash, not even a hash of the hash. */
export function toUserAuditState(user: UserEntity): { email: string; role: UserRole; active: boolean } {
  return { email: user.email, role: user.role, active: Boolean(user.active) };
}
