import { Card, Col, Row } from 'antd';
import type { StatsNode } from '@cwp/contracts/stats.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { ChartOption } from './echarts-core.ts';
import { StatsChart } from './stats-chart.tsx';
import { DISTRIBUTIONS, slicesOf, type Distribution, type Slice } from './stats-labels.ts';

const PALETTE = ['#1d5fb4', '#3ba272', '#fac858', '#ee6666', '#73c0de', '#9a60b4', '#fc8452', '#91cc75', '#ea7ccc', '#5470c6', '#a0a7b4'];

function shareOf(value: number, total: number): string {
  return total > 0 ? `${((value / total) * 100).toFixed(1)}%` : '—';
}

function pieOption(slices: Slice[], total: number, unit: string): ChartOption {
  return {
    color: PALETTE,
    animationDuration: 400,
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { name, value } = p as { name: string; value: number };
        return `${name}<br/>${value.toLocaleString('zh-CN')} ${unit}（${shareOf(value, total)}）`;
      },
    },
    // Labels name each slice, so no legend competes for the card's width.
    series: [
      {
        type: 'pie',
        radius: ['35%', '60%'],
        center: ['50%', '52%'],
        minShowLabelAngle: 3,
        // Long category names (社区专职工作人员, English labels) break onto lines instead of being cut.
        label: { formatter: (p: unknown) => `${(p as { name: string }).name}\n${shareOf((p as { value: number }).value, total)}`, lineHeight: 16, width: 96, overflow: 'break' },
        data: slices.map((s) => ({ name: s.label, value: s.value })),
      },
    ],
  };
}

function barOption(slices: Slice[], total: number, unit: string, horizontal: boolean): ChartOption {
  const category = { type: 'category' as const, data: slices.map((s) => s.label), axisLabel: { interval: 0, hideOverlap: !horizontal } };
  const value = { type: 'value' as const, minInterval: 1, splitNumber: 4, axisLabel: { hideOverlap: true } };
  return {
    color: PALETTE,
    animationDuration: 400,
    grid: { left: 8, right: 36, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (p: unknown) => {
      const [first] = p as { name: string; value: number }[];
      return first ? `${first.name}<br/>${first.value.toLocaleString('zh-CN')} ${unit}（${shareOf(first.value, total)}）` : '';
    } },
    xAxis: horizontal ? value : category,
    // Horizontal bars read top-down in the canonical order of the code table.
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [{ type: 'bar', data: slices.map((s) => s.value), barMaxWidth: 36, label: { show: true, position: horizontal ? 'right' : 'top' } }],
  };
}

function DistributionChart({ node, dist }: { node: StatsNode; dist: Distribution }) {
  const { t, lang } = useI18n();
  const slices = slicesOf(node, dist.key, lang);
  const unit = t('stats.peopleUnit');
  const option = dist.chart === 'pie' ? pieOption(slices, node.total, unit) : barOption(slices, node.total, unit, dist.chart === 'hbar');
  const height = dist.chart === 'hbar' ? Math.max(220, slices.length * 30 + 40) : 260;
  return (
    <Card size="small" title={t(dist.title)} className="print-avoid-break" style={{ height: '100%' }}>
      <StatsChart option={option} height={height} label={`${t(dist.title)}：${slices.map((s) => `${s.label} ${s.value}`).join('，')}`} testId={`chart-${dist.key}`} />
    </Card>
  );
}

/** The nine breakdowns of a node; loaded lazily so ECharts stays out of every other page. */
export default function StatsDistributionCharts({ node }: { node: StatsNode }) {
  return (
    <Row gutter={[12, 12]}>
      {DISTRIBUTIONS.map((d) => (
        <Col key={d.key} xs={24} md={12} xl={8}>
          <DistributionChart node={node} dist={d} />
        </Col>
      ))}
    </Row>
  );
}
