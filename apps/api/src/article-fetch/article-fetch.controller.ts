import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadGatewayResponse,
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator.js';
import { ArticleFetchService } from './article-fetch.service.js';
import { FetchArticleDto, FetchedArticleDto } from './dto/fetch-article.dto.js';

@ApiTags('articles')
@Controller('articles')
export class ArticleFetchController {
  constructor(private readonly articleFetch: ArticleFetchService) {}

  @Post('fetch')
  @Roles('analyst')
  @HttpCode(200)
  @ApiOperation({ summary: 'Fetch an article page by URL and preview its claims, without saving' })
  @ApiOkResponse({ type: FetchedArticleDto })
  @ApiBadRequestResponse({
    description:
      'The URL is refused (scheme, private address, size, content type): the reason is a field error on `url`',
  })
  @ApiBadGatewayResponse({ description: 'The site did not answer, or answered with an error' })
  @ApiUnprocessableEntityResponse({ description: 'The page holds no readable article text' })
  fetch(@Body() body: FetchArticleDto): Promise<FetchedArticleDto> {
    return this.articleFetch.fetchAndPreview(body);
  }
}
