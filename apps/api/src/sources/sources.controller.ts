import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import {
  AcceptSourceDto,
  CreateSourceDto,
  MergeSourceDto,
  SourceDto,
  SourcePageDto,
  SourceQueryDto,
  UpdateSourceDto,
} from './dto/source.dto.js';
import { SourcesService } from './sources.service.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';

@ApiTags('sources')
@Controller('sources')
export class SourcesController {
  constructor(private readonly sourcesService: SourcesService) {}

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: 'Search the source registry, a page at a time' })
  @ApiOkResponse({ type: SourcePageDto })
  list(@Query() query: SourceQueryDto): Promise<SourcePageDto> {
    return this.sourcesService.list(query);
  }

  @Get(':id')
  @Roles('viewer')
  @ApiOperation({ summary: 'Get a source with its aliases' })
  @ApiOkResponse({ type: SourceDto })
  get(@Param('id', ParseIdPipe) id: number): Promise<SourceDto> {
    return this.sourcesService.get(id);
  }

  @Post()
  @Roles('analyst')
  @ApiOperation({ summary: 'Register a source' })
  @ApiCreatedResponse({ type: SourceDto })
  create(@Body() body: CreateSourceDto, @CurrentUser() user: AuthUser): Promise<SourceDto> {
    return this.sourcesService.create(body, user ?? null);
  }

  @Patch(':id')
  @Roles('analyst')
  @ApiOperation({ summary: 'Edit a source' })
  @ApiOkResponse({ type: SourceDto })
  update(
    @Param('id', ParseIdPipe) id: number,
    @Body() body: UpdateSourceDto,
    @CurrentUser() user: AuthUser,
  ): Promise<SourceDto> {
    return this.sourcesService.update(id, body, user ?? null);
  }

  @Post(':id/merge')
  @Roles('analyst')
  @HttpCode(200)
  @ApiOperation({ summary: 'Merge another source into this one' })
  @ApiOkResponse({ type: SourceDto, description: 'The source that absorbed the merged one' })
  merge(
    @Param('id', ParseIdPipe) id: number,
    @Body() body: MergeSourceDto,
    @CurrentUser() user: AuthUser,
  ): Promise<SourceDto> {
    return this.sourcesService.merge(id, body, user ?? null);
  }

  @Post(':id/accept')
  @Roles('analyst')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept a proposed source into the registry' })
  @ApiOkResponse({ type: SourceDto })
  accept(
    @Param('id', ParseIdPipe) id: number,
    @Body() body: AcceptSourceDto,
    @CurrentUser() user: AuthUser,
  ): Promise<SourceDto> {
    return this.sourcesService.accept(id, body, user ?? null);
  }

  @Post(':id/reject')
  @Roles('analyst')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a proposed source: its claims keep their camp and lose the source' })
  @ApiOkResponse({ type: SourceDto })
  reject(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthUser): Promise<SourceDto> {
    return this.sourcesService.reject(id, user ?? null);
  }
}
