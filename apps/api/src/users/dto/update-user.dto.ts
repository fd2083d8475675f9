import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn } from 'class-validator';
import { IsOmittable } from '../../common/validation.js';
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH, USER_ROLES, type UserRole } from '@claimline/contracts';
import { IsPassword } from './password.validator.js';

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: USER_ROLES })
  @IsOmittable()
  @IsIn(USER_ROLES, { message: `role must be one of ${USER_ROLES.join(', ')}` })
  role?: UserRole;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ minLength: PASSWORD_MIN_LENGTH, description: `At most ${PASSWORD_MAX_BYTES} bytes in UTF-8` })
  @IsOmittable()
  @IsPassword()
  password?: string;
}
