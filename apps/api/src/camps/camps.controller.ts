import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { CampDto } from './dto/camp.dto.js';
import { CampsService } from './camps.service.js';

@ApiTags('camps')
@Controller('camps')
export class CampsController {
  constructor(private readonly campsService: CampsService) {}

  @Get()
  @ApiOperation({ summary: 'List the camps' })
  @ApiOkResponse({ type: [CampDto] })
  list(): Promise<CampDto[]> {
    return this.campsService.list();
  }
}
