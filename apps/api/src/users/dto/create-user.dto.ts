import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, MaxLength } from 'class-validator';
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH, USER_ROLES, type UserRole } from '@claimline/contracts';
import { IsPassword } from './password.validator.js';

export class CreateUserDto {
  @ApiProperty({ example: 'analyst@example.org' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  // Local installs use addresses like admin@localhost: no top-level domain required.
  @IsEmail({ require_tld: false }, { message: 'email must be an email address' })
  @MaxLength(255)
  email: string;

  @ApiProperty({ enum: USER_ROLES })
  @IsIn(USER_ROLES, { message: `role must be one of ${USER_ROLES.join(', ')}` })
  role: UserRole;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, description: `At most ${PASSWORD_MAX_BYTES} bytes in UTF-8` })
  @IsPassword()
  password: string;
}
