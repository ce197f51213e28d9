import { Button, Card, List, Tag, Typography } from 'antd';
import type { AttendanceDay, WorkerMonth } from '@cwp/contracts/attendance.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../../i18n/messages-zh.ts';
import { DayStatusTag } from './day-status-tag.tsx';

const TOTAL_KEYS = ['attended', 'late', 'early', 'missing', 'absent', 'leave'] as const;
const weekday = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
};

/** The month so far on the phone, latest first: each working day's punches and status, 补卡 where one is missing. */
export function MonthDaysList({ month, onCorrect }: { month: WorkerMonth; onCorrect: (d: AttendanceDay) => void }) {
  const { t } = useI18n();
  const pending = new Set(month.corrections.filter((c) => c.request.status === 'pending').map((c) => `${c.workDate}|${c.kind}`));
  const days = month.days.filter((d) => d.status !== null && d.date <= month.today).reverse();
  const punchText = (p: AttendanceDay['checkIn']) => (p ? `${p.clockTime}${p.corrected ? `（${t('att.corrected')}）` : ''}` : '—');
  const canCorrect = (d: AttendanceDay) =>
    d.date < month.today && (d.status === '缺卡' || d.status === '旷工') && ((!d.checkIn && !pending.has(`${d.date}|in`)) || (!d.checkOut && !pending.has(`${d.date}|out`)));
  return (
    <Card title={`${t('att.myMonth')} ${month.month}`} styles={{ body: { padding: '8px 16px' } }} data-testid="month-card">
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8, marginBottom: 8 }} data-testid="month-totals">
        {TOTAL_KEYS.map((k) => (
          <div key={k} style={{ background: '#f5f8fc', borderRadius: 8, padding: '6px 8px', textAlign: 'center' }}>
            <div style={{ fontSize: 20, fontWeight: 600 }}>{month.totals[k]}</div>
            <div style={{ fontSize: 12, color: '#666' }}>{t(`att.totals.${k}` as MessageKey)}</div>
          </div>
        ))}
      </div>
      <List
        dataSource={days}
        rowKey="date"
        renderItem={(d) => (
          <List.Item
            data-testid={`day-${d.date}`}
            actions={
              canCorrect(d)
                ? [
                    <Button key="fix" size="large" onClick={() => onCorrect(d)} data-testid="ask-correction" style={{ minHeight: 44 }}>
                      {t('att.askCorrection')}
                    </Button>,
                  ]
                : undefined
            }
          >
            <div style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
              <span>
                <Typography.Text strong>{d.date.slice(5)}</Typography.Text> <Typography.Text type="secondary">{t(`att.weekday.${weekday(d.date)}` as MessageKey)}</Typography.Text>{' '}
                <DayStatusTag status={d.status} />
                {pending.has(`${d.date}|in`) || pending.has(`${d.date}|out`) ? <Tag color="processing">{t('att.req.pending')}</Tag> : null}
              </span>
              {d.status !== '休息日' && d.status !== '请假' ? (
                <Typography.Text type="secondary">
                  {t('att.checkIn')} {punchText(d.checkIn)} · {t('att.checkOut')} {punchText(d.checkOut)}
                </Typography.Text>
              ) : null}
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
