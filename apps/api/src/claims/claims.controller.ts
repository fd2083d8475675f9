import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { AuditEventDto } from '../audit/dto/audit-event.dto.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { ClaimListService } from './claim-list.service.js';
import { ClaimsService } from './claims.service.js';
import { ClaimLinksService } from './claim-links.service.js';
import { ClaimDetailDto } from './dto/claim-detail.dto.js';
import { CreateClaimDto, UpdateClaimDto } from './dto/claim-input.dto.js';
import { ClaimLinkDto, CreateClaimLinkDto } from './dto/claim-link.dto.js';
import { ClaimListQueryDto } from './dto/claim-list-query.dto.js';
import { ClaimListDto } from './dto/claim-summary.dto.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import type { JsonBytes } from '../common/json-bytes/json-bytes.js';

@ApiTags('claims')
@Controller('claims')
export class ClaimsController {
  constructor(
    private readonly claims: ClaimsService,
    private readonly claimList: ClaimListService,
  ) {}

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: 'List the claims matching the filters, a page at a time' })
  @ApiOkResponse({ type: ClaimListDto })
  list(@Query() query: ClaimListQueryDto): Promise<JsonBytes<ClaimListDto>> {
    return this.claimList.list(query);
  }

  @Get(':id')
  @Roles('viewer')
  @ApiOperation({ summary: 'Get a claim with its places, narratives and links' })
  @ApiOkResponse({ type: ClaimDetailDto })
  get(@Param('id', ParseIdPipe) id: number): Promise<ClaimDetailDto> {
    return this.claims.get(id);
  }

  @Get(':id/history')
  @Roles('viewer')
  @ApiOperation({ summary: "Get a claim's change history" })
  @ApiOkResponse({ type: [AuditEventDto] })
  history(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthUser): Promise<AuditEventDto[]> {
    return this.claims.history(id, user);
  }

  @Post()
  @Roles('analyst')
  @ApiOperation({ summary: 'Add a claim to an article by hand' })
  @ApiCreatedResponse({ type: ClaimDetailDto })
  create(@Body() dto: CreateClaimDto, @CurrentUser() user: AuthUser): Promise<ClaimDetailDto> {
    return this.claims.create(dto, user);
  }

  @Patch(':id')
  @Roles('analyst')
  @ApiOperation({ summary: 'Edit a claim (refused if it changed since `version`)' })
  @ApiOkResponse({ type: ClaimDetailDto })
  @ApiConflictResponse({
    description: 'The claim changed since `version`; the body carries `current`, the claim as it is now',
  })
  update(
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdateClaimDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ClaimDetailDto> {
    return this.claims.update(id, dto, user);
  }

  /** Marks the claim rejected; nothing is erased. */
  @Delete(':id')
  @Roles('analyst')
  @ApiOperation({ summary: 'Reject a claim; nothing is erased' })
  @ApiOkResponse({ type: ClaimDetailDto })
  reject(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthUser): Promise<ClaimDetailDto> {
    return this.claims.reject(id, user);
  }
}

@ApiTags('claims')
@Controller('claim-links')
export class ClaimLinksController {
  constructor(private readonly claimLinks: ClaimLinksService) {}

  @Post()
  @Roles('analyst')
  @ApiOperation({ summary: 'Link two claims' })
  @ApiCreatedResponse({ type: ClaimLinkDto })
  create(@Body() dto: CreateClaimLinkDto, @CurrentUser() user: AuthUser): Promise<ClaimLinkDto> {
    return this.claimLinks.link(dto, user);
  }

  @Delete(':id')
  @Roles('analyst')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a link between two claims' })
  @ApiNoContentResponse()
  remove(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthUser): Promise<void> {
    return this.claimLinks.unlink(id, user);
  }
}
