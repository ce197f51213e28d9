import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PasswordRules, SecurityPolicyView, UpdateSecurityPolicyInput } from '@cwp/contracts/security-policy.contract';
import { apiGet, apiPut, apiRequest } from '../../../lib/api-client.ts';

export const securityPolicyKey = ['security', 'policy'] as const;
const passwordRulesKey = ['auth', 'password-rules'] as const;

export function useSecurityPolicy() {
  return useQuery({ queryKey: securityPolicyKey, queryFn: () => apiGet<SecurityPolicyView>('/security/policy') });
}

export function useSaveSecurityPolicy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateSecurityPolicyInput) => apiPut<SecurityPolicyView>('/security/policy', input),
    onSuccess: (saved) => {
      qc.setQueryData(securityPolicyKey, saved);
      void qc.invalidateQueries({ queryKey: passwordRulesKey });
    },
  });
}

/** The rules a new password must meet; asked during a forced change too, so it must not bounce to login. */
export function usePasswordRules() {
  return useQuery({ queryKey: passwordRulesKey, queryFn: () => apiRequest<PasswordRules>('/auth/password-rules', { skipAuthRedirect: true }) });
}
