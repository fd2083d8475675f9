import { ConflictQueryDto } from '../../conflicts/dto/conflict-query.dto.js';
import { DayQuery, IdListQuery } from '../../common/query-params.js';
import type { ExportLang } from '../utils/csv-headers.js';
import { LangQuery } from './export-lang.dto.js';

export class ArticleExportQueryDto extends ConflictQueryDto {
  @IdListQuery('Outlet ids, comma-separated')
  outlet?: number[];

  @DayQuery('Published from (inclusive), YYYY-MM-DD')
  from?: string;

  @DayQuery('Published to (inclusive), YYYY-MM-DD')
  to?: string;

  @LangQuery() lang?: ExportLang;
}
