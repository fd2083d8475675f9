import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES, type UserRole } from '@claimline/contracts';
import type { AuthUser } from '../auth-user.js';
import type { LoginResult } from '../auth.service.js';

export class SessionUserDto {
  @ApiProperty() id: number;
  @ApiProperty() email: string;
  @ApiProperty({ enum: USER_ROLES }) role: UserRole;
}

/** The session probe's answer: always 200, `user` null when signed out (no 401 in the console of every sign-in page). */
export class SessionStateDto {
  @ApiProperty({ type: SessionUserDto, nullable: true }) user: SessionUserDto | null;
}

export class LoginResponseDto {
  @ApiProperty({
    description:
      'Send as `Authorization: Bearer <accessToken>`; the same token is also set as the httpOnly claimline_session cookie.',
  })
  accessToken: string;

  @ApiProperty({
    description:
      'Cookie-authenticated writes must echo this in the X-CSRF-Token header (also in the claimline_csrf cookie).',
  })
  csrfToken: string;

  @ApiProperty({ example: '2026-01-01T12:00:00.000Z' })
  expiresAt: string;

  @ApiProperty({ type: SessionUserDto })
  user: SessionUserDto;
}

export function toSessionUserDto(user: AuthUser): SessionUserDto {
  return { id: user.id, email: user.email, role: user.role };
}

export function toLoginResponseDto(result: LoginResult): LoginResponseDto {
  return {
    accessToken: result.accessToken,
    csrfToken: result.csrfToken,
    expiresAt: new Date(result.expiresAt).toISOString(),
    user: toSessionUserDto(result.user),
  };
}
