import { Button, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { Leave } from '@cwp/contracts/workflow.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { RequestActions } from './request-actions.tsx';
import { RequestProgress } from './request-progress.tsx';
import { mayRecordReturn } from './return-modal.tsx';
import { RequestStanding, UnreturnedTag, useWorkflowText } from './workflow-text.tsx';

interface Props {
  items: Leave[];
  loading: boolean;
  onReturn: (l: Leave) => void;
}

/** Leave under a unit (A9.2): where each request stands, the return (销假), and 未销假 in red. */
export function LeaveTable({ items, loading, onReturn }: Props) {
  const { t } = useI18n();
  const text = useWorkflowText();
  return (
    <Table<Leave>
      size="middle"
      rowKey="requestId"
      loading={loading}
      dataSource={items}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('daily.noLeave') }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => t('common.totalN', { n }) }}
      expandable={{ expandedRowRender: (l) => <RequestProgress request={l.request} /> }}
      data-testid="leave-table"
      columns={[
        { title: t('daily.worker'), dataIndex: 'workerName', width: 80, render: (n: string, l) => <Link to={`/workers/${l.workerId}`}>{n}</Link> },
        { title: t('daily.community'), dataIndex: 'communityName', width: 110 },
        { title: t('daily.leaveType'), dataIndex: 'leaveType', width: 80, render: (v: string) => text.leaveType(v) },
        { title: t('daily.leaveDates'), key: 'dates', width: 196, render: (_: unknown, l) => <span style={{ whiteSpace: 'nowrap' }}>{`${l.startDate} ~ ${l.endDate}`}</span> },
        { title: t('daily.days'), dataIndex: 'days', width: 56, align: 'right' as const },
        {
          title: t('daily.reason'),
          dataIndex: 'reason',
          width: 124,
          render: (v: string) => (
            <Typography.Paragraph style={{ margin: 0, maxWidth: 108 }} ellipsis={{ rows: 2, tooltip: v }}>
              {v}
            </Typography.Paragraph>
          ),
        },
        {
          title: t('daily.standing'),
          key: 'standing',
          // Widths add up to the content area beside the menu at 1440 px, so 销假日期 and 操作 need no scrolling.
          width: 220,
          render: (_: unknown, l) => <RequestStanding request={l.request} maxWidth={200} />,
        },
        {
          title: t('daily.returnedOn'),
          dataIndex: 'returnedOn',
          width: 100,
          render: (v: string | null, l) => (v ? v : l.unreturned ? <UnreturnedTag /> : '—'),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          fixed: 'right' as const,
          width: 140,
          render: (_: unknown, l) => (
            <Space size={4} wrap>
              <RequestActions request={l.request} />
              {mayRecordReturn(l) ? (
                <Button size="small" onClick={() => onReturn(l)} data-testid={`leave-return-${l.requestId}`}>
                  {t('daily.recordReturn')}
                </Button>
              ) : null}
            </Space>
          ),
        },
      ]}
    />
  );
}
