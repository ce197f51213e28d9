import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Trainer, TrainerInput } from '@cwp/contracts/training.contract';
import type { TrainingTopic } from '@cwp/domain/training';
import { apiGet, apiPost, apiRequest } from '../../../lib/api-client.ts';

export interface TrainerFilter {
  /** Working unit from the header picker; '' = the user's whole scope. */
  org: string;
  topic?: TrainingTopic;
  q?: string;
  activeOnly?: boolean;
}

export function useTrainers(f: TrainerFilter) {
  return useQuery({
    queryKey: ['training', 'trainers', f],
    queryFn: () => apiGet<Trainer[]>('/training/trainers', { org: f.org, topic: f.topic, q: f.q, activeOnly: f.activeOnly ? '1' : undefined }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** Programme forms offer trainers from the same pool, so every trainer query is refreshed. */
function useRefresh() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: ['training', 'trainers'] });
}

export function useCreateTrainer() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (input: TrainerInput) => apiPost<Trainer>('/training/trainers', input), onSuccess });
}

/** PUT replaces every field; retiring or activating sends the trainer back with `active` flipped. */
export function useUpdateTrainer() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (v: { id: number; input: TrainerInput }) => apiRequest<Trainer>(`/training/trainers/${v.id}`, { method: 'PUT', body: v.input }), onSuccess });
}
