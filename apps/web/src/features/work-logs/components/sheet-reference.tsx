import type { ReactNode } from 'react';
import { Space, Tooltip, Typography } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import type { WorkLogCountsDto } from '@cwp/contracts/work-logs.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useWorkLogCounts } from '../api/work-log-counts.ts';
import { todayIso } from '@cwp/domain/dates';

const KEYS: (keyof WorkLogCountsDto)[] = ['visits', 'pairsActive', 'proxyDone', 'proxyOpen', 'proxyOverdue', 'firstInquiries'];

/**
 * Reference figures for 工作实绩 on the assessment scoring sheet (A9.1 → A10.1): each worker's ledger counts
 * for the scheme's year, as an extra column. Shown for a street or a community only; never part of the score.
 */
export function useSheetReference(org: string, year: number): { title: ReactNode; render: (workerId: number) => ReactNode } | undefined {
  const { t } = useI18n();
  const today = todayIso();
  const end = `${year}-12-31` < today ? `${year}-12-31` : today;
  const active = year > 0 && org.length >= 9 && `${year}-01-01` <= today;
  const q = useWorkLogCounts({ org, from: `${year}-01-01`, to: end }, active);
  if (!active || !q.data) return undefined;
  const byWorker = new Map(q.data.byWorker.map((w) => [w.workerId, w]));
  return {
    title: (
      <Tooltip title={t('wl.sheetRefHint', { year })}>
        <Space size={4}>
          {t('wl.sheetRef')}
          <InfoCircleOutlined />
        </Space>
      </Tooltip>
    ),
    render: (workerId) => {
      const c = byWorker.get(workerId);
      if (!c) return <Typography.Text type="secondary">—</Typography.Text>;
      return (
        <Tooltip title={<div>{KEYS.map((k) => <div key={k}>{t(`wl.count.${k}`)}：{c[k]}</div>)}</div>}>
          <span style={{ whiteSpace: 'nowrap' }} data-testid={`sheet-ref-${workerId}`}>
            {t('wl.count.visits')} {c.visits} · {t('wl.count.proxyDone')} {c.proxyDone}
            {c.proxyOverdue ? <Typography.Text type="danger"> · {t('wl.count.proxyOverdue')} {c.proxyOverdue}</Typography.Text> : null}
          </span>
        </Tooltip>
      );
    },
  };
}
