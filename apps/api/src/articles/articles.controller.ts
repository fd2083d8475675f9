import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { CreateArticleDto, PreviewArticleDto } from './dto/article-input.dto.js';
import { ArticleDetailDto, ArticlePageDto, ArticleQueryDto, PreviewDto } from './dto/article.dto.js';
import { ArticlesService } from './articles.service.js';

@ApiTags('articles')
@Controller('articles')
export class ArticlesController {
  constructor(private readonly articlesService: ArticlesService) {}

  @Post('preview')
  @Roles('analyst')
  @HttpCode(200)
  @ApiOkResponse({ type: PreviewDto, description: 'The claims extraction would store; nothing is saved' })
  preview(@Body() body: PreviewArticleDto): Promise<PreviewDto> {
    return this.articlesService.preview(body);
  }

  @Post()
  @Roles('analyst')
  @ApiCreatedResponse({ type: ArticleDetailDto })
  @ApiConflictResponse({ description: 'The same (normalized) body is already stored: `{ message, existingId }`' })
  create(@Body() body: CreateArticleDto, @CurrentUser() user: AuthUser): Promise<ArticleDetailDto> {
    return this.articlesService.create(body, user ?? null);
  }

  @Get()
  @Roles('viewer')
  @ApiOkResponse({ type: ArticlePageDto })
  list(@Query() query: ArticleQueryDto): Promise<ArticlePageDto> {
    return this.articlesService.list(query);
  }

  @Get(':id')
  @Roles('viewer')
  @ApiOkResponse({ type: ArticleDetailDto })
  get(@Param('id', ParseIntPipe) id: number): Promise<ArticleDetailDto> {
    return this.articlesService.get(id);
  }
}
