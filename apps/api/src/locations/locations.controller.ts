import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator.js';
import { LocationDto, LocationQueryDto } from './dto/location.dto.js';
import { LocationsService } from './locations.service.js';

@ApiTags('locations')
@Controller('locations')
export class LocationsController {
  constructor(private readonly locationsService: LocationsService) {}

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: 'Search places by name' })
  @ApiOkResponse({ type: [LocationDto] })
  search(@Query() query: LocationQueryDto): Promise<LocationDto[]> {
    return this.locationsService.search(query);
  }
}
