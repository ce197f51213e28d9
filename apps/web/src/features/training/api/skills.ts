import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  caseInput,
  certifyInput,
  competition,
  competitionInput,
  competitionResultsInput,
  mentorship,
  mentorshipInput,
  postCoverageList,
  updateCaseInput,
  workCase,
} from '@cwp/contracts/skills.contract';
import type { TrainingTopic } from '@cwp/domain/training';
import { apiGet, apiPost, apiRequest } from '../../../lib/api-client.ts';

// Skills (A6.1, A6.2): 全岗通, 导师帮带, 技能竞赛 and the 社区工作法 case library, one hook per call.
export type PostCoverage = z.infer<typeof postCoverageList>;
export type CoverageItem = PostCoverage['items'][number];
export type Mentorship = z.infer<typeof mentorship>;
export type Competition = z.infer<typeof competition>;
export type WorkCase = z.infer<typeof workCase>;
export type CertifyInput = z.output<typeof certifyInput>;
export type MentorshipInput = z.output<typeof mentorshipInput>;
export type CompetitionInput = z.output<typeof competitionInput>;
export type CompetitionResultsInput = z.output<typeof competitionResultsInput>;
export type CaseInput = z.output<typeof caseInput>;
export type UpdateCaseInput = z.output<typeof updateCaseInput>;

/** Coverage and mentorships are per unit: the server needs one (a national account has to pick it first). */
const hasUnit = (org: string) => org.length >= 2;

export function usePostCoverage(org: string) {
  return useQuery({
    queryKey: ['training', 'skills', 'coverage', org],
    queryFn: () => apiGet<PostCoverage>('/training/post-coverage', { org }),
    placeholderData: keepPreviousData,
    retry: false,
    enabled: hasUnit(org),
  });
}

/** Certifications, pairs and awards are archive rows, so the worker pages are refreshed with the skills lists. */
function useRefresh(workersToo: boolean) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['training', 'skills'] });
    if (workersToo) void qc.invalidateQueries({ queryKey: ['workers'] });
  };
}

export function useCertifyPosts() {
  const onSuccess = useRefresh(true);
  return useMutation({ mutationFn: (input: CertifyInput) => apiPost<{ added: string[] }>('/training/post-certifications', input), onSuccess });
}

export function useRevokeCertification() {
  const onSuccess = useRefresh(true);
  return useMutation({
    mutationFn: (input: { workerId: number; post: string }) => apiPost<{ removed: boolean }>('/training/post-certifications/revoke', input),
    onSuccess,
  });
}

export function useMentorships(org: string) {
  return useQuery({
    queryKey: ['training', 'skills', 'mentorships', org],
    queryFn: () => apiGet<Mentorship[]>('/training/mentorships', { org }),
    placeholderData: keepPreviousData,
    retry: false,
    enabled: hasUnit(org),
  });
}

export function usePairMentorship() {
  const onSuccess = useRefresh(true);
  return useMutation({ mutationFn: (input: MentorshipInput) => apiPost<Mentorship>('/training/mentorships', input), onSuccess });
}

export function useEvaluateMentorship() {
  const onSuccess = useRefresh(false);
  return useMutation({
    mutationFn: (v: { id: number; evaluation: string }) => apiPost<Mentorship>(`/training/mentorships/${v.id}/evaluate`, { evaluation: v.evaluation }),
    onSuccess,
  });
}

/** org '' = everything the user can see (competitions of their own units and of the units above). */
export function useCompetitions(org: string) {
  return useQuery({
    queryKey: ['training', 'skills', 'competitions', org],
    queryFn: () => apiGet<Competition[]>('/training/competitions', { org }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useCreateCompetition() {
  const onSuccess = useRefresh(false);
  return useMutation({ mutationFn: (input: CompetitionInput) => apiPost<Competition>('/training/competitions', input), onSuccess });
}

/** Adds or amends awards (one per worker); the answer carries every award the caller can see. */
export function useRecordAwards() {
  const onSuccess = useRefresh(true);
  return useMutation({
    mutationFn: (v: { id: number; input: CompetitionResultsInput }) => apiRequest<Competition>(`/training/competitions/${v.id}/results`, { method: 'PUT', body: v.input }),
    onSuccess,
  });
}

export interface CaseFilter {
  /** Cases owned under this unit; undefined = every case the user may read (all published ones and their drafts). */
  org?: string;
  topic?: TrainingTopic;
  q?: string;
}

export function useCases(f: CaseFilter) {
  return useQuery({
    queryKey: ['training', 'skills', 'cases', f],
    queryFn: () => apiGet<WorkCase[]>('/training/cases', { org: f.org, topic: f.topic, q: f.q }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useCase(id: number) {
  return useQuery({ queryKey: ['training', 'skills', 'case', id], queryFn: () => apiGet<WorkCase>(`/training/cases/${id}`), retry: false, enabled: id > 0 });
}

export function useCreateCase() {
  const onSuccess = useRefresh(false);
  return useMutation({ mutationFn: (input: CaseInput) => apiPost<WorkCase>('/training/cases', input), onSuccess });
}

export function useUpdateCase() {
  const onSuccess = useRefresh(false);
  return useMutation({
    mutationFn: (v: { id: number; input: UpdateCaseInput }) => apiRequest<WorkCase>(`/training/cases/${v.id}`, { method: 'PUT', body: v.input }),
    onSuccess,
  });
}

export function usePublishCase() {
  const onSuccess = useRefresh(false);
  return useMutation({ mutationFn: (id: number) => apiPost<WorkCase>(`/training/cases/${id}/publish`), onSuccess });
}
