import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator.js';
import { ExtractionQualityDto, ExtractionQualityQueryDto } from './dto/extraction-quality.dto.js';
import { ExtractionQualityService } from './extraction-quality.service.js';

@ApiTags('extraction')
@Controller('extraction')
export class ExtractionQualityController {
  constructor(private readonly quality: ExtractionQualityService) {}

  @Get('quality')
  @Roles('admin')
  @ApiOperation({
    summary:
      "The extractor measured by analysts' reviews in a period: precision, source, camp and place accuracy, per camp and per rule, and misses",
  })
  @ApiOkResponse({ type: ExtractionQualityDto })
  get(@Query() query: ExtractionQualityQueryDto): Promise<ExtractionQualityDto> {
    return this.quality.quality(query);
  }
}
