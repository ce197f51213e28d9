import { Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { StaffingNode } from '@cwp/contracts/staffing.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { compareNullable, formatCount, formatDecimal } from '../../../lib/format.ts';
import { GapText } from './staffing-figures.tsx';
import { StaffingFlagTags } from './staffing-flag-tags.tsx';
import { inheritanceText, ruleOf, ruleText, stepsText } from './staffing-text.ts';

interface Props {
  rows: StaffingNode[];
  loading: boolean;
  /** Drill down: make the clicked unit the working node. */
  onOpen: (code: string) => void;
}

/** The staffing line of every child unit; sort by gap to see the largest shortfalls first. */
export function StaffingChildrenTable({ rows, loading, onOpen }: Props) {
  const { t } = useI18n();
  const columns: TableColumnsType<StaffingNode> = [
    {
      title: t('stats.unit'),
      dataIndex: 'name',
      fixed: 'left',
      width: 140,
      render: (name: string, r) => (r.level === 'community' ? name : <Typography.Link onClick={() => onOpen(r.code)}>{name}</Typography.Link>),
    },
    {
      title: t('staffing.urbanPopulation'),
      dataIndex: 'urbanPopulation',
      align: 'right',
      width: 110,
      sorter: (a, b) => compareNullable(a.urbanPopulation, b.urbanPopulation),
      render: (v: number | null) => formatCount(v),
    },
    {
      title: t('staffing.rule'),
      key: 'rule',
      width: 180,
      render: (_, r) => {
        const rule = ruleOf(r);
        const text = ruleText(rule, t);
        const steps = stepsText(rule, t);
        return (
          <>
            <div>{steps ? <Tooltip title={steps}>{text}</Tooltip> : text}</div>
            {/* Rows do not name the ancestor a rule comes from (that would be a lookup per row); the summary card does. */}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.rule.inheritedFrom === '' || r.rule.inheritedFrom === r.code ? inheritanceText(r, t) : t('staffing.inherit.parent')}
            </Typography.Text>
          </>
        );
      },
    },
    {
      title: t('staffing.standardQuota'),
      dataIndex: 'standardQuota',
      align: 'right',
      width: 100,
      sorter: (a, b) => compareNullable(a.standardQuota, b.standardQuota),
      render: (v: number | null, r) => <Tooltip title={r.quotaFormula}>{formatCount(v)}</Tooltip>,
    },
    { title: t('staffing.ceiling'), dataIndex: 'ceiling', align: 'right', width: 100, render: (v: number | null) => formatCount(v) },
    {
      title: t('staffing.headcount'),
      dataIndex: 'headcount',
      align: 'right',
      width: 90,
      sorter: (a, b) => a.headcount - b.headcount,
      render: (v: number) => formatCount(v),
    },
    {
      // A17.3: seconded workers are on the books but not at work in the community.
      title: t('burden.effectiveHeadcount'),
      dataIndex: 'effectiveHeadcount',
      align: 'right',
      width: 90,
      sorter: (a, b) => a.effectiveHeadcount - b.effectiveHeadcount,
      render: (v: number, r) => <Tooltip title={t('burden.effectiveHint', { n: r.seconded })}>{r.seconded ? <Typography.Text type="warning">{formatCount(v)}</Typography.Text> : formatCount(v)}</Tooltip>,
    },
    {
      title: t('staffing.gap'),
      dataIndex: 'gap',
      align: 'right',
      width: 100,
      sorter: (a, b) => compareNullable(a.gap, b.gap),
      sortDirections: ['descend', 'ascend'],
      render: (v: number | null) => <GapText gap={v} />,
    },
    {
      title: t('staffing.per10k'),
      dataIndex: 'per10k',
      align: 'right',
      width: 100,
      sorter: (a, b) => compareNullable(a.per10k, b.per10k),
      render: (v: number | null) => formatDecimal(v, 2),
    },
    { title: t('staffing.flags'), key: 'flags', width: 260, render: (_, r) => <StaffingFlagTags flags={r.flags} /> },
  ];
  return (
    <div data-testid="staffing-children-table">
      <Table<StaffingNode> rowKey="code" size="small" loading={loading} dataSource={rows} columns={columns} scroll={{ x: 1180 }} pagination={false} />
    </div>
  );
}
