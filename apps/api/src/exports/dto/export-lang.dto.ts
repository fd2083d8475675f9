import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { TimeseriesQueryDto } from '../../analytics/dto/timeseries.dto.js';
import { ClaimFiltersDto } from '../../claims/dto/claim-filters.dto.js';
import { EXPORT_LANGS, type ExportLang } from '../utils/csv-headers.js';

const LangQuery = (): PropertyDecorator => (target, key) => {
  ApiPropertyOptional({
    enum: EXPORT_LANGS,
    description: 'Language of the header row and series names; absent: the Accept-Language header, else English',
  })(target, key);
  IsOptional()(target, key);
  IsIn(EXPORT_LANGS)(target, key);
};

export class ClaimExportQueryDto extends ClaimFiltersDto {
  @LangQuery() lang?: ExportLang;
}

export class TimeseriesExportQueryDto extends TimeseriesQueryDto {
  @LangQuery() lang?: ExportLang;
}

export { LangQuery };
