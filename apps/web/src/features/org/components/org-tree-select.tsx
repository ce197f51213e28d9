import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { TreeSelect, Typography } from 'antd';
import type { OrgUnitSummary } from '@cwp/contracts/org.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useOrgSearch } from '../api/search-org-units.ts';
import { buildOrgTree, codeToKey, keyToCode, useLazyOrgTree, type OrgTreeNode } from './use-lazy-org-tree.ts';

export interface OrgTreeSelectProps {
  /** Root of the offered tree ('' = national); always the user's scope or a unit inside it. */
  rootCode: string;
  value?: string | null;
  onChange?: (code: string | null) => void;
  selectableLevels?: readonly OrgUnitSummary['level'][];
  leafLevel?: OrgUnitSummary['level'];
  hideRoot?: boolean;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  id?: string;
  style?: CSSProperties;
  'aria-label'?: string;
  'data-testid'?: string;
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** Lazy org tree in a dropdown, with server-side search by name or code inside the root. */
export function OrgTreeSelect(props: OrgTreeSelectProps) {
  const { rootCode, value, onChange, selectableLevels, leafLevel, hideRoot } = props;
  const { t } = useI18n();
  const tree = useLazyOrgTree(rootCode);
  const [expanded, setExpanded] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const term = useDebounced(search, 250);
  const hits = useOrgSearch(term, 50);

  const { ensurePath, isLoaded } = tree;
  useEffect(() => {
    if (value === null || value === undefined || value === '' || isLoaded(value)) return;
    let cancelled = false;
    ensurePath(value)
      .then((keys) => {
        if (!cancelled) setExpanded((prev) => [...new Set([...prev, ...keys.map(codeToKey)])]);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [value, ensurePath, isLoaded]);

  const treeData = useMemo<OrgTreeNode[]>(() => {
    if (search.trim() && term.trim()) {
      return (hits.data ?? [])
        .filter((h) => h.code.startsWith(rootCode) && h.code !== rootCode && (!selectableLevels || selectableLevels.includes(h.level)))
        .map((h) => ({ key: h.code, value: h.code, title: `${h.name}（${h.pathNames}）`, unit: h, isLeaf: true, selectable: true }));
    }
    return buildOrgTree(rootCode, tree.root, tree.children, { leafLevel, selectableLevels, hideRoot, nationalTitle: t('org.national') });
  }, [search, term, hits.data, rootCode, tree.root, tree.children, leafLevel, selectableLevels, hideRoot, t]);

  const searching = !!search.trim();
  const current = value === null || value === undefined ? undefined : codeToKey(value);

  return (
    <TreeSelect<string, OrgTreeNode>
      id={props.id}
      aria-label={props['aria-label']}
      data-testid={props['data-testid']}
      style={props.style}
      disabled={props.disabled}
      allowClear={props.allowClear}
      placeholder={props.placeholder ?? t('org.pickPlaceholder')}
      value={current}
      treeData={treeData}
      treeExpandedKeys={searching ? undefined : expanded}
      onTreeExpand={(keys) => setExpanded(keys.map(String))}
      loadData={async (node) => {
        if (searching) return;
        await tree.loadChildren(keyToCode(String(node.value)));
      }}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false, autoClearSearchValue: true }}
      notFoundContent={searching ? (hits.isFetching ? t('common.loading') : t('common.noMatch')) : undefined}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, minWidth: 280 } } }}
      treeTitleRender={(n) =>
        n.unit && !n.selectable && selectableLevels ? <Typography.Text type="secondary">{n.title}</Typography.Text> : n.title
      }
      onChange={(v) => {
        setSearch('');
        onChange?.(v === undefined || v === null ? null : keyToCode(String(v)));
      }}
    />
  );
}
