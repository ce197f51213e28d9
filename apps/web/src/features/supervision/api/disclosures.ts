import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Disclosure, DisclosureInput, DisclosureList, disclosureCheckInput } from '@cwp/contracts/supervision.contract';
import { apiGet, apiPost } from '../../../lib/api-client.ts';

/** 三务公开 records of a year under a unit, with the quarters missing a kind. */
export function useDisclosures(f: { org: string; year: number }) {
  return useQuery({
    queryKey: ['supervision', 'disclosures', f],
    queryFn: () => apiGet<DisclosureList>('/supervision/disclosures', f),
    enabled: f.org.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useRecordDisclosure() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (input: DisclosureInput) => apiPost<Disclosure>('/supervision/disclosures', input), onSuccess: () => qc.invalidateQueries({ queryKey: ['supervision', 'disclosures'] }) });
}

export function useCheckDisclosure() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; input: z.input<typeof disclosureCheckInput> }) => apiPost<Disclosure>(`/supervision/disclosures/${v.id}/check`, v.input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['supervision', 'disclosures'] }),
  });
}
