import { Table, Typography, type TableColumnsType } from 'antd';
import type { StatsNode } from '@cwp/contracts/stats.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { compareNullable } from '../../../lib/format.ts';
import { INDICATORS, indicatorText } from './stats-labels.ts';

interface Props {
  rows: StatsNode[];
  loading: boolean;
  /** Drill down: make the clicked unit the working node. */
  onOpen: (code: string) => void;
}

/** The same key figures for every child unit, sortable, the name opening the child. */
export function StatsChildrenTable({ rows, loading, onOpen }: Props) {
  const { t } = useI18n();
  const columns: TableColumnsType<StatsNode> = [
    {
      title: t('stats.unit'),
      dataIndex: 'name',
      fixed: 'left',
      width: 180,
      render: (name: string, r) =>
        // A community has no children: its name is not a drill-down link.
        r.level === 'community' ? name : <Typography.Link onClick={() => onOpen(r.code)}>{name}</Typography.Link>,
    },
    ...INDICATORS.map((ind) => ({
      title: t(ind.label),
      key: ind.key,
      align: 'right' as const,
      width: ind.format === 'share' ? 110 : 90,
      sorter: (a: StatsNode, b: StatsNode) => compareNullable(a[ind.key], b[ind.key]),
      render: (_: unknown, r: StatsNode) => indicatorText(r, ind),
    })),
  ];
  // No paging: a node has at most a few dozen children, and a printed table must show them all.
  return (
    <div data-testid="stats-children-table">
      <Table<StatsNode> rowKey="code" size="small" loading={loading} dataSource={rows} columns={columns} scroll={{ x: 1000 }} pagination={false} />
    </div>
  );
}
