import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssignRoleInput, UserItem } from '@cwp/contracts/users.contract';
import { apiPut } from '../../../lib/api-client.ts';

/** The security administrator's grant of role and scope (三员分立); it also authorises a new account. */
export function grantRole(id: number, input: AssignRoleInput): Promise<UserItem> {
  return apiPut<UserItem>(`/users/${id}/role`, input);
}

export function useGrantRole() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: AssignRoleInput }) => grantRole(id, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}
