import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ScheduleInput, schedulesView } from '@cwp/contracts/attendance.contract';
import { apiGet, apiPost } from '../../../lib/api-client.ts';

export type SchedulesView = z.infer<typeof schedulesView>;

/** Schedules around a unit (its own, its ancestors', its descendants') and, for a community, the one in force. */
export function useSchedules(org: string) {
  return useQuery({
    queryKey: ['attendance', 'schedules', org],
    queryFn: () => apiGet<SchedulesView>('/attendance/schedules', { org }),
    enabled: org.length >= 6,
    retry: false,
  });
}

export function useSetSchedule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ScheduleInput) => apiPost<SchedulesView>('/attendance/schedules', input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['attendance'] }),
  });
}
