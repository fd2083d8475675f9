import { DayQuery, IdListQuery } from '../../common/query-params.js';

export class ArticleExportQueryDto {
  @IdListQuery('Outlet ids, comma-separated')
  outlet?: number[];

  @DayQuery('Published from (inclusive), YYYY-MM-DD')
  from?: string;

  @DayQuery('Published to (inclusive), YYYY-MM-DD')
  to?: string;
}
