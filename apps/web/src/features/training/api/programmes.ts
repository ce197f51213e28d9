import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AttendanceInput,
  attendanceImportResult,
  Enrolment,
  enrolInput,
  enrolResult,
  Programme,
  ProgrammeInput,
  updateProgrammeInput,
} from '@cwp/contracts/training.contract';
import type { TrainingTier } from '@cwp/domain/training';
import { apiGet, apiPost, apiRequest, apiUpload } from '../../../lib/api-client.ts';

export type EnrolInput = z.infer<typeof enrolInput>;
export type EnrolResult = z.infer<typeof enrolResult>;
export type AttendanceImportResult = z.infer<typeof attendanceImportResult>;
export type UpdateProgrammeInput = z.infer<typeof updateProgrammeInput>;

export interface ProgrammeFilter {
  /** Working unit from the header picker: programmes on its path; '' = the whole scope. */
  org: string;
  year?: number;
  tier?: TrainingTier;
  q?: string;
  page: number;
  pageSize: number;
}

export function useProgrammes(f: ProgrammeFilter) {
  return useQuery({
    queryKey: ['training', 'programmes', f],
    queryFn: () => apiGet<{ items: Programme[]; total: number }>('/training/programmes', { ...f }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useProgramme(id: number) {
  return useQuery({ queryKey: ['training', 'programme', id], queryFn: () => apiGet<Programme>(`/training/programmes/${id}`), retry: false, enabled: id > 0 });
}

export function useEnrolments(id: number) {
  return useQuery({ queryKey: ['training', 'enrolments', id], queryFn: () => apiGet<Enrolment[]>(`/training/programmes/${id}/enrolments`), retry: false, enabled: id > 0 });
}

/**
 * Every training query is refreshed after a change: counts on the list, the trainer pool's "programmes
 * taught", the compliance lists. Attendance also writes archive rows, so the worker pages follow.
 */
function useRefresh(workersToo: boolean) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['training'] });
    if (workersToo) void qc.invalidateQueries({ queryKey: ['workers'] });
  };
}

export function useCreateProgramme() {
  const onSuccess = useRefresh(false);
  return useMutation({ mutationFn: (input: ProgrammeInput) => apiPost<Programme>('/training/programmes', input), onSuccess });
}

/** A date change moves completions in time, so worker records are refreshed as well. */
export function useUpdateProgramme() {
  const onSuccess = useRefresh(true);
  return useMutation({
    mutationFn: (v: { id: number; input: UpdateProgrammeInput }) => apiRequest<Programme>(`/training/programmes/${v.id}`, { method: 'PUT', body: v.input }),
    onSuccess,
  });
}

export function useEnrol(id: number) {
  const onSuccess = useRefresh(true);
  return useMutation({ mutationFn: (input: EnrolInput) => apiPost<EnrolResult>(`/training/programmes/${id}/enrolments`, input), onSuccess });
}

export function useRecordAttendance(id: number) {
  const onSuccess = useRefresh(true);
  return useMutation({
    mutationFn: (input: AttendanceInput) => apiRequest<{ written: number }>(`/training/programmes/${id}/attendance`, { method: 'PUT', body: input }),
    onSuccess,
  });
}

/** The sign-in workbook; the answer lists row problems instead of failing when any row is wrong. */
export function useImportAttendance(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return apiUpload<AttendanceImportResult>(`/training/programmes/${id}/attendance/import`, form).done;
    },
    onSuccess: (r) => {
      // All-or-nothing: a rejected sheet changed nothing.
      if (r.written > 0) {
        void qc.invalidateQueries({ queryKey: ['training'] });
        void qc.invalidateQueries({ queryKey: ['workers'] });
      }
    },
  });
}
