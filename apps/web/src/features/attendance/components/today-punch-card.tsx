import { useState } from 'react';
import { App, Button, Card, Input, Space, Typography } from 'antd';
import { LoginOutlined, LogoutOutlined } from '@ant-design/icons';
import type { WorkerMonth } from '@cwp/contracts/attendance.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { usePunch } from '../api/punch.ts';
import { DayStatusTag } from './day-status-tag.tsx';

/** Today on the phone: the schedule, the punches so far and the one button that fits (签到, then 签退). */
export function TodayPunchCard({ month }: { month: WorkerMonth }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const punch = usePunch();
  const [note, setNote] = useState('');
  const today = month.days.find((d) => d.date === month.today);
  const s = month.schedule;
  const next: 'in' | 'out' | null = !today?.checkIn ? 'in' : !today.checkOut ? 'out' : null;

  const go = async (kind: 'in' | 'out') => {
    try {
      await punch.mutateAsync({ workerId: month.workerId, kind, note });
      setNote('');
      message.success(t(kind === 'in' ? 'att.punchedIn' : 'att.punchedOut'));
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <Card data-testid="today-card" styles={{ body: { padding: 16 } }}>
      <Space orientation="vertical" size={10} style={{ width: '100%' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography.Text strong style={{ fontSize: 18 }}>
            {t('att.myToday', { date: month.today })}
          </Typography.Text>
          <DayStatusTag status={today?.status ?? null} />
        </div>
        <Typography.Text type="secondary">{t('att.mySchedule', { start: s.workStart, end: s.workEnd, source: s.source })}</Typography.Text>
        <div style={{ display: 'flex', gap: 12 }}>
          <Typography.Text style={{ flex: 1, fontSize: 16 }} data-testid="today-in">
            {today?.checkIn ? t('att.checkedIn', { time: today.checkIn.clockTime }) : `${t('att.checkIn')}：${t('att.notYet')}`}
          </Typography.Text>
          <Typography.Text style={{ flex: 1, fontSize: 16 }} data-testid="today-out">
            {today?.checkOut ? t('att.checkedOut', { time: today.checkOut.clockTime }) : `${t('att.checkOut')}：${t('att.notYet')}`}
          </Typography.Text>
        </div>
        {next ? (
          <>
            <Input value={note} onChange={(e) => setNote(e.target.value)} maxLength={100} placeholder={t('att.locationHint')} aria-label={t('att.locationNote')} style={{ height: 44, fontSize: 16 }} data-testid="punch-note" />
            <Button
              type="primary"
              block
              icon={next === 'in' ? <LoginOutlined /> : <LogoutOutlined />}
              loading={punch.isPending}
              onClick={() => void go(next)}
              style={{ height: 56, fontSize: 18 }}
              data-testid={next === 'in' ? 'punch-in' : 'punch-out'}
            >
              {t(next === 'in' ? 'att.checkIn' : 'att.checkOut')}
            </Button>
          </>
        ) : null}
      </Space>
    </Card>
  );
}
