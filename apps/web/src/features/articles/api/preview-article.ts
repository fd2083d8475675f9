import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import type { PreviewInput, PreviewResult } from './types';

export function previewArticle(input: PreviewInput): Promise<PreviewResult> {
  return unwrap(api.POST('/api/articles/preview', { body: input }));
}

export function usePreviewArticle() {
  return useMutation({ mutationFn: previewArticle });
}
