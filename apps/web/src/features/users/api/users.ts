import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UserRole } from '@claimline/contracts';
import { apiFetch } from '../../../lib/api-client';

export type ManagedUser = { id: number; email: string; role: UserRole; active: boolean; createdAt: string };
export type CreateUserInput = { email: string; role: UserRole; password: string };
export type UpdateUserInput = { role?: UserRole; active?: boolean };

export function getUsers(signal?: AbortSignal): Promise<ManagedUser[]> {
  return apiFetch<ManagedUser[]>('/users', { signal });
}

export const usersQueryOptions = () => queryOptions({ queryKey: ['users'], queryFn: ({ signal }) => getUsers(signal) });

export function useUsers() {
  return useQuery(usersQueryOptions());
}

export function createUser(input: CreateUserInput): Promise<ManagedUser> {
  return apiFetch<ManagedUser>('/users', { method: 'POST', body: input });
}

export function updateUser(id: number, input: UpdateUserInput): Promise<ManagedUser> {
  return apiFetch<ManagedUser>(`/users/${id}`, { method: 'PATCH', body: input });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: UpdateUserInput }) => updateUser(id, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
