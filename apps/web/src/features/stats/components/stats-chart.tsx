import ReactEChartsCore from 'echarts-for-react/esm/core';
import { echarts, type ChartOption } from './echarts-core.ts';

interface Props {
  option: ChartOption;
  /** Read out by screen readers in place of the canvas. */
  label: string;
  height?: number;
  testId?: string;
}

export function StatsChart({ option, label, height = 260, testId }: Props) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height, width: '100%' }}
      role="img"
      aria-label={label}
      data-testid={testId}
    />
  );
}
