import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Platform, platformInput } from '@cwp/contracts/burden.contract';
import { apiGet, apiPost } from '../../../lib/api-client.ts';
import { useRefreshBurden } from './burden-cache.ts';

export function usePlatforms(org: string) {
  return useQuery({ queryKey: ['burden', 'platforms', org], queryFn: () => apiGet<Platform[]>('/burden/platforms', { org }), enabled: org.length >= 2, placeholderData: keepPreviousData });
}
export function useAddPlatform() {
  const onSuccess = useRefreshBurden();
  return useMutation({ mutationFn: (input: z.output<typeof platformInput>) => apiPost<Platform>('/burden/platforms', input), onSuccess });
}
