import { useState } from 'react';
import { Select } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useWorkerList } from '../api/list-workers.ts';

interface Props {
  /** Search under this unit (the page's current org); the server clamps it to the user's scope. */
  org: string;
  value?: number;
  onChange?: (id: number | undefined) => void;
  'data-testid'?: string;
}

/** Namesakes are common in one community: the masked ID number's last four tell them apart. */
export const workerOptionLabel = (w: { name: string; communityName: string; postClass: string; idNumber: string }) =>
  `${w.name}（${w.communityName}，${w.postClass}，尾号 ${w.idNumber.slice(-4)}）`;

/** Picks one worker in post by name (or ID-number tail), searching on the server as the user types. */
export function WorkerSelect({ org, value, onChange, ...rest }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const list = useWorkerList({ org, q: search || undefined, status: '在职', page: 1, pageSize: 20, sort: 'name' });
  const options = (list.data?.items ?? []).map((w) => ({ value: w.id, label: workerOptionLabel(w) }));
  return (
    <Select
      value={value}
      onChange={(v) => onChange?.(v)}
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
