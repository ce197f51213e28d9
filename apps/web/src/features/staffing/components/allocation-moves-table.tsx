import { Button, Table, Typography } from 'antd';
import { SwapRightOutlined } from '@ant-design/icons';
import type { AllocationPlan } from '@cwp/contracts/staffing.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';

export type AllocationMove = AllocationPlan['moves'][number];

interface Props {
  moves: AllocationMove[];
  loading: boolean;
  /** Absent when the user may not transfer workers: the list is then advice only. */
  onExecute?: (move: AllocationMove) => void;
}

/** The fewest transfers that turn the current distribution into the suggested one. */
export function AllocationMovesTable({ moves, loading, onExecute }: Props) {
  const { t } = useI18n();
  return (
    <div data-testid="allocation-moves">
      <Table<AllocationMove>
        rowKey={(m) => `${m.from}-${m.to}`}
        size="small"
        loading={loading}
        dataSource={moves}
        pagination={false}
        locale={{ emptyText: t('allocation.noMoves') }}
        columns={[
          {
            title: t('allocation.move'),
            key: 'move',
            render: (_, m) => (
              <span>
                {m.fromName} <SwapRightOutlined /> {m.toName}
              </span>
            ),
          },
          { title: t('allocation.moveCount'), dataIndex: 'count', align: 'right', width: 90, render: (n: number) => <Typography.Text strong>{n}</Typography.Text> },
          ...(onExecute
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 120,
                  render: (_: unknown, m: AllocationMove) => (
                    <Button size="small" type="primary" onClick={() => onExecute(m)}>
                      {t('allocation.execute')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
