import { useQuery } from '@tanstack/react-query';
import type { Home } from '@cwp/contracts/home.contract';
import { apiGet } from '../../../lib/api-client.ts';

/** The 工作台 of the working node: to-dos the user may act on and a few key numbers. */
export function useHome(org: string) {
  return useQuery({
    queryKey: ['home', org],
    queryFn: () => apiGet<Home>('/home', { org }),
    retry: false,
  });
}
