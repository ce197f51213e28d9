import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { parentCodeOf } from '@cwp/domain/division-code';

/**
 * The org node every page works on (header picker). Kept per user in sessionStorage so a reload or
 * a new tab of the same visit keeps it, and always clamped to the user's scope.
 */
interface CurrentOrgValue {
  /** Root of the user's tree; '' = national. */
  scopeCode: string;
  scopeName: string;
  orgCode: string;
  setOrgCode: (code: string) => void;
}

const CurrentOrgContext = createContext<CurrentOrgValue | null>(null);

export function isWithinScope(code: string, scopeCode: string): boolean {
  return code.startsWith(scopeCode);
}

/** The unit one level up, for "back up" links; null at the top of the user's tree. */
export function parentWithinScope(code: string, scopeCode: string): string | null {
  if (code === '' || code === scopeCode) return null;
  const parent = parentCodeOf(code) ?? '';
  return isWithinScope(parent, scopeCode) ? parent : null;
}

const storageKey = (userId: number) => `cwp.org.${userId}`;

function readStored(userId: number, scopeCode: string): string {
  try {
    const s = sessionStorage.getItem(storageKey(userId));
    if (s !== null && /^\d{0,12}$/.test(s) && isWithinScope(s, scopeCode)) return s;
  } catch {
    // storage unavailable: fall back to the scope root
  }
  return scopeCode;
}

export function CurrentOrgProvider({ userId, scopeCode, scopeName, children }: { userId: number; scopeCode: string; scopeName: string; children: ReactNode }) {
  const [orgCode, setState] = useState(() => readStored(userId, scopeCode));

  const setOrgCode = useCallback(
    (code: string) => {
      const next = isWithinScope(code, scopeCode) ? code : scopeCode;
      setState(next);
      try {
        sessionStorage.setItem(storageKey(userId), next);
      } catch {
        // ignore: the choice still holds for this page
      }
    },
    [scopeCode, userId],
  );

  const value = useMemo(() => ({ scopeCode, scopeName, orgCode, setOrgCode }), [scopeCode, scopeName, orgCode, setOrgCode]);
  return <CurrentOrgContext.Provider value={value}>{children}</CurrentOrgContext.Provider>;
}

export function useCurrentOrg(): CurrentOrgValue {
  const v = useContext(CurrentOrgContext);
  if (!v) throw new Error('useCurrentOrg outside CurrentOrgProvider');
  return v;
}
