import { Alert, Typography } from 'antd';
import { todayIso } from '@cwp/domain/dates';
import { SHORT_LEAVE_DAYS, workingDays } from '@cwp/domain/leave';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useLeaveBalance } from '../api/leave-balance.ts';

interface Props {
  workerId: number | null | undefined;
  leaveType: string | undefined;
  startDate: string | null;
  endDate: string | null;
}

/**
 * What the server will count before the user sends: working days between the dates (the same domain rule),
 * who approves, and for 年休假 the balance of that year, so an over-long request is caught before it is refused.
 */
export function LeaveDaysHint({ workerId, leaveType, startDate, endDate }: Props) {
  const { t } = useI18n();
  const year = Number((startDate ?? todayIso()).slice(0, 4));
  const annual = leaveType === '年休假';
  const balance = useLeaveBalance(annual ? workerId : null, year);
  const days = startDate && endDate && endDate >= startDate ? workingDays(startDate, endDate) : null;
  const left = annual && balance.data ? balance.data.annual.left : null;
  const tooMany = days !== null && left !== null && days > left;

  return (
    <div style={{ marginBottom: 16 }} data-testid="leave-days-hint">
      {days !== null ? (
        <Alert
          type={days === 0 || tooMany ? 'warning' : 'info'}
          showIcon
          title={days === 0 ? t('daily.daysNone') : t('daily.daysCounted', { n: days })}
          description={tooMany ? t('daily.annualTooMany', { left: left! }) : days > SHORT_LEAVE_DAYS ? t('daily.approvalLong', { n: SHORT_LEAVE_DAYS }) : undefined}
          data-testid="leave-days"
        />
      ) : null}
      {annual && balance.data ? (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }} data-testid="leave-annual-balance">
          {t('daily.annualBalance', { year, entitled: balance.data.annual.entitled, used: balance.data.annual.used, left: balance.data.annual.left })}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
