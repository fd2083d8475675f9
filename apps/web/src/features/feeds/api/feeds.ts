import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';

export type Feed = Schemas['FeedDto'];
export type FeedPollResult = Schemas['FeedPollResultDto'];
export type CreateFeedInput = Schemas['CreateFeedDto'];
export type UpdateFeedInput = Schemas['UpdateFeedDto'];

const FEEDS_KEY = ['feeds'] as const;

export const feedsQueryOptions = () =>
  queryOptions({
    queryKey: FEEDS_KEY,
    queryFn: ({ signal }) => unwrap(api.GET('/api/feeds', { signal })),
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
  useFeedMutation((input: CreateFeedInput) => unwrap(api.POST('/api/feeds', { body: input })));

export const useUpdateFeed = () =>
  useFeedMutation(({ id, ...changes }: UpdateFeedInput & { id: number }) =>
    unwrap(api.PATCH('/api/feeds/{id}', { params: { path: { id } }, body: changes })),
  );

export const useDeleteFeed = () =>
  useFeedMutation((id: number) => unwrap(api.DELETE('/api/feeds/{id}', { params: { path: { id } } })));

export const usePollFeed = () =>
  useFeedMutation((id: number) => unwrap(api.POST('/api/feeds/{id}/poll', { params: { path: { id } } })));
