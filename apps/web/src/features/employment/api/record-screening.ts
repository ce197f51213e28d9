import { useMutation } from '@tanstack/react-query';
import type { Screening, ScreeningInput } from '@cwp/contracts/employment.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { useRefreshEmployment } from './employment-cache.ts';

/** 试用期考察: 合格 ends the probation, 不合格 exits the worker (A9.3). */
export function useRecordScreening() {
  const onSuccess = useRefreshEmployment();
  return useMutation({ mutationFn: (v: { workerId: number; input: ScreeningInput }) => apiPost<Screening>(`/workers/${v.workerId}/probation-screening`, v.input), onSuccess });
}
