import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';

/** POST /api/articles/fetch: the paste preview of a page's article, with the fields the form needs. */
export type FetchedArticle = Schemas['FetchedArticleDto'];
export type FetchArticleInput = Schemas['FetchArticleDto'];

export function fetchArticle(input: FetchArticleInput): Promise<FetchedArticle> {
  return unwrap(api.POST('/api/articles/fetch', { body: input }));
}

export function useFetchArticle() {
  return useMutation({ mutationFn: fetchArticle });
}
