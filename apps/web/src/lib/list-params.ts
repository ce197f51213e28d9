import { useSearchParams } from 'react-router';

/**
 * A list page's filters kept in the URL. The header picker owns the working unit, so an ?org= that brought the
 * user here is dropped on the first change; on a paged list any other change returns to page 1.
 */
export function useListParams(opts: { paged?: boolean } = {}) {
  const [params, setParams] = useSearchParams();
  const setParam = (changes: Record<string, string | undefined>) => {
    const sp = new URLSearchParams(params);
    sp.delete('org');
    if (opts.paged && !('page' in changes)) sp.delete('page');
    for (const [k, v] of Object.entries(changes)) {
      if (v) sp.set(k, v);
      else sp.delete(k);
    }
    setParams(sp);
  };
  return [params, setParam] as const;
}
