import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateUserInput, UserItem } from '@cwp/contracts/users.contract';
import { apiPatch } from '../../../lib/api-client.ts';

export function updateUser(id: number, input: UpdateUserInput): Promise<UserItem> {
  return apiPatch<UserItem>(`/users/${id}`, input);
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: UpdateUserInput }) => updateUser(id, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}
