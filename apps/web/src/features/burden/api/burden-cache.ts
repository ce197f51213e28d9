import { useQueryClient } from '@tanstack/react-query';

/** A change in 减负增效 can move several lists (counts per community, the inbox, a worker's card): refresh them all. */
export function useRefreshBurden() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['burden'] });
    void qc.invalidateQueries({ queryKey: ['workflow'] });
    void qc.invalidateQueries({ queryKey: ['staffing'] });
  };
}
