import { useQuery } from '@tanstack/react-query';
import type { UnfiledSecretary } from '@cwp/contracts/employment.contract';
import { apiGet } from '../../../lib/api-client.ts';

/** Serving secretaries with no pending or acknowledged filing, so nobody is missed (A9.4). */
export function useUnfiledSecretaries(org: string) {
  return useQuery({ queryKey: ['workflow', 'secretary-unfiled', org], queryFn: () => apiGet<UnfiledSecretary[]>('/secretary-filings/unfiled', { org }), enabled: org.length >= 2, retry: false });
}
