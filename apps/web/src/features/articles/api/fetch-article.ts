import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { PreviewResult } from './types';

/** POST /api/articles/fetch: the paste preview of a page's article, with the fields the form needs. */
export type FetchedArticle = PreviewResult & {
  title: string | null;
  body: string;
  outlet: string;
  /** Null when the page states no date: the analyst enters it. */
  publishedAt: string | null;
  url: string;
};

export function fetchArticle(input: { url: string }): Promise<FetchedArticle> {
  return apiFetch<FetchedArticle>('/articles/fetch', { method: 'POST', body: input });
}

export function useFetchArticle() {
  return useMutation({ mutationFn: fetchArticle });
}
