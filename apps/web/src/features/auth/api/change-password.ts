import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordInput } from '@cwp/contracts/auth.contract';
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
    onSuccess: () => qc.invalidateQueries({ queryKey: meQueryKey }),
  });
}
