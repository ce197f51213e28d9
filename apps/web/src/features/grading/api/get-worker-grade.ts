import { useQuery } from '@tanstack/react-query';
import type { GradeResult } from '@cwp/contracts/grading.contract';
import { apiGet } from '../../../lib/api-client.ts';

/** A worker's grade and pay under the pack that applies to their community, with the explanation. */
export function getWorkerGrade(id: number): Promise<GradeResult> {
  return apiGet<GradeResult>(`/workers/${id}/grade`);
}

export function useWorkerGrade(id: number) {
  return useQuery({ queryKey: ['workers', 'grade', id], queryFn: () => getWorkerGrade(id), retry: false });
}
