import { useQuery } from '@tanstack/react-query';
import type { Budget } from '@cwp/contracts/grading.contract';
import { apiGet } from '../../../lib/api-client.ts';

export function useBudget(code: string, year: number, enabled: boolean) {
  return useQuery({ queryKey: ['grading', 'budget', code, year], queryFn: () => apiGet<Budget>(`/grading/budget/${code}`, { year }), enabled, retry: false });
}
