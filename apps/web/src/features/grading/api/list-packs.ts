import { useQuery } from '@tanstack/react-query';
import type { PackSummary, RulePack } from '@cwp/contracts/grading.contract';
import { apiGet } from '../../../lib/api-client.ts';

export function usePacks() {
  return useQuery({ queryKey: ['grading', 'packs'], queryFn: () => apiGet<PackSummary[]>('/grading/packs') });
}

export function usePack(id: string | undefined) {
  return useQuery({ queryKey: ['grading', 'pack', id], queryFn: () => apiGet<RulePack>(`/grading/packs/${id}`), enabled: !!id });
}
