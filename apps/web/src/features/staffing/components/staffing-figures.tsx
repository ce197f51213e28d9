import { Typography } from 'antd';
import { WORKER_STATUSES } from '@cwp/domain/worker-enums';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useEnumText } from '../../../i18n/enum-labels.ts';
import { formatCount } from '../../../lib/format.ts';

/** gap = quota − headcount: positive is a shortfall (red), negative is over the standard. */
export function GapText({ gap }: { gap: number | null }) {
  const { t } = useI18n();
  if (gap === null) return <Typography.Text type="secondary">—</Typography.Text>;
  if (gap > 0) return <Typography.Text type="danger">{t('staffing.gapShort', { n: formatCount(gap) })}</Typography.Text>;
  if (gap < 0) return <Typography.Text type="warning">{t('staffing.gapOver', { n: formatCount(-gap) })}</Typography.Text>;
  return <Typography.Text type="success">{t('staffing.gapNone')}</Typography.Text>;
}

/** 在岗 858 · 试用 27 · 离岗 17, in the canonical status order whatever order the API used. */
export function HeadcountByStatus({ byStatus }: { byStatus: Record<string, number> }) {
  const et = useEnumText();
  const known = WORKER_STATUSES.filter((s) => (byStatus[s] ?? 0) > 0);
  const other = Object.keys(byStatus).filter((s) => !(WORKER_STATUSES as readonly string[]).includes(s) && (byStatus[s] ?? 0) > 0);
  const parts = [...known, ...other].map((s) => `${et(s)} ${formatCount(byStatus[s] ?? 0)}`);
  return <Typography.Text type="secondary">{parts.length ? parts.join(' · ') : '—'}</Typography.Text>;
}
