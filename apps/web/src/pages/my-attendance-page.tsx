import { useState } from 'react';
import { Alert, Result, Segmented, Skeleton, Space } from 'antd';
import type { AttendanceDay } from '@cwp/contracts/attendance.contract';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { useCurrentUser } from '../features/auth/api/get-me.ts';
import { useWorkerMonth } from '../features/attendance/api/worker-month.ts';
import { CorrectionModal } from '../features/attendance/components/correction-modal.tsx';
import { MonthDaysList } from '../features/attendance/components/month-days-list.tsx';
import { OwnCorrections } from '../features/attendance/components/own-corrections.tsx';
import { TodayPunchCard } from '../features/attendance/components/today-punch-card.tsx';
import { PhoneShell } from '../components/phone-shell.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** 我的考勤 (A9.2), phone-sized: today's punches with 签到 / 签退, this month's days and totals, 补卡 for a missing punch. */
export default function MyAttendancePage() {
  const { t, errorText } = useI18n();
  const me = useCurrentUser();
  const own = me.role === 'worker' && me.workerId ? me.workerId : null;
  // Months in Beijing time, like the server's; last month stays reachable for a 补卡 early in a month.
  const thisMonth = todayIso().slice(0, 7);
  const lastMonth = addDaysIso(`${thisMonth}-01`, -1).slice(0, 7);
  const [shown, setShown] = useState(thisMonth);
  const month = useWorkerMonth(own, thisMonth);
  const viewed = useWorkerMonth(own, shown);
  const [correcting, setCorrecting] = useState<AttendanceDay | null>(null);

  if (!own) {
    return (
      <PhoneShell title={t('menu.myAttendance')}>
        <Result status="info" title={t('daily.myNotWorker')} />
      </PhoneShell>
    );
  }
  return (
    <PhoneShell title={t('menu.myAttendance')}>
      {month.isPending ? <Skeleton active paragraph={{ rows: 6 }} /> : null}
      {month.isError ? <Alert type="error" showIcon title={errorText(month.error)} /> : null}
      {month.data ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <TodayPunchCard month={month.data} />
          <Segmented
            block
            size="large"
            value={shown}
            onChange={setShown}
            options={[
              { value: thisMonth, label: t('att.thisMonth') },
              { value: lastMonth, label: t('att.lastMonth') },
            ]}
            data-testid="month-switch"
          />
          {viewed.isError ? <Alert type="error" showIcon title={errorText(viewed.error)} /> : null}
          {viewed.data ? <OwnCorrections items={viewed.data.corrections} /> : null}
          {viewed.data ? <MonthDaysList month={viewed.data} onCorrect={setCorrecting} /> : <Skeleton active />}
        </Space>
      ) : null}
      <CorrectionModal workerId={own} day={correcting} onClose={() => setCorrecting(null)} />
    </PhoneShell>
  );
}
