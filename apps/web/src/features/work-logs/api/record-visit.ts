import { useMutation } from '@tanstack/react-query';
import type { HouseholdVisit, HouseholdVisitInput } from '@cwp/contracts/work-logs.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { useRefreshWorkLogs } from './work-logs-cache.ts';

/** 上门走访: the worker's own, or (daily:manage) on a worker's behalf. */
export function useRecordVisit() {
  const onSuccess = useRefreshWorkLogs();
  return useMutation({ mutationFn: (input: HouseholdVisitInput) => apiPost<HouseholdVisit>('/work-logs/visits', input), onSuccess });
}
