import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { OrgUnitSummary } from '@cwp/contracts/org.contract';
import { orgChildrenQuery } from '../api/get-org-children.ts';
import { orgUnitQuery } from '../api/get-org-unit.ts';

/**
 * Lazily loaded division tree rooted at `rootCode` ('' = national). Children are fetched on expand
 * and cached by react-query, so the header picker, the org page and the form pickers share them.
 */
export function useLazyOrgTree(rootCode: string) {
  const qc = useQueryClient();
  const [root, setRoot] = useState<OrgUnitSummary | null>(null);
  const [children, setChildren] = useState<Record<string, OrgUnitSummary[]>>({});
  const [error, setError] = useState<unknown>(null);
  const rootRef = useRef(rootCode);
  rootRef.current = rootCode;

  const loadChildren = useCallback(
    async (code: string): Promise<OrgUnitSummary[]> => {
      const list = await qc.fetchQuery(orgChildrenQuery(code));
      setChildren((prev) => (prev[code] === list ? prev : { ...prev, [code]: list }));
      return list;
    },
    [qc],
  );

  useEffect(() => {
    let cancelled = false;
    setRoot(null);
    setError(null);
    const load = async () => {
      try {
        if (rootCode !== '') {
          const detail = await qc.fetchQuery(orgUnitQuery(rootCode));
          if (!cancelled) setRoot(detail);
        }
        await loadChildren(rootCode);
      } catch (err) {
        if (!cancelled) setError(err);
      }
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [rootCode, qc, loadChildren]);

  /**
   * Loads every level between the root and `code` so the node shows in the tree;
   * returns the codes to expand (ancestors inside the root).
   */
  const ensurePath = useCallback(
    async (code: string): Promise<string[]> => {
      const base = rootRef.current;
      if (!code || code === base || !code.startsWith(base)) return [];
      const detail = await qc.fetchQuery(orgUnitQuery(code));
      const ancestors = detail.path.map((p) => p.code).filter((c) => c !== code && c.startsWith(base) && c.length >= base.length);
      if (!ancestors.includes(base)) ancestors.unshift(base);
      for (const a of ancestors) await loadChildren(a);
      return ancestors;
    },
    [qc, loadChildren],
  );

  const isLoaded = useCallback(
    (code: string) => code === rootCode || Object.values(children).some((list) => list.some((u) => u.code === code)),
    [children, rootCode],
  );

  return { root, children, error, loadChildren, ensurePath, isLoaded };
}

export interface OrgTreeNode {
  key: string;
  value: string;
  title: string;
  unit: OrgUnitSummary | null;
  isLeaf: boolean;
  selectable: boolean;
  children?: OrgTreeNode[];
}

export interface BuildOptions {
  /** Levels below this are not offered (the node becomes a leaf). */
  leafLevel?: OrgUnitSummary['level'];
  /** Only these levels can be picked; others only expand. */
  selectableLevels?: readonly OrgUnitSummary['level'][];
  /** Start with the root's children instead of the root itself. */
  hideRoot?: boolean;
  nationalTitle: string;
}

/** Tree key of the national root, whose division code is the empty string. */
export const NATIONAL_KEY = 'root';
export const keyToCode = (key: string) => (key === NATIONAL_KEY ? '' : key);
export const codeToKey = (code: string) => (code === '' ? NATIONAL_KEY : code);

const LEVEL_ORDER: OrgUnitSummary['level'][] = ['province', 'city', 'county', 'street', 'community'];

export function buildOrgTree(rootCode: string, root: OrgUnitSummary | null, children: Record<string, OrgUnitSummary[]>, opts: BuildOptions): OrgTreeNode[] {
  const leafRank = opts.leafLevel ? LEVEL_ORDER.indexOf(opts.leafLevel) : LEVEL_ORDER.length - 1;
  const toNode = (u: OrgUnitSummary): OrgTreeNode => {
    const leaf = u.childCount === 0 || LEVEL_ORDER.indexOf(u.level) >= leafRank;
    const kids = children[u.code];
    return {
      key: u.code,
      value: u.code,
      title: u.name,
      unit: u,
      isLeaf: leaf,
      selectable: !opts.selectableLevels || opts.selectableLevels.includes(u.level),
      children: !leaf && kids ? kids.map(toNode) : undefined,
    };
  };
  if (opts.hideRoot) return (children[rootCode] ?? []).map(toNode);
  if (rootCode === '') {
    const provinces = children[''];
    return [
      {
        key: NATIONAL_KEY,
        value: NATIONAL_KEY,
        title: opts.nationalTitle,
        unit: null,
        isLeaf: false,
        selectable: !opts.selectableLevels,
        children: provinces ? provinces.map(toNode) : undefined,
      },
    ];
  }
  if (!root) return [];
  return [toNode(root)];
}
