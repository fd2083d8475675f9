import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator.js';
import { OutletDto } from './dto/outlet.dto.js';
import { OutletsService } from './outlets.service.js';

@ApiTags('outlets')
@Controller('outlets')
export class OutletsController {
  constructor(private readonly outletsService: OutletsService) {}

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: 'List the news outlets' })
  @ApiOkResponse({ type: [OutletDto] })
  list(): Promise<OutletDto[]> {
    return this.outletsService.list();
  }
}
