import { Button, Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { ReserveCandidate } from '@cwp/contracts/incentives.contract';
import { useEnumText } from '../../../i18n/enum-labels.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { ReserveStatusTag, useIncentivesText } from './incentives-text.tsx';

interface Props {
  items: ReserveCandidate[];
  loading: boolean;
  onOpen: (c: ReserveCandidate) => void;
}

/** Reserve candidates (A2.2); a registry worker links to their page, an outside candidate is shown as entered. */
export function ReserveTable({ items, loading, onOpen }: Props) {
  const { t } = useI18n();
  const et = useEnumText();
  const text = useIncentivesText();
  return (
    <Table<ReserveCandidate>
      size="middle"
      rowKey="id"
      loading={loading}
      dataSource={items}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('incentives.noReserve') }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => t('common.totalN', { n }) }}
      data-testid="reserve-table"
      columns={[
        {
          title: t('incentives.candidate'),
          dataIndex: 'name',
          fixed: 'left',
          render: (name: string, r) => (
            <span style={{ whiteSpace: 'nowrap' }}>
              {r.workerId ? <Link to={`/workers/${r.workerId}`}>{name}</Link> : name}{' '}
              {r.workerId ? <Tag color="blue">{t('incentives.inRegistry')}</Tag> : <Tag>{t('incentives.outside')}</Tag>}
            </span>
          ),
        },
        { title: t('incentives.community'), dataIndex: 'communityName' },
        {
          title: t('incentives.genderBirth'),
          key: 'person',
          render: (_: unknown, r) => [text.gender(r.gender), r.birthYear].filter((v) => v !== null && v !== '').join(' / ') || '—',
        },
        { title: t('incentives.education'), dataIndex: 'education', render: (v: string | null) => (v ? et(v) : '—') },
        { title: t('incentives.politicalStatus'), dataIndex: 'politicalStatus', render: (v: string | null) => (v ? et(v) : '—') },
        { title: t('incentives.source'), dataIndex: 'source', render: (v: ReserveCandidate['source']) => text.source(v) },
        { title: t('incentives.targetPost'), dataIndex: 'targetPost', render: (v: ReserveCandidate['targetPost']) => text.post(v) },
        { title: t('incentives.nominatedOn'), dataIndex: 'nominatedOn' },
        { title: t('incentives.measures'), key: 'measures', align: 'right', render: (_: unknown, r) => t('incentives.measuresN', { n: r.measures.length }) },
        { title: t('incentives.status'), dataIndex: 'status', render: (v: ReserveCandidate['status']) => <ReserveStatusTag status={v} /> },
        {
          title: t('common.actions'),
          key: 'actions',
          fixed: 'right',
          render: (_: unknown, r) => (
            <Button size="small" type="link" onClick={() => onOpen(r)} data-testid={`reserve-open-${r.id}`}>
              {t('incentives.manage')}
            </Button>
          ),
        },
      ]}
    />
  );
}
