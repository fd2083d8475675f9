import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { ArticleDetail } from './types';

export function getArticle(id: number | string, signal?: AbortSignal): Promise<ArticleDetail> {
  return apiFetch<ArticleDetail>(`/articles/${id}`, { signal });
}

export const articleQueryOptions = (id: number | string) =>
  queryOptions({ queryKey: ['articles', 'detail', String(id)], queryFn: ({ signal }) => getArticle(id, signal) });

export function useArticle(id: number | string) {
  return useQuery(articleQueryOptions(id));
}
