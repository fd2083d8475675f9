import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { AnalyticsCacheInterceptor, AnalyticsReads } from './cache/analytics-cache.interceptor.js';
import { ContestedService } from './contested.service.js';
import {
  ContestedDismissalDto,
  ContestedDismissalsDto,
  CreateContestedDismissalDto,
} from './dto/contested-dismissal.dto.js';
import { ContestedDto, ContestedQueryDto } from './dto/contested.dto.js';

@ApiTags('analytics')
@Controller('analytics/contested')
export class ContestedController {
  constructor(private readonly contested: ContestedService) {}

  @Get()
  @Roles('viewer')
  // Cached per query until the next write (a dismissal or a link is one), like every analytics GET.
  @UseInterceptors(AnalyticsCacheInterceptor)
  // The pairs' claims carry their statuses.
  @AnalyticsReads('counts', 'links', 'status')
  @ApiOperation({
    summary:
      'Claims of different camps about one place within a day that oppose each other (denial, opposite outcomes, accusation), with the evidence; linked pairs too',
  })
  @ApiOkResponse({ type: ContestedDto })
  list(@Query() query: ContestedQueryDto): Promise<ContestedDto> {
    return this.contested.contested(query);
  }

  @Get('dismissals')
  @Roles('viewer')
  @ApiOperation({ summary: 'Suggested contradictions analysts dismissed, newest first' })
  @ApiOkResponse({ type: ContestedDismissalsDto })
  dismissals(@CurrentUser() user: AuthUser): Promise<ContestedDismissalsDto> {
    return this.contested.listDismissals(user);
  }

  @Post('dismissals')
  @Roles('analyst')
  @ApiOperation({ summary: 'Dismiss a suggested contradiction: the pair is not offered again' })
  @ApiCreatedResponse({ type: ContestedDismissalDto })
  dismiss(@Body() dto: CreateContestedDismissalDto, @CurrentUser() user: AuthUser): Promise<ContestedDismissalDto> {
    return this.contested.dismiss(dto, user);
  }

  @Delete('dismissals/:id')
  @Roles('analyst')
  @HttpCode(204)
  @ApiOperation({ summary: 'Undo a dismissal: the pair may be suggested again' })
  @ApiNoContentResponse()
  undismiss(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthUser): Promise<void> {
    return this.contested.undismiss(id, user);
  }
}
