import { Tag } from 'antd';
import type { DayStatus } from '@cwp/domain/attendance';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../../i18n/messages-zh.ts';

export const STATUS_COLOR: Record<DayStatus, string> = {
  正常: 'green',
  迟到: 'orange',
  早退: 'orange',
  迟到早退: 'volcano',
  缺卡: 'gold',
  旷工: 'red',
  请假: 'blue',
  休息日: 'default',
  待打卡: 'processing',
};

/** Sheet cells are narrow: Chinese shows the status itself (迟到早退 as 迟早), English a short code the legend explains. */
const SHORT: Record<'zh' | 'en', Record<DayStatus, string>> = {
  zh: { 正常: '正常', 迟到: '迟到', 早退: '早退', 迟到早退: '迟早', 缺卡: '缺卡', 旷工: '旷工', 请假: '请假', 休息日: '休', 待打卡: '待' },
  en: { 正常: '✓', 迟到: 'L', 早退: 'E', 迟到早退: 'LE', 缺卡: 'M', 旷工: 'A', 请假: 'LV', 休息日: 'R', 待打卡: '…' },
};

/** Day statuses are stored and exported in Chinese; English mode shows their twin. */
export function useStatusLabel() {
  const { t } = useI18n();
  return (s: DayStatus) => t(`att.status.${s}` as MessageKey);
}

export function DayStatusTag({ status, compact = false }: { status: DayStatus | null; compact?: boolean }) {
  const label = useStatusLabel();
  const { lang } = useI18n();
  if (!status) return null;
  return (
    <Tag color={STATUS_COLOR[status]} title={label(status)} style={compact ? { marginInlineEnd: 0, paddingInline: 4, fontSize: 12 } : undefined} data-testid="day-status">
      {compact ? SHORT[lang][status] : label(status)}
    </Tag>
  );
}

/** What the sheet's short codes mean. */
export function StatusLegend() {
  const { t, lang } = useI18n();
  const label = useStatusLabel();
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center', marginBottom: 8 }} data-testid="status-legend">
      <span>{t('att.legend')}：</span>
      {(Object.keys(STATUS_COLOR) as DayStatus[]).map((s) => (
        <Tag key={s} color={STATUS_COLOR[s]}>
          {lang === 'zh' ? label(s) : `${SHORT.en[s]} = ${label(s)}`}
        </Tag>
      ))}
    </div>
  );
}
