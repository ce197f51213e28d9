import { useMutation } from '@tanstack/react-query';
import type { WorkerMonth } from '@cwp/contracts/attendance.contract';
import { apiPost } from '../../../lib/api-client.ts';
import { useRefreshAttendance } from './attendance-cache.ts';

/** 签到 / 签退 now: the server's clock decides the day and time. */
export function usePunch() {
  const onSettled = useRefreshAttendance();
  return useMutation({ mutationFn: (v: { workerId: number; kind: 'in' | 'out'; note: string }) => apiPost<WorkerMonth>('/attendance/punch', v), onSettled });
}
