import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { publicSurvey, surveyCodeInput, surveyResponseInput } from '@cwp/contracts/assessment.contract';
import { apiGet, apiPost } from '../../../lib/api-client.ts';

export type PublicSurvey = z.infer<typeof publicSurvey>;
export type SurveyCodeInput = z.infer<typeof surveyCodeInput>;
export type SurveyResponseInput = z.input<typeof surveyResponseInput>;

/**
 * The residents' survey of one worker (no login). Never refetched on its own: each fetch issues a new form
 * token whose age the server checks, so the page asks for a fresh one only when the server refuses the old.
 */
export function usePublicSurvey(token: string) {
  return useQuery({
    queryKey: ['survey', token],
    queryFn: () => apiGet<PublicSurvey>(`/public/survey/${token}`),
    retry: false,
    staleTime: Infinity,
    enabled: /^[0-9a-f]{32}$/.test(token),
  });
}

export function useRequestSurveyCode(token: string) {
  return useMutation({ mutationFn: (input: SurveyCodeInput) => apiPost<{ sent: true; expiresInSeconds: number }>(`/public/survey/${token}/code`, input) });
}

export function useSubmitSurvey(token: string) {
  return useMutation({ mutationFn: (input: SurveyResponseInput) => apiPost<{ ok: true }>(`/public/survey/${token}/responses`, input) });
}
