import { useEffect, useMemo, useState } from 'react';
import { AutoComplete, Input, Spin, Tree } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { orgLevelText } from '../../../i18n/enum-labels.ts';
import { useOrgSearch } from '../api/search-org-units.ts';
import { buildOrgTree, codeToKey, keyToCode, useLazyOrgTree } from './use-lazy-org-tree.ts';

interface OrgBrowserProps {
  rootCode: string;
  selectedCode: string;
  onSelect: (code: string) => void;
}

/** Left pane of the org page: the lazy tree of the user's scope plus a search box. */
export function OrgBrowser({ rootCode, selectedCode, onSelect }: OrgBrowserProps) {
  const { t, lang, errorText } = useI18n();
  const tree = useLazyOrgTree(rootCode);
  const [expanded, setExpanded] = useState<string[]>([codeToKey(rootCode)]);
  const [q, setQ] = useState('');
  const [term, setTerm] = useState('');
  useEffect(() => {
    const h = setTimeout(() => setTerm(q), 250);
    return () => clearTimeout(h);
  }, [q]);
  const hits = useOrgSearch(term, 30);

  const { ensurePath } = tree;
  useEffect(() => {
    let cancelled = false;
    ensurePath(selectedCode)
      .then((keys) => {
        if (!cancelled && keys.length) setExpanded((prev) => [...new Set([...prev, ...keys.map(codeToKey)])]);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [selectedCode, ensurePath]);

  const treeData = useMemo(
    () => buildOrgTree(rootCode, tree.root, tree.children, { nationalTitle: t('org.national') }),
    [rootCode, tree.root, tree.children, t],
  );

  const options = (term.trim() ? (hits.data ?? []) : []).map((h) => ({
    value: h.code,
    label: (
      <div>
        <div>{h.name}</div>
        <div style={{ fontSize: 12, color: '#888' }}>
          {orgLevelText(lang, h.level)} · {h.pathNames} · {h.code}
        </div>
      </div>
    ),
  }));

  return (
    <div>
      <AutoComplete
        style={{ width: '100%', marginBottom: 12 }}
        options={options}
        value={q}
        onChange={setQ}
        onSelect={(code: string) => {
          setQ('');
          onSelect(code);
        }}
        notFoundContent={term.trim() && !hits.isFetching ? t('common.noMatch') : null}
      >
        <Input.Search aria-label={t('org.searchLabel')} placeholder={t('org.searchPlaceholder')} allowClear />
      </AutoComplete>
      {tree.error ? <div role="alert">{errorText(tree.error)}</div> : null}
      {treeData.length === 0 && !tree.error ? <Spin /> : null}
      {/* Mount only with data: rc-tree drops expanded keys it cannot find on its first render. */}
      {treeData.length > 0 ? (
      <Tree
        blockNode
        treeData={treeData}
        expandedKeys={expanded}
        onExpand={(keys) => setExpanded(keys.map(String))}
        selectedKeys={[codeToKey(selectedCode)]}
        onSelect={(keys) => {
          const k = keys[0];
          if (k !== undefined) onSelect(keyToCode(String(k)));
        }}
        loadData={async (node) => {
          await tree.loadChildren(keyToCode(String(node.key)));
        }}
        height={640}
      />
      ) : null}
    </div>
  );
}
