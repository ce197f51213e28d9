import type { StatsTrendPoint } from '@cwp/contracts/stats.contract';
import type { MessageKey } from '../../../i18n/messages-zh.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { formatShare } from '../../../lib/format.ts';
import type { ChartOption } from './echarts-core.ts';
import { StatsChart } from './stats-chart.tsx';

type ShareKey = 'under35Share' | 'collegeOrAboveShare' | 'certifiedShare' | 'oneShoulderShare';
const SHARES: { key: ShareKey; label: MessageKey }[] = [
  { key: 'under35Share', label: 'stats.under35Share' },
  { key: 'collegeOrAboveShare', label: 'stats.collegeOrAboveShare' },
  { key: 'certifiedShare', label: 'stats.certifiedShare' },
  { key: 'oneShoulderShare', label: 'stats.oneShoulderShare' },
];

const KIND_LABEL: Record<StatsTrendPoint['kind'], MessageKey> = {
  month_end: 'stats.kind.month_end',
  on_demand: 'stats.kind.on_demand',
  reconstructed: 'stats.kind.reconstructed',
};

/** Total (bars, left axis) and the key shares (lines, right axis, %) over the snapshots, oldest first. */
export default function StatsTrendChart({ points }: { points: StatsTrendPoint[] }) {
  const { t } = useI18n();
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
  const option: ChartOption = {
    animationDuration: 400,
    color: ['#a9c4eb', '#ee6666', '#3ba272', '#fac858', '#9a60b4'],
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const ps = params as { dataIndex: number; seriesName: string; marker: string }[];
        const p = points[ps[0]?.dataIndex ?? -1];
        if (!p) return '';
        const lines = [`${p.period}（${t(KIND_LABEL[p.kind])}）`, `${ps[0]?.marker ?? ''}${t('stats.total')}：${p.total.toLocaleString('zh-CN')}`];
        SHARES.forEach((s, i) => lines.push(`${ps[i + 1]?.marker ?? ''}${t(s.label)}：${formatShare(p[s.key])}`));
        return lines.join('<br/>');
      },
    },
    xAxis: { type: 'category', data: points.map((p) => (p.kind === 'reconstructed' ? `${p.period}*` : p.period)) },
    yAxis: [
      { type: 'value', name: t('stats.total'), minInterval: 1, scale: true },
      { type: 'value', name: '%', min: 0, max: 100, splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: t('stats.total'), data: points.map((p) => p.total), barMaxWidth: 28 },
      ...SHARES.map((s) => ({ type: 'line' as const, name: t(s.label), yAxisIndex: 1, data: points.map((p) => pct(p[s.key])), connectNulls: true })),
    ],
  };
  return <StatsChart option={option} height={320} label={t('stats.trend')} testId="stats-trend-chart" />;
}
