import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { ArticleExportQueryDto } from './dto/article-export-query.dto.js';
import { ClaimExportQueryDto, TimeseriesExportQueryDto } from './dto/export-lang.dto.js';
import { exportLang } from './utils/csv-headers.js';
import { ExportsService, type CsvExport } from './exports.service.js';
import { responseSink } from './utils/csv-sink.js';

const CSV_NOTE =
  "UTF-8 with a BOM, RFC 4180, CRLF. Text cells starting with = + - @ tab or CR carry a leading ' against formula " +
  "injection (also cells starting with quotes then one of those); strip one leading ' from such cells to recover the text.";

@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('claims.csv')
  @Roles('viewer')
  @ApiOperation({
    summary: 'The claims of GET /api/claims for the same filters, one row per claim, streamed',
    description: CSV_NOTE,
  })
  @ApiProduces('text/csv')
  async claims(
    @Query() query: ClaimExportQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentUser() user: AuthUser | undefined,
    @Res() res: Response,
  ): Promise<void> {
    await send(res, this.exports.claims({ ...query, lang: exportLang(query.lang, acceptLanguage) }, user));
  }

  @Get('timeseries.csv')
  @Roles('viewer')
  @ApiOperation({
    summary: 'The dashboard timeseries: one row per bucket, one column per series',
    description: CSV_NOTE,
  })
  @ApiProduces('text/csv')
  async timeseries(
    @Query() query: TimeseriesExportQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentUser() user: AuthUser | undefined,
    @Res() res: Response,
  ): Promise<void> {
    await send(res, await this.exports.timeseries({ ...query, lang: exportLang(query.lang, acceptLanguage) }, user));
  }

  @Get('articles.csv')
  @Roles('viewer')
  @ApiOperation({ summary: 'Articles with their claim counts, streamed', description: CSV_NOTE })
  @ApiProduces('text/csv')
  async articles(
    @Query() query: ArticleExportQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentUser() user: AuthUser | undefined,
    @Res() res: Response,
  ): Promise<void> {
    await send(res, this.exports.articles({ ...query, lang: exportLang(query.lang, acceptLanguage) }, user));
  }
}

async function send(res: Response, csv: CsvExport): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${csv.filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  await csv.write(responseSink(res));
}
