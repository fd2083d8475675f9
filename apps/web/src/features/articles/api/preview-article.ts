import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { PreviewInput, PreviewResult } from './types';

export function previewArticle(input: PreviewInput): Promise<PreviewResult> {
  return apiFetch<PreviewResult>('/articles/preview', { method: 'POST', body: input });
}

export function usePreviewArticle() {
  return useMutation({ mutationFn: previewArticle });
}
