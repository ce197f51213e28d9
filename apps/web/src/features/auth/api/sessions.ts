import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionItem } from '@cwp/contracts/auth.contract';
import { apiDelete, apiGet, apiRequest } from '../../../lib/api-client.ts';
import { meQueryKey } from './get-me.ts';

const key = ['auth', 'sessions'] as const;

/** The signed-in user's sessions that still work (登录设备). */
export function useMySessions() {
  return useQuery({ queryKey: key, queryFn: async () => (await apiGet<{ items: SessionItem[] }>('/auth/sessions')).items });
}

export function useEndSession() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiDelete(`/auth/sessions/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

/** 退出所有设备: this session ends too, so the cache is dropped like on logout. */
export function useLogoutEverywhere() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/auth/logout-all', { method: 'POST', body: {}, skipAuthRedirect: true }),
    onSettled: () => {
      qc.clear();
      qc.setQueryData(meQueryKey, null);
    },
  });
}
