import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { CreateArticleDto, PreviewArticleDto } from './dto/article-input.dto.js';
import { ArticleDetailDto, ArticlePageDto, ArticleQueryDto, PreviewDto } from './dto/article.dto.js';
import { ArticlesService } from './articles.service.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';

@ApiTags('articles')
@Controller('articles')
export class ArticlesController {
  constructor(private readonly articlesService: ArticlesService) {}

  @Post('preview')
  @Roles('analyst')
  @HttpCode(200)
  @ApiOperation({ summary: 'Preview the claims extraction would find in an article, without saving' })
  @ApiOkResponse({ type: PreviewDto, description: 'The claims extraction would store; nothing is saved' })
  preview(@Body() body: PreviewArticleDto): Promise<PreviewDto> {
    return this.articlesService.preview(body);
  }

  @Post()
  @Roles('analyst')
  @ApiOperation({ summary: 'Store an article and the claims extracted from it' })
  @ApiCreatedResponse({ type: ArticleDetailDto })
  @ApiConflictResponse({ description: 'The same (normalized) body is already stored: `{ message, existingId }`' })
  create(@Body() body: CreateArticleDto, @CurrentUser() user: AuthUser): Promise<ArticleDetailDto> {
    return this.articlesService.create(body, user ?? null);
  }

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: 'List articles, newest first, a page at a time' })
  @ApiOkResponse({ type: ArticlePageDto })
  list(@Query() query: ArticleQueryDto): Promise<ArticlePageDto> {
    return this.articlesService.list(query);
  }

  @Get(':id')
  @Roles('viewer')
  @ApiOperation({ summary: 'Get an article with its claims and framing' })
  @ApiOkResponse({ type: ArticleDetailDto })
  get(@Param('id', ParseIdPipe) id: number): Promise<ArticleDetailDto> {
    return this.articlesService.get(id);
  }
}
