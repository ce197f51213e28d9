import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd';
import { Link } from 'react-router';
import type { AssistancePair, FirstInquiry, HouseholdVisit, ProxyService } from '@cwp/contracts/work-logs.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { ProxyStatusTag, useWorkLogText } from './work-log-text.tsx';

interface Paged<T> {
  items: T[];
  loading: boolean;
  pagination: TablePaginationConfig;
}

function useWorkerColumn<T extends { workerId: number; workerName: string; communityName: string }>() {
  const { t } = useI18n();
  return {
    title: t('wl.worker'),
    key: 'worker',
    render: (_: unknown, r: T) => (
      <Space orientation="vertical" size={0}>
        <Link to={`/workers/${r.workerId}`}>{r.workerName}</Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {r.communityName}
        </Typography.Text>
      </Space>
    ),
  };
}

export function VisitsTable({ items, loading, pagination }: Paged<HouseholdVisit>) {
  const { t } = useI18n();
  const { name } = useWorkLogText();
  const worker = useWorkerColumn<HouseholdVisit>();
  return (
    <Table<HouseholdVisit>
      size="small"
      rowKey="id"
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      data-testid="wl-visits-table"
      columns={[
        { title: t('wl.visitedOn'), dataIndex: 'visitedOn', width: 110 },
        worker,
        { title: t('wl.grid'), dataIndex: 'gridName', render: (v: string | null) => v ?? '—' },
        { title: t('wl.household'), key: 'household', render: (_, r) => [r.address, r.residentName, r.residentPhone].filter(Boolean).join(' · ') },
        { title: t('wl.category'), dataIndex: 'category', render: (v: string, r) => <Space size={4}><Tag>{name(v)}</Tag>{r.pairId ? <Tag color="purple">{t('wl.pairTag')}</Tag> : null}</Space> },
        { title: t('wl.notes'), dataIndex: 'notes', ellipsis: true, width: 280 },
        { title: t('wl.followUp'), dataIndex: 'followUp', render: (v: boolean) => (v ? <Tag color="orange">{t('wl.followUpYes')}</Tag> : '—') },
        { title: t('wl.recordedBy'), dataIndex: 'recordedBy' },
      ]}
    />
  );
}

export function PairsTable({ items, loading, pagination, onEnd }: Paged<AssistancePair> & { onEnd: (p: AssistancePair) => void }) {
  const { t } = useI18n();
  const { name } = useWorkLogText();
  const worker = useWorkerColumn<AssistancePair>();
  return (
    <Table<AssistancePair>
      size="small"
      rowKey="id"
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      data-testid="wl-pairs-table"
      columns={[
        worker,
        { title: t('wl.personName'), key: 'person', render: (_, r) => `${r.personName} · ${r.address}` },
        { title: t('wl.needType'), dataIndex: 'needType', render: (v: string) => <Tag>{name(v)}</Tag> },
        { title: t('wl.period'), key: 'period', render: (_, r) => `${r.startedOn} — ${r.endedOn ?? t('wl.ongoing')}` },
        { title: t('wl.pairVisits'), dataIndex: 'visits', align: 'right', render: (n: number, r) => <Tooltip title={r.lastVisitOn ? t('wl.lastVisit', { date: r.lastVisitOn }) : undefined}>{n}</Tooltip> },
        { title: t('common.actions'), key: 'actions', render: (_, r) => (r.endedOn ? null : <Button size="small" type="link" onClick={() => onEnd(r)}>{t('wl.endPair')}</Button>) },
      ]}
    />
  );
}

export function ProxyTable({ items, loading, pagination, onMove }: Paged<ProxyService> & { onMove: (p: ProxyService) => void }) {
  const { t } = useI18n();
  const { name } = useWorkLogText();
  const worker = useWorkerColumn<ProxyService>();
  return (
    <Table<ProxyService>
      size="small"
      rowKey="id"
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      data-testid="wl-proxy-table"
      columns={[
        { title: t('wl.acceptedOn'), dataIndex: 'acceptedOn', width: 110 },
        worker,
        { title: t('wl.matter'), key: 'matter', render: (_, r) => <Space orientation="vertical" size={0}><span>{r.matter}</span><Typography.Text type="secondary" style={{ fontSize: 12 }}>{name(r.category)}</Typography.Text></Space> },
        { title: t('wl.requester'), key: 'requester', render: (_, r) => [r.requesterName, r.requesterAddress].filter(Boolean).join(' · ') },
        { title: t('wl.status'), key: 'status', render: (_, r) => <span data-testid={`wl-proxy-status-${r.id}`}><ProxyStatusTag status={r.status} overdue={r.overdue} /></span> },
        { title: t('wl.dueOn'), dataIndex: 'dueOn', render: (v: string, r) => (r.completedOn ? t('wl.completedOn', { date: r.completedOn }) : v) },
        { title: t('wl.outcome'), dataIndex: 'outcome', ellipsis: true, width: 200 },
        { title: t('common.actions'), key: 'actions', render: (_, r) => (r.status === '受理' || r.status === '办理中' ? <Button size="small" type="link" onClick={() => onMove(r)} data-testid={`wl-proxy-move-${r.id}`}>{t('wl.moveProxy')}</Button> : null) },
      ]}
    />
  );
}

export function InquiriesTable({ items, loading, pagination, onClose }: Paged<FirstInquiry> & { onClose: (i: FirstInquiry) => void }) {
  const { t } = useI18n();
  const worker = useWorkerColumn<FirstInquiry>();
  return (
    <Table<FirstInquiry>
      size="small"
      rowKey="id"
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      data-testid="wl-inquiries-table"
      columns={[
        { title: t('wl.receivedOn'), dataIndex: 'receivedOn', width: 110 },
        { ...worker, title: t('wl.firstReceiver') },
        { title: t('wl.inquiryMatter'), dataIndex: 'matter', ellipsis: true, width: 260 },
        { title: t('wl.inquirerName'), dataIndex: 'inquirerName', render: (v: string | null) => v ?? '—' },
        { title: t('wl.resolution'), key: 'resolution', render: (_, r) => [r.resolution, r.referredTo ? t('wl.referredToValue', { to: r.referredTo }) : ''].filter(Boolean).join('；') || '—' },
        { title: t('wl.closedOn'), dataIndex: 'closedOn', render: (v: string | null, r) => v ?? <Button size="small" type="link" onClick={() => onClose(r)}>{t('wl.closeInquiry')}</Button> },
      ]}
    />
  );
}
