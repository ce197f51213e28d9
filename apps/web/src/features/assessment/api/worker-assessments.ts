import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { errorTolerance, errorToleranceInput, WorkerAssessments } from '@cwp/contracts/assessment.contract';
import { apiGet, apiPost } from '../../../lib/api-client.ts';

export type ErrorToleranceInput = z.infer<typeof errorToleranceInput>;
export type ErrorTolerance = z.infer<typeof errorTolerance>;

/**
 * A worker's results, appeals, conduct notes and 容错纠错 decisions. Keyed under 'workers' so a change to the
 * worker refreshes it with the rest of the worker page.
 */
export function useWorkerAssessments(id: number) {
  return useQuery({ queryKey: ['workers', 'assessments', id], queryFn: () => apiGet<WorkerAssessments>(`/workers/${id}/assessments`), retry: false });
}

/** A 容错纠错 decision also goes on the worker's archive timeline. */
export function useRecordTolerance() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ErrorToleranceInput) => apiPost<ErrorTolerance>('/assessment/error-tolerance', input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['workers'] }),
  });
}
