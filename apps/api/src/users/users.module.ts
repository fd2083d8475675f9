import { Module } from '@nestjs/common';
import { AdminBootstrapService } from './admin-bootstrap.service.js';
import { AuditLogController } from './audit-log.controller.js';
import { UsersController } from './users.controller.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

@Module({
  controllers: [UsersController, AuditLogController],
  providers: [UsersService, UsersRepository, AdminBootstrapService],
  exports: [UsersService],
})
export class UsersModule {}
