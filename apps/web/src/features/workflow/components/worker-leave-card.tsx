import { Alert, Card, Empty, Table, Typography } from 'antd';
import type { Leave } from '@cwp/contracts/workflow.contract';
import { todayIso } from '@cwp/domain/dates';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useLeaveBalance } from '../api/leave-balance.ts';
import { useWorkerLeave } from '../api/worker-leave.ts';
import { RequestStanding, UnreturnedTag, useWorkflowText } from './workflow-text.tsx';

/** A9.2 on the worker page: the worker's leave with where each stands, and this year's annual-leave balance. */
export function WorkerLeaveCard({ workerId }: { workerId: number }) {
  const { t, errorText } = useI18n();
  const text = useWorkflowText();
  const year = Number(todayIso().slice(0, 4));
  const list = useWorkerLeave(workerId);
  const balance = useLeaveBalance(workerId, year);
  const b = balance.data?.annual;

  return (
    <Card
      size="small"
      title={t('daily.workerLeaveTitle')}
      extra={b ? <span title={b.explanation}>{t('daily.annualBalance', { year, entitled: b.entitled, used: b.used, left: b.left })}</span> : null}
      data-testid="worker-leave"
    >
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
      {list.data && !list.data.length ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('daily.noLeave')} /> : null}
      {list.data?.length ? (
        <Table<Leave>
          size="small"
          rowKey="requestId"
          dataSource={list.data}
          pagination={list.data.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('daily.leaveType'), dataIndex: 'leaveType', render: (v: string) => text.leaveType(v) },
            { title: t('daily.leaveDates'), key: 'dates', render: (_: unknown, l) => `${l.startDate} ~ ${l.endDate}` },
            { title: t('daily.days'), dataIndex: 'days', align: 'right' as const },
            { title: t('daily.reason'), dataIndex: 'reason', render: (v: string) => <Typography.Text style={{ maxWidth: 240 }} ellipsis={{ tooltip: v }}>{v}</Typography.Text> },
            {
              title: t('daily.standing'),
              key: 'standing',
              render: (_: unknown, l) => <RequestStanding request={l.request} maxWidth={320} />,
            },
            { title: t('daily.returnedOn'), dataIndex: 'returnedOn', render: (v: string | null, l) => (v ? v : l.unreturned ? <UnreturnedTag /> : '—') },
          ]}
        />
      ) : null}
    </Card>
  );
}
