import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { ArticlePage } from './types';

export const ARTICLES_PAGE_SIZE = 50;

export function getArticles(cursor: string | null, signal?: AbortSignal): Promise<ArticlePage> {
  return unwrap(
    api.GET('/api/articles', { params: { query: { limit: ARTICLES_PAGE_SIZE, cursor: cursor ?? undefined } }, signal }),
  );
}

export const articlesQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ['articles', 'list'],
    queryFn: ({ pageParam, signal }) => getArticles(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useArticles() {
  return useInfiniteQuery(articlesQueryOptions());
}
