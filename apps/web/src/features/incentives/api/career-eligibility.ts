import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { careerEligibilityList } from '@cwp/contracts/incentives.contract';
import { apiGet } from '../../../lib/api-client.ts';

export type CareerEligibilityList = z.infer<typeof careerEligibilityList>;
export type CareerEligibilityItem = CareerEligibilityList['items'][number];

/** 事业编 eligibility of everyone in post under a unit (A13.2), each decision with its reasons. */
export function useCareerEligibility(f: { org: string; eligibleOnly: boolean }) {
  return useQuery({
    queryKey: ['incentives', 'career-eligibility', f],
    queryFn: () => apiGet<CareerEligibilityList>('/incentives/career-eligibility', { org: f.org, eligibleOnly: f.eligibleOnly ? '1' : undefined }),
    // The API takes a unit code; a national user must pick one in the header first.
    enabled: f.org.length >= 2,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
