import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CAREER_EVENT_KINDS, careerEvent, careerEventInput } from '@cwp/contracts/incentives.contract';
import { apiGet, apiPost } from '../../../lib/api-client.ts';

export type CareerEvent = z.infer<typeof careerEvent>;
export type CareerEventInput = z.infer<typeof careerEventInput>;
export type CareerEventKind = (typeof CAREER_EVENT_KINDS)[number];

/** Honours, nominations and career moves under a unit (A13.1, A13.3), newest first. */
export function useCareerEvents(f: { org: string; year?: number; kind?: CareerEventKind }) {
  return useQuery({
    queryKey: ['incentives', 'events', f],
    queryFn: () => apiGet<CareerEvent[]>('/incentives/events', { org: f.org, year: f.year, kind: f.kind }),
    enabled: f.org.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The event is also an archive row: the worker's page (card and timeline) is refreshed with the list. */
export function useRecordCareerEvent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CareerEventInput) => apiPost<CareerEvent>('/incentives/events', input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['incentives', 'events'] });
      void qc.invalidateQueries({ queryKey: ['workers'] });
    },
  });
}
