import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';
import { downloadUrl } from '../../../lib/api-client';

export type ExtractionQuality = Schemas['ExtractionQualityDto'];
export type QualityRatio = Schemas['QualityRatioDto'];
export type QualityPeriod = { from?: string; to?: string };

export const extractionQualityQueryOptions = (period: QualityPeriod) =>
  queryOptions({
    queryKey: ['extraction-quality', period.from ?? '', period.to ?? ''],
    queryFn: ({ signal }) => unwrap(api.GET('/api/extraction/quality', { params: { query: period }, signal })),
  });

export function useExtractionQuality(period: QualityPeriod) {
  return useQuery(extractionQualityQueryOptions(period));
}

/** The gold set of the articles published in the period, as a zip the browser downloads. */
export function goldZipUrl(period: QualityPeriod): string {
  return downloadUrl('/extraction/gold.zip', { from: period.from, to: period.to });
}
