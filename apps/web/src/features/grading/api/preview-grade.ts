import { useMutation } from '@tanstack/react-query';
import type { GradeResult, PreviewInput } from '@cwp/contracts/grading.contract';
import { apiPost } from '../../../lib/api-client.ts';

/** Grade and pay of a hypothetical worker under a pack (POST /api/grading/preview). */
export function usePreviewGrade() {
  return useMutation({ mutationFn: (input: PreviewInput) => apiPost<GradeResult>('/grading/preview', input) });
}
