import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';
import { conflictQueryHash } from './conflict/conflict-scope';
import { currentConflict } from './conflict/current-conflict';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Conflict-scoped data is cached per conflict: switching fetches the other conflict's, never shows it stale.
        queryKeyHashFn: (queryKey) => conflictQueryHash(queryKey, currentConflict()),
        // Client errors (401, 403, 404, 400) will not fix themselves on retry.
        retry: (failureCount, error) => {
          if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();
