import { useState, type Key, type ReactNode } from 'react';
import { Alert, Button, Card, Empty, Skeleton, Table, Tabs, Tag, type TableColumnsType } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { Difficulty } from '@cwp/contracts/incentives.contract';
import { formatDateTime } from '../../../lib/dates.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useWorkerIncentives, type WorkerIncentives } from '../api/worker-incentives.ts';
import { DifficultyStatusTags, ReserveStatusTag, useIncentivesText } from './incentives-text.tsx';
import { VettingModal } from './vetting-modal.tsx';

type Of<K extends keyof WorkerIncentives> = WorkerIncentives[K][number];

interface Props {
  workerId: number;
  workerName: string;
  /** incentives:write: the street or county records 政治把关 from the worker page. */
  canVet: boolean;
}

const wrap = { whiteSpace: 'pre-wrap' as const, maxWidth: 360, display: 'inline-block' };
const byId = (r: { id: number }) => r.id;

/** One tab's rows, or a quiet "none yet" when there are none. */
function TabTable<T extends object>({ rows, testId, rowKey, columns, empty }: { rows: T[]; testId: string; rowKey: (r: T) => Key; columns: TableColumnsType<T>; empty: ReactNode }) {
  if (!rows.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return <Table<T> size="small" rowKey={rowKey} dataSource={rows} columns={columns} pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false} scroll={{ x: 'max-content' }} data-testid={testId} />;
}

/** A2, A13, A14 on the worker page: vettings, honours and career events, reserve entries, checks, visits, difficulties. */
export function WorkerIncentivesCard({ workerId, workerName, canVet }: Props) {
  const { t, errorText } = useI18n();
  const text = useIncentivesText();
  const q = useWorkerIncentives(workerId);
  const [vetting, setVetting] = useState(false);

  const vettingColumns: TableColumnsType<Of<'vettings'>> = [
    { title: t('incentives.vettedOn'), dataIndex: 'vettedOn', width: 110 },
    { title: t('incentives.vettingBody'), dataIndex: 'vettingBody' },
    { title: t('incentives.conductRecord'), dataIndex: 'conductRecord', render: (v: string) => <span style={wrap}>{v}</span> },
    { title: t('incentives.vettingResult'), dataIndex: 'result', render: (r: Of<'vettings'>['result']) => <Tag color={r === '通过' ? 'green' : 'red'}>{text.vetting(r)}</Tag> },
    { title: t('incentives.recordedBy'), dataIndex: 'recordedBy' },
  ];
  const eventColumns: TableColumnsType<Of<'events'>> = [
    { title: t('incentives.occurredOn'), dataIndex: 'occurredOn', width: 110 },
    { title: t('incentives.kind'), dataIndex: 'kind', render: (k: Of<'events'>['kind']) => <Tag color="gold">{text.kind(k)}</Tag> },
    { title: t('incentives.eventTitle'), dataIndex: 'title' },
    { title: t('incentives.level'), dataIndex: 'level', render: (l: Of<'events'>['level']) => text.level(l) },
    { title: t('incentives.issuer'), dataIndex: 'issuer' },
  ];
  const reserveColumns: TableColumnsType<Of<'reserve'>> = [
    { title: t('incentives.nominatedOn'), dataIndex: 'nominatedOn', width: 110 },
    { title: t('incentives.community'), dataIndex: 'communityName' },
    { title: t('incentives.targetPost'), dataIndex: 'targetPost', render: (p: Of<'reserve'>['targetPost']) => text.post(p) },
    {
      title: t('incentives.measures'),
      dataIndex: 'measures',
      render: (ms: Of<'reserve'>['measures']) =>
        ms.length ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {ms.map((m, i) => (
              <li key={i}>
                {m.on} {m.measure}
              </li>
            ))}
          </ul>
        ) : (
          '—'
        ),
    },
    { title: t('incentives.status'), dataIndex: 'status', render: (s: Of<'reserve'>['status']) => <ReserveStatusTag status={s} /> },
  ];
  const healthColumns: TableColumnsType<Of<'healthChecks'>> = [
    { title: t('incentives.year'), dataIndex: 'year', width: 80 },
    { title: t('care.scheduledOn'), dataIndex: 'scheduledOn', render: (v: string | null) => v ?? '—' },
    { title: t('care.completedOn'), dataIndex: 'completedOn', render: (v: string | null) => v ?? <Tag>{t('care.statusNotDone')}</Tag> },
    { title: t('care.institution'), dataIndex: 'institution', render: (v: string) => v || '—' },
  ];
  const visitColumns: TableColumnsType<Of<'visits'>> = [
    { title: t('care.visitedOn'), dataIndex: 'visitedOn', width: 110 },
    { title: t('care.occasion'), dataIndex: 'occasion', render: (o: Of<'visits'>['occasion']) => text.occasion(o) },
    { title: t('care.visitors'), dataIndex: 'visitors' },
    { title: t('care.visitContent'), dataIndex: 'content', render: (v: string) => <span style={wrap}>{v}</span> },
    { title: t('care.amount'), dataIndex: 'amount', align: 'right', render: (a: number | null) => (a === null ? '—' : a.toFixed(2)) },
  ];
  const difficultyColumns: TableColumnsType<Difficulty> = [
    { title: t('care.submittedAt'), dataIndex: 'submittedAt', width: 150, render: (v: string) => formatDateTime(v) },
    { title: t('care.category'), dataIndex: 'category', render: (c: Difficulty['category']) => text.category(c) },
    { title: t('care.difficultyContent'), dataIndex: 'content', render: (v: string) => <span style={wrap}>{v}</span> },
    { title: t('care.dueOn'), dataIndex: 'dueOn', width: 110 },
    { title: t('incentives.status'), key: 'status', render: (_: unknown, r) => <DifficultyStatusTags status={r.status} overdue={r.overdue} /> },
    { title: t('care.answer'), dataIndex: 'answer', render: (v: string | null) => (v ? <span style={wrap}>{v}</span> : '—') },
  ];

  const body = () => {
    if (q.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
    if (q.isError) return <Alert type="warning" showIcon title={errorText(q.error)} />;
    const d = q.data;
    return (
      <Tabs
        size="small"
        items={[
          {
            key: 'vettings',
            label: t('incentives.tabVettings', { n: d.vettings.length }),
            children: <TabTable rows={d.vettings} testId="worker-vettings" rowKey={byId} columns={vettingColumns} empty={t('incentives.noVettings')} />,
          },
          {
            key: 'events',
            label: t('incentives.tabEvents', { n: d.events.length }),
            children: <TabTable rows={d.events} testId="worker-events" rowKey={byId} columns={eventColumns} empty={t('incentives.noEvents')} />,
          },
          {
            key: 'reserve',
            label: t('incentives.tabReserve', { n: d.reserve.length }),
            children: <TabTable rows={d.reserve} testId="worker-reserve" rowKey={byId} columns={reserveColumns} empty={t('incentives.noReserve')} />,
          },
          {
            key: 'health',
            label: t('incentives.tabHealth', { n: d.healthChecks.length }),
            children: <TabTable rows={d.healthChecks} testId="worker-health" rowKey={(r) => r.year} columns={healthColumns} empty={t('care.noHealthChecks')} />,
          },
          {
            key: 'visits',
            label: t('incentives.tabVisits', { n: d.visits.length }),
            children: <TabTable rows={d.visits} testId="worker-visits" rowKey={byId} columns={visitColumns} empty={t('care.noVisits')} />,
          },
          {
            key: 'difficulties',
            label: t('incentives.tabDifficulties', { n: d.difficulties.length }),
            children: <TabTable rows={d.difficulties} testId="worker-difficulties" rowKey={byId} columns={difficultyColumns} empty={t('care.noDifficulties')} />,
          },
        ]}
      />
    );
  };

  return (
    <Card
      size="small"
      title={t('incentives.cardTitle')}
      extra={
        canVet ? (
          <Button size="small" icon={<SafetyCertificateOutlined />} onClick={() => setVetting(true)} data-testid="record-vetting">
            {t('incentives.recordVetting')}
          </Button>
        ) : null
      }
      data-testid="worker-incentives"
    >
      {body()}
      {canVet ? <VettingModal open={vetting} workerId={workerId} workerName={workerName} onClose={() => setVetting(false)} /> : null}
    </Card>
  );
}
