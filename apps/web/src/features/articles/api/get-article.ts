import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { ArticleDetail } from './types';

export function getArticle(id: number, signal?: AbortSignal): Promise<ArticleDetail> {
  return unwrap(api.GET('/api/articles/{id}', { params: { path: { id } }, signal }));
}

export const articleQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['articles', 'detail', String(id)], queryFn: ({ signal }) => getArticle(id, signal) });

export function useArticle(id: number) {
  return useQuery(articleQueryOptions(id));
}
