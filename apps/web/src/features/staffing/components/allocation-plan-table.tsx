import { InputNumber, Table, Typography, type TableColumnsType } from 'antd';
import type { AllocationPlan } from '@cwp/contracts/staffing.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { formatCount } from '../../../lib/format.ts';

type Row = AllocationPlan['communities'][number];

interface Props {
  plan: AllocationPlan | undefined;
  loading: boolean;
  /** Workload factors as typed (the plan may still be computing with the previous ones). */
  factors: Record<string, number>;
  onFactorChange: (code: string, factor: number | null) => void;
}

export const FACTOR_MIN = 0.5;
export const FACTOR_MAX = 3;

/** Current → suggested full-time staff per community (A3.2), with the workload factor to adjust each. */
export function AllocationPlanTable({ plan, loading, factors, onFactorChange }: Props) {
  const { t } = useI18n();
  const weightTitle = t(plan?.basis === 'urbanPopulation' ? 'allocation.basis.urbanPopulation' : plan?.basis === 'headcount' ? 'allocation.basis.headcount' : 'allocation.basis.households');
  const columns: TableColumnsType<Row> = [
    { title: t('allocation.community'), dataIndex: 'name', width: 200 },
    {
      title: weightTitle,
      dataIndex: 'weight',
      align: 'right',
      width: 120,
      render: (v: number | null) => (v === null ? <Typography.Text type="warning">{t('allocation.weightUnknown')}</Typography.Text> : formatCount(v)),
    },
    {
      title: t('allocation.workloadFactor'),
      key: 'factor',
      width: 130,
      render: (_, r) => (
        <InputNumber
          size="small"
          min={FACTOR_MIN}
          max={FACTOR_MAX}
          step={0.1}
          precision={2}
          value={factors[r.code] ?? r.workloadFactor}
          onChange={(v) => onFactorChange(r.code, typeof v === 'number' ? v : null)}
          aria-label={t('allocation.factorFor', { name: r.name })}
          style={{ width: 90 }}
        />
      ),
    },
    { title: t('allocation.current'), dataIndex: 'current', align: 'right', width: 90 },
    { title: t('allocation.suggested'), dataIndex: 'suggested', align: 'right', width: 90, render: (v: number) => <Typography.Text strong>{v}</Typography.Text> },
    {
      title: t('allocation.change'),
      dataIndex: 'change',
      align: 'right',
      width: 90,
      sorter: (a, b) => a.change - b.change,
      render: (v: number) =>
        v > 0 ? <Typography.Text type="success">+{v}</Typography.Text> : v < 0 ? <Typography.Text type="danger">{v}</Typography.Text> : <Typography.Text type="secondary">0</Typography.Text>,
    },
  ];
  const sum = (k: 'current' | 'suggested') => (plan?.communities ?? []).reduce((s, r) => s + r[k], 0);
  return (
    <div data-testid="allocation-plan-table">
      <Table<Row>
        rowKey="code"
        size="small"
        loading={loading}
        dataSource={plan?.communities ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 720 }}
        summary={() =>
          plan ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                <Typography.Text strong>{t('allocation.totalRow')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">{sum('current')}</Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">{sum('suggested')}</Table.Summary.Cell>
              <Table.Summary.Cell index={5} />
            </Table.Summary.Row>
          ) : null
        }
      />
    </div>
  );
}
