import { useState } from 'react';
import { Select } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useWorkerSearchAnyStatus } from '../api/search-workers.ts';

interface Props {
  org: string;
  value?: number;
  onChange?: (id: number | undefined) => void;
  'data-testid'?: string;
}

/**
 * Picks one worker by name in any status. Unlike the registry's picker (in post only), visits reach retired
 * and departed workers, so the status is shown beside the name instead of filtering on it.
 */
export function AnyWorkerSelect({ org, value, onChange, ...rest }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const list = useWorkerSearchAnyStatus({ org, q: search });
  const options = (list.data?.items ?? []).map((w) => ({ value: w.id, label: `${w.name}（${w.communityName}，${w.status}）` }));
  return (
    <Select
      value={value}
      onChange={(v) => onChange?.(v)}
      options={options}
      loading={list.isFetching}
      placeholder={t('care.pickAnyWorker')}
      showSearch={{ onSearch: setSearch, filterOption: false }}
      allowClear
      notFoundContent={list.isFetching ? null : t('common.noMatch')}
      data-testid={rest['data-testid']}
    />
  );
}
