import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import { api, unwrap } from '../../../lib/api/client';
import type { ArticleDetail, CreateArticleInput } from './types';

export function createArticle(input: CreateArticleInput): Promise<ArticleDetail> {
  return unwrap(api.POST('/api/articles', { body: input }));
}

/** The id of the stored article a 409 points at, if this error is that duplicate. */
export function duplicateArticleId(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const id = (error.body as { existingId?: unknown } | null)?.existingId;
  return typeof id === 'number' || typeof id === 'string' ? Number(id) : null;
}

export function useCreateArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createArticle,
    onSuccess: (article) => {
      queryClient.setQueryData(['articles', 'detail', String(article.id)], article);
      void queryClient.invalidateQueries({ queryKey: ['articles', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['claims'] });
    },
  });
}
