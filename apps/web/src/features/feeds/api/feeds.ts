import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export type FeedState = 'idle' | 'polling' | 'paused' | 'failing';

/** GET /api/feeds, one row. */
export type Feed = {
  id: number;
  url: string;
  title: string | null;
  outlet: string | null;
  conflict: string | null;
  intervalMinutes: number;
  paused: boolean;
  state: FeedState;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  failures: number;
  nextPollAt: string | null;
  itemsSeen: number;
  lastNewItems: number;
  articlesStored: number;
  createdAt: string;
};

export type FeedPollResult = {
  notModified: boolean;
  newItems: number;
  stored: number;
  duplicates: number;
  failed: number;
  error: string | null;
};

export type CreateFeedInput = { url: string; outlet?: string; intervalMinutes?: number };
export type UpdateFeedInput = { paused?: boolean; intervalMinutes?: number; outlet?: string | null };

const FEEDS_KEY = ['feeds'] as const;

export const feedsQueryOptions = () =>
  queryOptions({
    queryKey: FEEDS_KEY,
    queryFn: ({ signal }) => apiFetch<Feed[]>('/feeds', { signal }),
    // Polls happen on the server's schedule: keep the list's times and counters fresh.
    refetchInterval: 30_000,
  });

export function useFeeds() {
  return useQuery(feedsQueryOptions());
}

function useFeedMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: FEEDS_KEY }),
  });
}

export const useCreateFeed = () =>
  useFeedMutation((input: CreateFeedInput) => apiFetch<Feed>('/feeds', { method: 'POST', body: input }));

export const useUpdateFeed = () =>
  useFeedMutation(({ id, ...changes }: UpdateFeedInput & { id: number }) =>
    apiFetch<Feed>(`/feeds/${id}`, { method: 'PATCH', body: changes }),
  );

export const useDeleteFeed = () =>
  useFeedMutation((id: number) => apiFetch<void>(`/feeds/${id}`, { method: 'DELETE' }));

export const usePollFeed = () =>
  useFeedMutation((id: number) =>
    apiFetch<{ feed: Feed; result: FeedPollResult }>(`/feeds/${id}/poll`, { method: 'POST' }),
  );
