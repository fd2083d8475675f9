import { ConflictScope } from '../conflicts/conflict-scope.js';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user.js';
import { ArticleIngestionService } from './article-ingestion.service.js';
import { ArticlesRepository } from './articles.repository.js';
import type { CreateArticleDto, PreviewArticleDto } from './dto/article-input.dto.js';
import {
  toArticleDetailDto,
  toArticleSummaryDto,
  type ArticleDetailDto,
  type ArticlePageDto,
  type ArticleQueryDto,
  type PreviewDto,
} from './dto/article.dto.js';

const encodeCursor = (publishedAt: string, id: number): string =>
  Buffer.from(`${publishedAt}|${id}`).toString('base64url');

function decodeCursor(cursor: string): { publishedAt: string; id: number } {
  const [publishedAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(publishedAt ?? '') || !/^\d+$/.test(id ?? '')) {
    throw new BadRequestException({
      message: 'Validation failed',
      errors: [{ field: 'cursor', messages: ['cursor is not valid'] }],
    });
  }
  return { publishedAt, id: Number(id) };
}

@Injectable()
export class ArticlesService {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly ingestion: ArticleIngestionService,
    private readonly scope: ConflictScope,
  ) {}

  preview(input: PreviewArticleDto): Promise<PreviewDto> {
    return this.ingestion.preview(input);
  }

  async create(input: CreateArticleDto, user: AuthUser | null): Promise<ArticleDetailDto> {
    const { id } = await this.ingestion.ingest(input, user);
    return this.get(id);
  }

  async list(query: ArticleQueryDto): Promise<ArticlePageDto> {
    const limit = query.limit ?? 50;
    const rows = await this.articles.page(
      this.scope.resolve(query.conflict),
      limit,
      query.cursor ? decodeCursor(query.cursor) : undefined,
    );
    const last = rows[rows.length - 1];
    return {
      items: rows.map(toArticleSummaryDto),
      nextCursor: rows.length === limit && last ? encodeCursor(last.publishedAt, last.id) : null,
    };
  }

  async get(id: number): Promise<ArticleDetailDto> {
    const detail = await this.articles.findDetail(id);
    if (!detail) throw new NotFoundException(`Article ${id} not found`);
    return toArticleDetailDto(detail.article, detail.claims, detail.locations, detail.framing);
  }
}
