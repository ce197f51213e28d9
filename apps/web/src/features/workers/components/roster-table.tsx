import { Space, Table, Tag, Typography } from 'antd';
import type { WorkerListItem } from '@cwp/contracts/workers.contract';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useEnumText } from '../../../i18n/enum-labels.ts';
import { WorkerStatusTag } from './worker-status-tag.tsx';

interface Props {
  items: WorkerListItem[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

export function RosterTable({ items, total, page, pageSize, loading, onPageChange }: Props) {
  const { t } = useI18n();
  const et = useEnumText();
  return (
    <Table<WorkerListItem>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      scroll={{ x: 1450 }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (n) => t('common.totalN', { n }),
        onChange: onPageChange,
      }}
      columns={[
        {
          title: t('workers.name'),
          dataIndex: 'name',
          fixed: 'left',
          width: 110,
          render: (name: string, w) => <Link to={`/workers/${w.id}`}>{name}</Link>,
        },
        { title: t('workers.idNumber'), dataIndex: 'idNumber', width: 190, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
        { title: t('workers.gender'), dataIndex: 'gender', width: 70, render: (v: string) => et(v) },
        { title: t('workers.age'), dataIndex: 'age', width: 70, align: 'right' },
        { title: t('workers.education'), dataIndex: 'education', width: 110, render: (v: string) => et(v) },
        { title: t('workers.category'), dataIndex: 'category', width: 150, render: (v: string) => et(v) },
        { title: t('workers.postClass'), dataIndex: 'postClass', width: 80, render: (v: string) => et(v) },
        {
          title: t('workers.positions'),
          dataIndex: 'positions',
          width: 230,
          render: (ps: string[]) => (
            <Space size={[0, 4]} wrap>
              {ps.map((p) => (
                <Tag key={p}>{et(p)}</Tag>
              ))}
            </Space>
          ),
        },
        {
          title: t('workers.community'),
          dataIndex: 'communityName',
          width: 220,
          render: (v: string, w) => (
            <span title={w.streetName}>
              {w.streetName} / {v}
            </span>
          ),
        },
        { title: t('workers.status'), dataIndex: 'status', width: 90, fixed: 'right', render: (s: string) => <WorkerStatusTag status={s} /> },
      ]}
    />
  );
}
