import { Table, Tag, Typography } from 'antd';
import type { AuditItem } from '@cwp/contracts/audit.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { formatDateTime } from '../../../lib/dates.ts';

interface Props {
  items: AuditItem[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

export function AuditTable({ items, total, page, pageSize, loading, onPageChange }: Props) {
  const { t } = useI18n();
  return (
    <Table<AuditItem>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      scroll={{ x: 1000 }}
      pagination={{ current: page, pageSize, total, showSizeChanger: true, showTotal: (n) => t('common.totalN', { n }), onChange: onPageChange }}
      columns={[
        { title: t('audit.at'), dataIndex: 'at', width: 150, render: (v: string) => formatDateTime(v) },
        { title: t('audit.actor'), dataIndex: 'actorName', width: 120, render: (v: string | null) => v ?? '—' },
        { title: t('audit.ip'), dataIndex: 'ip', width: 120, render: (v: string | null) => v ?? '—' },
        { title: t('audit.action'), dataIndex: 'action', width: 160, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
        {
          title: t('audit.object'),
          key: 'object',
          width: 160,
          render: (_: unknown, a) => (a.objectType ? `${a.objectType}${a.objectId ? ` #${a.objectId}` : ''}` : '—'),
        },
        {
          title: t('audit.outcome'),
          dataIndex: 'outcome',
          width: 90,
          render: (v: AuditItem['outcome']) => <Tag color={v === 'success' ? 'green' : 'red'}>{v === 'success' ? t('audit.success') : t('audit.failure')}</Tag>,
        },
        {
          title: t('audit.detail'),
          dataIndex: 'detail',
          render: (d: AuditItem['detail']) =>
            d ? <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>{JSON.stringify(d)}</Typography.Text> : '—',
        },
      ]}
    />
  );
}
