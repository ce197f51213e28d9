import { useMemo, useState } from 'react';
import { Select } from 'antd';
import { workerOptionLabel } from './worker-select.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useWorkerList } from '../api/list-workers.ts';

interface Props {
  /** Search under this unit (the page's current org); the server clamps it to the user's scope. */
  org: string;
  value?: number[];
  onChange?: (ids: number[]) => void;
  'data-testid'?: string;
}

/** Picks several workers in post by name (or ID-number tail), searching on the server as the user types. */
export function WorkerMultiSelect({ org, value, onChange, ...rest }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  // Labels of workers picked under an earlier search, so they keep their names when the results change.
  const [picked, setPicked] = useState<Map<number, string>>(new Map());
  const list = useWorkerList({ org, q: search || undefined, status: '在职', page: 1, pageSize: 20, sort: 'name' });
  const found = useMemo(() => (list.data?.items ?? []).map((w) => ({ value: w.id, label: workerOptionLabel(w) })), [list.data]);
  const options = useMemo(() => {
    const all = new Map(found.map((o) => [o.value, o.label]));
    for (const id of value ?? []) if (!all.has(id) && picked.has(id)) all.set(id, picked.get(id)!);
    return [...all].map(([v, label]) => ({ value: v, label }));
  }, [found, picked, value]);

  return (
    <Select<number[]>
      mode="multiple"
      value={value}
      onChange={(ids) => {
        const labels = new Map(picked);
        for (const o of found) if (ids.includes(o.value)) labels.set(o.value, o.label);
        setPicked(labels);
        onChange?.(ids);
      }}
      options={options}
      loading={list.isFetching}
      placeholder={t('workers.pickWorker')}
      showSearch={{ onSearch: setSearch, filterOption: false }}
      allowClear
      notFoundContent={list.isFetching ? null : t('common.noMatch')}
      data-testid={rest['data-testid']}
    />
  );
}
