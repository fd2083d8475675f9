import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { ClaimBulkService } from './claim-bulk.service.js';
import { ClaimBulkRequestDto, ClaimBulkResultDto, ClaimBulkUndoDto } from './dto/claim-bulk.dto.js';

@ApiTags('claims')
@Controller('claims/bulk')
export class ClaimBulkController {
  constructor(private readonly bulk: ClaimBulkService) {}

  @Post()
  @Roles('analyst')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Set status, narratives or source on many claims at once (by ids, or every claim a list filter matches)',
  })
  @ApiOkResponse({ type: ClaimBulkResultDto })
  @ApiConflictResponse({ description: 'The filter no longer matches expectedTotal claims' })
  apply(@Body() dto: ClaimBulkRequestDto, @CurrentUser() user: AuthUser): Promise<ClaimBulkResultDto> {
    return this.bulk.apply(dto, user);
  }

  @Post(':bulkId/undo')
  @Roles('analyst')
  @HttpCode(200)
  @ApiOperation({ summary: 'Undo your last bulk action (refused if one of its claims changed since)' })
  @ApiOkResponse({ type: ClaimBulkUndoDto })
  @ApiConflictResponse({ description: 'Not your last bulk action, already undone, or a claim changed since' })
  undo(@Param('bulkId', new ParseUUIDPipe()) bulkId: string, @CurrentUser() user: AuthUser): Promise<ClaimBulkUndoDto> {
    return this.bulk.undo(bulkId, user);
  }
}
