import { Body, Controller, Get, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { ConflictsService } from './conflicts.service.js';
import {
  CampInputDto,
  ConflictDto,
  CreateCampDto,
  CreateConflictDto,
  ImportPackDto,
  PackImportResultDto,
} from './dto/conflict.dto.js';

@ApiTags('conflicts')
@Controller('conflicts')
export class ConflictsController {
  constructor(private readonly conflicts: ConflictsService) {}

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: 'List the conflicts with their camps' })
  @ApiOkResponse({ type: [ConflictDto] })
  list(): Promise<ConflictDto[]> {
    return this.conflicts.list();
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a conflict (with the UN, international and unknown camps; add its sides next)' })
  @ApiCreatedResponse({ type: ConflictDto })
  create(@Body() dto: CreateConflictDto, @CurrentUser() user: AuthUser): Promise<ConflictDto> {
    return this.conflicts.create(dto, user);
  }

  @Post('import')
  @Roles('admin')
  @ApiOperation({
    summary:
      'Import a conflict pack: creates the conflict or adds what it lacks (400 lists each problem with its line)',
  })
  @ApiCreatedResponse({ type: PackImportResultDto })
  import(@Body() dto: ImportPackDto, @CurrentUser() user: AuthUser): Promise<PackImportResultDto> {
    return this.conflicts.importPack(dto.pack, user);
  }

  @Get(':id/pack')
  @Roles('viewer')
  @ApiOperation({ summary: "The conflict's pack as YAML, with the camps, sources, places and narratives as edited" })
  @ApiProduces('application/yaml')
  @ApiOkResponse({ description: 'The pack file', schema: { type: 'string' } })
  async exportPack(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const { filename, yaml } = await this.conflicts.exportPack(id);
    res.setHeader('Content-Type', 'application/yaml; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(yaml);
  }

  @Post(':id/camps')
  @Roles('admin')
  @ApiOperation({ summary: 'Add a camp to a conflict' })
  @ApiCreatedResponse({ type: ConflictDto })
  addCamp(@Param('id') id: string, @Body() dto: CreateCampDto, @CurrentUser() user: AuthUser): Promise<ConflictDto> {
    const { id: campId, ...fields } = dto;
    return this.conflicts.saveCamp(id, campId, fields, user, false);
  }

  @Patch(':id/camps/:campId')
  @Roles('admin')
  @ApiOperation({ summary: "Edit a camp's names, colour, role or order in one conflict" })
  @ApiOkResponse({ type: ConflictDto })
  updateCamp(
    @Param('id') id: string,
    @Param('campId') campId: string,
    @Body() dto: CampInputDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ConflictDto> {
    return this.conflicts.saveCamp(id, campId, dto, user, true);
  }
}
