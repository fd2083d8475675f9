import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Request } from 'express';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { ImportJobDto, ImportStartedDto } from './dto/import-job.dto.js';
import { ImportsService } from './imports.service.js';

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly importsService: ImportsService) {}

  @Post()
  @Roles('analyst')
  @HttpCode(202)
  @ApiOperation({ summary: 'Start a bulk import from an uploaded file' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description:
            '.jsonl/.ndjson (one article per line) or .csv (header: title, body, publishedAt, language, outlet, url)',
        },
      },
    },
  })
  @ApiAcceptedResponse({
    type: ImportStartedDto,
    description: 'Processing continues in the background: poll GET /api/imports/{id}',
  })
  upload(@Req() req: Request, @CurrentUser() user: AuthUser): Promise<ImportStartedDto> {
    return this.importsService.upload(req, user ?? null);
  }

  @Get(':id')
  @Roles('analyst')
  @ApiOperation({ summary: "Follow an import job's progress" })
  @ApiOkResponse({ type: ImportJobDto })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: AuthUser | undefined): Promise<ImportJobDto> {
    return this.importsService.get(id, user ?? null);
  }
}
