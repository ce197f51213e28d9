import { useQuery } from '@tanstack/react-query';
import type { Me } from '@cwp/contracts/auth.contract';
import { ApiError, apiRequest } from '../../../lib/api-client.ts';

export const meQueryKey = ['me'] as const;

/** The signed-in user, or null when there is no session (a 401 here is not an error). */
export async function getMe(): Promise<Me | null> {
  try {
    return await apiRequest<Me>('/me', { skipAuthRedirect: true });
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: getMe, staleTime: 5 * 60_000, retry: false });
}

/** For pages under the auth gate, where the session is known to exist. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside the auth gate');
  return data;
}

export function hasPermission(me: Me | null | undefined, perm: Me['permissions'][number]): boolean {
  return !!me && me.permissions.includes(perm);
}
