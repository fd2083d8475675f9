import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { AuditService } from '../audit/audit.service.js';
import { AuditEventDto } from '../audit/dto/audit-event.dto.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { AuditQueryDto } from './dto/audit-query.dto.js';

/** The audit log's read side belongs to administration; AuditService (global) does the writing and paging. */
@ApiTags('audit')
@Controller('audit')
export class AuditLogController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Read the audit log, newest first' })
  @ApiOkResponse({ type: [AuditEventDto], description: 'Newest first' })
  page(@Query() query: AuditQueryDto, @CurrentUser() user: AuthUser): Promise<AuditEventDto[]> {
    return this.audit.page(user, query.limit ?? 50, query.before, query.entity);
  }
}
