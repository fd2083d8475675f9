import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PreviewDto } from '../../articles/dto/article.dto.js';

export class FetchArticleDto {
  @ApiProperty({
    description: 'An http(s) page; private, loopback, link-local and metadata addresses are refused',
    example: 'https://news.example/2019/10/07/ain-zara',
  })
  @IsString()
  @Matches(/\S/, { message: 'url must not be empty' })
  @MaxLength(1000)
  url: string;

  @ApiPropertyOptional({
    description: 'The conflict the article belongs to (GET /api/conflicts); default: the default conflict',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  conflict?: string;
}

/** The paste preview of the fetched text, plus what the page says about itself: the New article form's fields. */
export class FetchedArticleDto extends PreviewDto {
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ description: 'The main text, boilerplate removed; the preview offsets point into it' }) body: string;
  @ApiProperty({ description: 'og:site_name, else the host' }) outlet: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2019-10-07',
    description:
      "YYYY-MM-DD from the page's metadata; null when the page states none (relative dates in the preview are then read against today: preview again once the date is entered)",
  })
  publishedAt: string | null;
  @ApiProperty({ description: 'The canonical URL (rel=canonical), else the URL fetched after redirects' }) url: string;
}
