import { useState } from 'react';
import { useListParams } from '../lib/list-params.ts';
import { Alert, Button, Card, Segmented, Space, Switch, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Leave } from '@cwp/contracts/workflow.contract';
import { useLeaveList, type RequestStatus } from '../features/workflow/api/leave-list.ts';
import { LeaveRequestModal } from '../features/workflow/components/leave-request-modal.tsx';
import { LeaveTable } from '../features/workflow/components/leave-table.tsx';
import { ReturnModal } from '../features/workflow/components/return-modal.tsx';
import { useWorkflowText } from '../features/workflow/components/workflow-text.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

type StatusFilter = RequestStatus | 'all';
const STATUSES: RequestStatus[] = ['pending', 'approved', 'rejected', 'cancelled'];

/** 请销假 (A9.2): leave of the workers under the header's unit, asking on a worker's behalf, and recording returns. */
export default function DailyLeavePage() {
  const { t, errorText } = useI18n();
  const text = useWorkflowText();
  const { orgCode } = useCurrentOrg();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [params, setParam] = useListParams();
  const unreturned = params.get('unreturned') === '1';
  const setUnreturned = (on: boolean) => setParam({ unreturned: on ? '1' : undefined });
  const [asking, setAsking] = useState(false);
  const [returning, setReturning] = useState<Leave | null>(null);
  // 未销假 is by definition approved leave, so the switch overrides the status filter.
  const list = useLeaveList({ org: orgCode, status: unreturned || status === 'all' ? undefined : status, unreturned });
  const hasUnit = orgCode.length >= 2;

  return (
    <Card
      size="small"
      title={t('daily.leaveTitle')}
      extra={
        hasUnit ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAsking(true)} data-testid="leave-request">
            {t('daily.requestForWorker')}
          </Button>
        ) : null
      }
      data-testid="leave-page"
    >
      <Typography.Paragraph type="secondary">{t('daily.leaveIntro')}</Typography.Paragraph>
      {hasUnit ? null : <Alert type="info" showIcon title={t('daily.chooseUnit')} style={{ marginBottom: 16 }} />}
      <Space wrap size="large" style={{ marginBottom: 16 }}>
        <Segmented<StatusFilter>
          value={status}
          onChange={setStatus}
          disabled={unreturned}
          options={[{ value: 'all', label: t('daily.allStatuses') }, ...STATUSES.map((s) => ({ value: s as StatusFilter, label: text.status(s) }))]}
          data-testid="leave-status-filter"
        />
        <Space>
          <Switch checked={unreturned} onChange={setUnreturned} aria-label={t('daily.unreturnedOnly')} data-testid="leave-unreturned-only" />
          <span>{t('daily.unreturnedOnly')}</span>
        </Space>
      </Space>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <LeaveTable items={hasUnit ? (list.data ?? []) : []} loading={list.isFetching} onReturn={setReturning} />
      {hasUnit ? <LeaveRequestModal org={orgCode} open={asking} onClose={() => setAsking(false)} /> : null}
      <ReturnModal leave={returning} onClose={() => setReturning(null)} />
    </Card>
  );
}
