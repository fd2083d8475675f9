import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
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

  @Get('gold.zip')
  @Roles('admin')
  @ApiOperation({
    summary:
      'The reviewed articles published in the period as a gold set (texts and gold.json in the real-news development set format), zipped',
  })
  @ApiProduces('application/zip')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async goldZip(@Query() query: ExtractionQualityQueryDto, @Res() res: Response): Promise<void> {
    const { filename, zip, articles } = await this.quality.goldZip(query);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('X-Claimline-Articles', String(articles));
    res.end(Buffer.from(zip));
  }
}
