import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { CreateNarrativeDto, NarrativeDto, UpdateNarrativeDto } from './dto/narrative.dto.js';
import { NarrativesService } from './narratives.service.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { ConflictQueryDto } from '../conflicts/dto/conflict-query.dto.js';

@ApiTags('narratives')
@Controller('narratives')
export class NarrativesController {
  constructor(private readonly narratives: NarrativesService) {}

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: 'List the narratives' })
  @ApiOkResponse({ type: [NarrativeDto] })
  list(@Query() query: ConflictQueryDto): Promise<NarrativeDto[]> {
    return this.narratives.list(query.conflict);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a narrative' })
  @ApiCreatedResponse({ type: NarrativeDto })
  create(@Body() dto: CreateNarrativeDto, @CurrentUser() user: AuthUser): Promise<NarrativeDto> {
    return this.narratives.create(dto, user);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Edit a narrative' })
  @ApiOkResponse({ type: NarrativeDto })
  update(
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdateNarrativeDto,
    @CurrentUser() user: AuthUser,
  ): Promise<NarrativeDto> {
    return this.narratives.update(id, dto, user);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a narrative' })
  @ApiNoContentResponse()
  remove(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthUser): Promise<void> {
    return this.narratives.remove(id, user);
  }
}
