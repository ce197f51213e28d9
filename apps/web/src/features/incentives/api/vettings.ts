import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { vetting, vettingInput } from '@cwp/contracts/incentives.contract';
import { apiPost } from '../../../lib/api-client.ts';

export type Vetting = z.infer<typeof vetting>;
export type VettingInput = z.infer<typeof vettingInput>;

/** 政治把关 (A2.1) is written to the archive: the whole worker page (card and timeline) is refreshed. */
export function useRecordVetting() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: VettingInput) => apiPost<Vetting>('/incentives/vettings', input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['workers'] }),
  });
}
