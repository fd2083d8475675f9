import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api/client';

export type ManagedUser = Schemas['UserDto'];
export type CreateUserInput = Schemas['CreateUserDto'];
export type UpdateUserInput = Schemas['UpdateUserDto'];

export function getUsers(signal?: AbortSignal): Promise<ManagedUser[]> {
  return unwrap(api.GET('/api/users', { signal }));
}

export const usersQueryOptions = () => queryOptions({ queryKey: ['users'], queryFn: ({ signal }) => getUsers(signal) });

export function useUsers() {
  return useQuery(usersQueryOptions());
}

export function createUser(input: CreateUserInput): Promise<ManagedUser> {
  return unwrap(api.POST('/api/users', { body: input }));
}

export function updateUser(id: number, input: UpdateUserInput): Promise<ManagedUser> {
  return unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body: input }));
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
