import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { UserDto } from './dto/user.dto.js';
import { UsersService } from './users.service.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'List the users' })
  @ApiOkResponse({ type: [UserDto] })
  list(): Promise<UserDto[]> {
    return this.users.list();
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a user' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'A user with this email already exists' })
  create(@Body() body: CreateUserDto, @CurrentUser() actor: AuthUser): Promise<UserDto> {
    return this.users.create(body, actor);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: "Change a user's name, role, password or active state" })
  @ApiOkResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'An admin cannot deactivate or demote themself' })
  update(
    @Param('id', ParseIdPipe) id: number,
    @Body() body: UpdateUserDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<UserDto> {
    return this.users.update(id, body, actor);
  }
}
