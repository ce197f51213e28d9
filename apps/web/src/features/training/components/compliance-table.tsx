import { Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { ComplianceItem } from '@cwp/contracts/training.contract';
import { useEnumText } from '../../../i18n/enum-labels.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { ComplianceStatusTag, useTrainingText } from './training-text.tsx';

interface Props {
  items: ComplianceItem[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

/** Explanation lines as the domain wrote them, so a clerk can check the judgement by hand. */
export function ComplianceExplanation({ lines }: { lines: string[] }) {
  const { t } = useI18n();
  return (
    <div data-testid="compliance-explanation">
      <Typography.Text type="secondary">{t('training.explanation')}</Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
        {lines.map((l) => (
          <li key={l}>
            <Typography.Text>{l}</Typography.Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Workers judged against A8.2/A8.3, most urgent first (server order); the explanation opens under a row. */
export function ComplianceTable({ items, total, page, pageSize, loading, onPageChange }: Props) {
  const { t } = useI18n();
  const et = useEnumText();
  const text = useTrainingText();
  return (
    <Table<ComplianceItem>
      size="middle"
      rowKey="workerId"
      loading={loading}
      dataSource={items}
      scroll={{ x: 'max-content' }}
      expandable={{ expandedRowRender: (r) => <ComplianceExplanation lines={r.explanation} /> }}
      pagination={{ current: page, pageSize, total, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (n) => t('common.totalN', { n }), onChange: onPageChange }}
      data-testid="compliance-table"
      columns={[
        { title: t('training.workerName'), dataIndex: 'name', fixed: 'left', width: 100, render: (name: string, r) => <Link to={`/workers/${r.workerId}`}>{name}</Link> },
        { title: t('training.community'), dataIndex: 'communityName', width: 200 },
        {
          title: t('training.positions'),
          dataIndex: 'positions',
          width: 220,
          render: (ps: string[]) => (
            <Space size={[0, 4]} wrap>
              {ps.map((p) => (
                <Tag key={p}>{et(p)}</Tag>
              ))}
            </Space>
          ),
        },
        { title: t('training.rule'), dataIndex: 'rule', width: 200, render: (v: ComplianceItem['rule']) => text.rule(v) },
        {
          title: t('training.lastTrained'),
          dataIndex: 'lastTrainedOn',
          width: 120,
          render: (v: string | null) => v ?? <Typography.Text type="secondary">{t('training.never')}</Typography.Text>,
        },
        { title: t('training.dueBy'), dataIndex: 'dueBy', width: 120 },
        { title: t('training.status'), dataIndex: 'status', width: 100, fixed: 'right', render: (s: ComplianceItem['status']) => <ComplianceStatusTag status={s} /> },
      ]}
    />
  );
}
