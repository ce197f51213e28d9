import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Correction, correctionInput } from '@cwp/contracts/attendance.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { useRefreshAttendance } from './attendance-cache.ts';

export type CorrectionInput = z.output<typeof correctionInput>;

/** 补卡: ask the community secretary to record a missing punch. */
export function useRequestCorrection() {
  const onSuccess = useRefreshAttendance();
  return useMutation({ mutationFn: (input: CorrectionInput) => apiPost<Correction>('/attendance/corrections', input), onSuccess });
}
