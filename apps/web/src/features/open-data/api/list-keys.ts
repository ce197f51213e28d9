import { useQuery } from '@tanstack/react-query';
import type { ApiKeyItem } from '@cwp/contracts/open-data.contract';
import { apiGet } from '../../../lib/api-client.ts';

export const openDataKeys = ['open-data', 'keys'] as const;

export function listKeys(): Promise<ApiKeyItem[]> {
  return apiGet<ApiKeyItem[]>('/open-data/keys');
}

export function useApiKeys() {
  return useQuery({ queryKey: openDataKeys, queryFn: listKeys });
}
