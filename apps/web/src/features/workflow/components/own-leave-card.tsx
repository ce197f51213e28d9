import { Button, Card, Collapse, Space, Tag, Typography } from 'antd';
import { LoginOutlined } from '@ant-design/icons';
import type { Leave } from '@cwp/contracts/workflow.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { RequestActions } from './request-actions.tsx';
import { RequestProgress } from './request-progress.tsx';
import { mayRecordReturn } from './return-modal.tsx';
import { OverdueTag, RequestStatusTag, UnreturnedTag, useWorkflowText } from './workflow-text.tsx';

/** One of the worker's own leave requests on the phone: where it stands, its history, 撤回 while pending, 销假 after. */
export function OwnLeaveCard({ leave, onReturn }: { leave: Leave; onReturn: (l: Leave) => void }) {
  const { t } = useI18n();
  const text = useWorkflowText();
  const r = leave.request;
  return (
    <Card size="small" data-testid="own-leave" styles={{ body: { padding: 16 } }}>
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
          <Tag style={{ fontSize: 14, padding: '2px 8px' }}>{text.leaveType(leave.leaveType)}</Tag>
          <span>
            <RequestStatusTag status={r.status} />
            {r.overdue ? <OverdueTag /> : null}
            {leave.unreturned ? <UnreturnedTag /> : null}
          </span>
        </div>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {t('daily.myDates', { start: leave.startDate, end: leave.endDate, days: leave.days })}
        </Typography.Text>
        <Typography.Paragraph style={{ margin: 0, fontSize: 15, whiteSpace: 'pre-wrap' }}>{leave.reason}</Typography.Paragraph>
        {/* Worded by the server in Chinese: the step, the approving unit and its due date, or why it was refused. */}
        {r.status === 'pending' || r.status === 'rejected' ? (
          <Typography.Text type={r.status === 'rejected' ? 'danger' : 'secondary'} data-testid="own-leave-standing">
            {r.standing}
          </Typography.Text>
        ) : null}
        {leave.returnedOn ? <Typography.Text data-testid="own-leave-returned">{t('daily.myReturned', { date: leave.returnedOn })}</Typography.Text> : null}
        <Collapse
          size="small"
          ghost
          items={[{ key: 'history', label: t('daily.history', { n: r.records.length }), children: <RequestProgress request={r} showSteps={false} /> }]}
        />
        <RequestActions request={r} phone />
        {mayRecordReturn(leave) ? (
          <Button block size="large" icon={<LoginOutlined />} onClick={() => onReturn(leave)} style={{ height: 48, fontSize: 16 }} data-testid="own-leave-return">
            {t('daily.recordReturn')}
          </Button>
        ) : null}
      </Space>
    </Card>
  );
}
