import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserInput, UserItem } from '@cwp/contracts/users.contract';
import { apiPost } from '../../../lib/api-client.ts';

export function createUser(input: CreateUserInput): Promise<UserItem> {
  return apiPost<UserItem>('/users', input);
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }) });
}
