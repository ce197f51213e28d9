import type { HTMLAttributes } from 'react';
import { Table, Tag, Tooltip } from 'antd';
import type { Programme } from '@cwp/contracts/training.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useTrainingText } from './training-text.tsx';

interface Props {
  items: Programme[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (p: Programme) => void;
}

/** Programmes newest first (server order); a click on a row opens it. */
export function ProgrammeTable({ items, total, page, pageSize, loading, onPageChange, onOpen }: Props) {
  const { t } = useI18n();
  const text = useTrainingText();
  return (
    <Table<Programme>
      size="middle"
      rowKey="id"
      loading={loading}
      dataSource={items}
      scroll={{ x: 1100 }}
      onRow={(p) => ({ onClick: () => onOpen(p), style: { cursor: 'pointer' }, 'data-testid': `programme-row-${p.id}` }) as HTMLAttributes<HTMLElement>}
      pagination={{ current: page, pageSize, total, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (n) => t('common.totalN', { n }), onChange: onPageChange }}
      data-testid="programme-table"
      columns={[
        { title: t('training.name'), dataIndex: 'title', minWidth: 240 },
        { title: t('training.organiser'), dataIndex: 'organiserName', width: 140 },
        {
          title: t('training.tier'),
          dataIndex: 'tier',
          width: 170,
          render: (v: Programme['tier'], p) =>
            p.countyOrAbove ? (
              <Tooltip title={t('training.countyOrAboveHint')}>
                <Tag color="blue">{text.tier(v)}</Tag>
              </Tooltip>
            ) : (
              <Tag>{text.tier(v)}</Tag>
            ),
        },
        { title: t('training.kind'), dataIndex: 'kind', width: 100, render: (v: Programme['kind']) => text.kind(v) },
        { title: t('training.mode'), dataIndex: 'mode', width: 80, render: (v: Programme['mode']) => text.mode(v) },
        { title: t('training.dates'), key: 'dates', width: 210, render: (_: unknown, p) => `${p.startDate} ~ ${p.endDate}` },
        { title: t('training.hours'), dataIndex: 'hours', width: 70, align: 'right' },
        { title: t('training.enrolledCompleted'), key: 'counts', width: 120, align: 'right', render: (_: unknown, p) => `${p.enrolled} / ${p.completed}` },
      ]}
    />
  );
}
