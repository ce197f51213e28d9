import { useQueryClient } from '@tanstack/react-query';

/**
 * A screening, contract or filing changes the worker's card, the area lists and (screenings) the worker
 * record and roster; filings also live in the approval inboxes, so their keys sit under 'workflow'.
 */
export function useRefreshEmployment() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['employment'] });
    void qc.invalidateQueries({ queryKey: ['workflow'] });
    void qc.invalidateQueries({ queryKey: ['workers'] });
  };
}
