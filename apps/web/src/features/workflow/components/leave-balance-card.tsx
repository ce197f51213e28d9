import { Alert, Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { todayIso } from '@cwp/domain/dates';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useLeaveBalance } from '../api/leave-balance.ts';
import { useWorkflowText } from './workflow-text.tsx';

/** This year's paid annual leave (entitled by years of work, used, left) with the reason for the number, and other leave taken. */
export function LeaveBalanceCard({ workerId }: { workerId: number }) {
  const { t, errorText } = useI18n();
  const text = useWorkflowText();
  const year = Number(todayIso().slice(0, 4));
  const q = useLeaveBalance(workerId, year);
  const b = q.data;
  const other = b ? Object.entries(b.usedByType).filter(([type, n]) => type !== '年休假' && n > 0) : [];

  return (
    <Card size="small" title={t('daily.balanceTitle', { year })} data-testid="leave-balance">
      {q.isPending ? <Skeleton active paragraph={{ rows: 2 }} /> : null}
      {q.isError ? <Alert type="error" showIcon title={errorText(q.error)} /> : null}
      {b ? (
        <>
          <Row gutter={8}>
            <Col span={8}>
              <Statistic title={t('daily.annualEntitled')} value={b.annual.entitled} suffix={t('daily.dayUnit')} />
            </Col>
            <Col span={8}>
              <Statistic title={t('daily.annualUsed')} value={b.annual.used} suffix={t('daily.dayUnit')} />
            </Col>
            <Col span={8}>
              <Statistic title={t('daily.annualLeft')} value={b.annual.left} suffix={t('daily.dayUnit')} styles={{ content: { color: '#1d5fb4' } }} data-testid="leave-annual-left" />
            </Col>
          </Row>
          {/* Worded by the server from the work start date and the statutory tiers (Chinese). */}
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 13 }} data-testid="leave-balance-explanation">
            {b.annual.explanation} {t('daily.usedNote')}
          </Typography.Paragraph>
          {other.length ? (
            <Typography.Paragraph style={{ margin: '4px 0 0', fontSize: 13 }}>
              {t('daily.otherUsed', { list: other.map(([type, n]) => `${text.leaveType(type)} ${n}`).join(t('daily.listSep')) })}
            </Typography.Paragraph>
          ) : null}
        </>
      ) : null}
    </Card>
  );
}
