import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UserRole } from '@claimline/contracts';
import { setCsrfToken } from './api-client';
import { api, unwrap, type Schemas } from './api/client';

export type User = Schemas['SessionUserDto'];
export type LoginInput = Schemas['LoginDto'];
export type LoginResponse = Schemas['LoginResponseDto'];

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/**
 * The signed-in user, or null when signed out. GET /api/auth/session answers 200 either way: the 401 of
 * /api/auth/me was a console error on every visit to the sign-in page.
 */
export async function getMe(signal?: AbortSignal): Promise<User | null> {
  const { user } = await unwrap(api.GET('/api/auth/session', { signal }));
  return user;
}

export const meQueryOptions = () =>
  queryOptions({ queryKey: ME_QUERY_KEY, queryFn: ({ signal }) => getMe(signal), staleTime: 5 * 60_000 });

export function useUser() {
  return useQuery(meQueryOptions());
}

export function login(input: LoginInput): Promise<LoginResponse> {
  return unwrap(api.POST('/api/auth/login', { body: input }));
}

export function logout(): Promise<void> {
  return unwrap(api.POST('/api/auth/logout'));
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (response) => {
      setCsrfToken(response.csrfToken);
      // Whatever was cached belonged to the previous session.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      queryClient.setQueryData(ME_QUERY_KEY, response.user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      setCsrfToken(undefined);
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, null);
    },
  });
}

/** What each role may do; the API enforces the same rules, this only hides controls. */
export type Permission = 'read' | 'edit' | 'import' | 'link' | 'admin';

const GRANTS: Record<UserRole, readonly Permission[]> = {
  viewer: ['read'],
  analyst: ['read', 'edit', 'import', 'link'],
  admin: ['read', 'edit', 'import', 'link', 'admin'],
};

export function can(role: UserRole | undefined | null, permission: Permission): boolean {
  if (!role) return false;
  return GRANTS[role]?.includes(permission) ?? false;
}

/** `const allowed = useCan('edit')` — false while the user is unknown. */
export function useCan(permission: Permission): boolean {
  const { data } = useUser();
  return can(data?.role, permission);
}
