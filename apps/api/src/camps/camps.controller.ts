import { Controller, Get, Query } from '@nestjs/common';
import { ConflictQueryDto } from '../conflicts/dto/conflict-query.dto.js';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { CampDto } from './dto/camp.dto.js';
import { CampsService } from './camps.service.js';

@ApiTags('camps')
@Controller('camps')
export class CampsController {
  constructor(private readonly campsService: CampsService) {}

  @Get()
  @ApiOperation({ summary: "List a conflict's camps" })
  @ApiOkResponse({ type: [CampDto] })
  list(@Query() query: ConflictQueryDto): Promise<CampDto[]> {
    return this.campsService.list(query.conflict);
  }
}
