import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordInput, Me } from '@cwp/contracts/auth.contract';
import { apiRequest } from '../../../lib/api-client.ts';
import { meQueryKey } from './get-me.ts';

export function changePassword(input: ChangePasswordInput): Promise<unknown> {
  // Runs while the session still has mustChangePassword set, so it must not bounce to login.
  return apiRequest('/auth/change-password', { method: 'POST', body: input, skipAuthRedirect: true });
}

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: async () => {
      // Clear the flag at once so the auth gate lets the user in before the refetch lands.
      qc.setQueryData<Me | null>(meQueryKey, (m) => (m ? { ...m, mustChangePassword: false } : m));
      await qc.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
