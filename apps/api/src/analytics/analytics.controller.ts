import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator.js';
import { ClaimFiltersDto } from '../claims/dto/claim-filters.dto.js';
import { AnalyticsService } from './analytics.service.js';
import { AnalyticsCacheInterceptor, AnalyticsReads } from './cache/analytics-cache.interceptor.js';
import { BlindspotsDto, BlindspotsQueryDto } from './dto/blindspots.dto.js';
import { CompareDto, CompareQueryDto } from './dto/compare.dto.js';
import { FramingReportDto, FramingQueryDto } from './dto/framing.dto.js';
import { PlacesDto } from './dto/places.dto.js';
import { ShareDto } from './dto/share.dto.js';
import { TimeseriesDto, TimeseriesQueryDto } from './dto/timeseries.dto.js';
import { TopSourcesDto, TopSourcesQueryDto } from './dto/top-sources.dto.js';

@ApiTags('analytics')
@Controller('analytics')
// Responses cached per (route, query) until the next write of what they read, or 30 s
// (cache/analytics-cache.interceptor.ts). Every route here reads the claims as counted, none reads links;
// those showing narratives read the tags too (and any route filtered or grouped by narrative).
@UseInterceptors(AnalyticsCacheInterceptor)
@AnalyticsReads('counts')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('timeseries')
  @Roles('viewer')
  @ApiOperation({ summary: 'Claims per day, week or month, one series per camp, source, narrative or status' })
  @ApiOkResponse({ type: TimeseriesDto })
  timeseries(@Query() query: TimeseriesQueryDto): Promise<TimeseriesDto> {
    return this.analytics.timeseries(query);
  }

  @Get('compare')
  @Roles('viewer')
  // The claims side by side carry their statuses.
  @AnalyticsReads('counts', 'status')
  @ApiOperation({ summary: 'What each camp claimed about one place (location=<id>) in a window' })
  @ApiOkResponse({ type: CompareDto })
  compare(@Query() query: CompareQueryDto): Promise<CompareDto> {
    return this.analytics.compare(query);
  }

  @Get('framing')
  @Roles('viewer')
  @AnalyticsReads('framing')
  @ApiOperation({ summary: "Per outlet, the labels it used for each camp's forces: narration apart from quotes" })
  @ApiOkResponse({ type: FramingReportDto })
  framing(@Query() query: FramingQueryDto): Promise<FramingReportDto> {
    return this.analytics.framing(query);
  }

  @Get('share')
  @Roles('viewer')
  @AnalyticsReads('counts', 'narratives')
  @ApiOperation({ summary: "Each narrative's share of each camp's claims" })
  @ApiOkResponse({ type: ShareDto })
  share(@Query() query: ClaimFiltersDto): Promise<ShareDto> {
    return this.analytics.share(query);
  }

  @Get('places')
  @Roles('viewer')
  @ApiOperation({ summary: 'Places with coordinates and their claims per camp, for the claim filters' })
  @ApiOkResponse({ type: PlacesDto })
  places(@Query() query: ClaimFiltersDto): Promise<PlacesDto> {
    return this.analytics.places(query);
  }

  @Get('blindspots')
  @Roles('viewer')
  @AnalyticsReads('counts', 'narratives')
  @ApiOperation({ summary: 'Places and narratives only one camp talks about' })
  @ApiOkResponse({ type: BlindspotsDto })
  blindspots(@Query() query: BlindspotsQueryDto): Promise<BlindspotsDto> {
    return this.analytics.blindspots(query);
  }

  @Get('top-sources')
  @Roles('viewer')
  @ApiOperation({ summary: 'Sources with the most claims' })
  @ApiOkResponse({ type: TopSourcesDto })
  topSources(@Query() query: TopSourcesQueryDto): Promise<TopSourcesDto> {
    return this.analytics.topSources(query);
  }
}
