import { useQuery } from '@tanstack/react-query';
import type { StaffingNode } from '@cwp/contracts/staffing.contract';
import { apiGet } from '../../../lib/api-client.ts';
import { staffingPathCode } from './get-staffing.ts';

export function getStaffingChildren(code: string): Promise<StaffingNode[]> {
  return apiGet<StaffingNode[]>(`/staffing/${staffingPathCode(code)}/children`);
}

export function useStaffingChildren(code: string) {
  return useQuery({ queryKey: ['staffing', 'children', code], queryFn: () => getStaffingChildren(code) });
}
