import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { CreateFeedDto, FeedDto, FeedPollDto, UpdateFeedDto } from './dto/feed.dto.js';
import { FeedsService } from './feeds.service.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';

@ApiTags('feeds')
@Controller('feeds')
export class FeedsController {
  constructor(private readonly feedsService: FeedsService) {}

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: 'List the followed feeds with their last poll, last error and next poll' })
  @ApiOkResponse({ type: [FeedDto] })
  list(): Promise<FeedDto[]> {
    return this.feedsService.list();
  }

  @Post()
  @Roles('analyst')
  @ApiOperation({ summary: 'Follow an RSS, Atom or JSON feed; its new items are stored as articles' })
  @ApiCreatedResponse({ type: FeedDto })
  @ApiBadRequestResponse({ description: 'The URL is refused (scheme, private address): the reason on `url`' })
  @ApiConflictResponse({ description: 'The feed is already followed: `{ message, existingId }`' })
  create(@Body() body: CreateFeedDto, @CurrentUser() user: AuthUser): Promise<FeedDto> {
    return this.feedsService.create(body, user);
  }

  @Patch(':id')
  @Roles('analyst')
  @ApiOperation({ summary: 'Pause or resume a feed, change its interval or outlet' })
  @ApiOkResponse({ type: FeedDto })
  update(
    @Param('id', ParseIdPipe) id: number,
    @Body() body: UpdateFeedDto,
    @CurrentUser() user: AuthUser,
  ): Promise<FeedDto> {
    return this.feedsService.update(id, body, user);
  }

  @Delete(':id')
  @Roles('analyst')
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop following a feed; the articles it stored stay' })
  @ApiNoContentResponse()
  remove(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthUser): Promise<void> {
    return this.feedsService.remove(id, user);
  }

  @Post(':id/poll')
  @Roles('analyst')
  @HttpCode(200)
  @ApiOperation({ summary: 'Poll a feed now and store its new items' })
  @ApiOkResponse({ type: FeedPollDto })
  @ApiConflictResponse({ description: 'The feed is being polled right now' })
  poll(@Param('id', ParseIdPipe) id: number): Promise<FeedPollDto> {
    return this.feedsService.pollNow(id);
  }
}
