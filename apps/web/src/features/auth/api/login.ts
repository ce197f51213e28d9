import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginInput, Me } from '@cwp/contracts/auth.contract';
import { apiRequest } from '../../../lib/api-client.ts';
import { meQueryKey } from './get-me.ts';

export function login(input: LoginInput): Promise<Me> {
  return apiRequest<Me>('/auth/login', { method: 'POST', body: input, skipAuthRedirect: true });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      // A different user may sign in in the same tab: drop everything cached for the previous one.
      qc.clear();
      qc.setQueryData(meQueryKey, me);
    },
  });
}
