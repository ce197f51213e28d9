import { useState } from 'react';
import { Button, Card, Descriptions, Empty, Statistic, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { OrgUnitDetail, PopulationFact } from '@cwp/contracts/org.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { formatDateTime } from '../../../lib/dates.ts';
import { usePopulationHistory } from '../api/get-population-history.ts';
import { RecordPopulationModal } from './record-population-modal.tsx';

const fmt = (n: number | null) => (n === null ? '—' : n.toLocaleString('zh-CN'));

export function PopulationCard({ unit, canWrite }: { unit: OrgUnitDetail; canWrite: boolean }) {
  const { t } = useI18n();
  const history = usePopulationHistory(unit.code);
  const [open, setOpen] = useState(false);
  const latest = unit.population ?? history.data?.[0] ?? null;

  return (
    <Card
      title={t('org.population')}
      extra={
        canWrite ? (
          <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('org.recordPopulation')}
          </Button>
        ) : null
      }
    >
      {latest ? (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('org.popYear')}>{latest.year}</Descriptions.Item>
            <Descriptions.Item label={t('org.popSource')}>
              <span data-testid="population-source">{latest.source}</span>
            </Descriptions.Item>
          </Descriptions>
          <div style={{ display: 'flex', gap: 48, flexWrap: 'wrap', margin: '8px 0 16px' }}>
            <Statistic title={t('org.popTotal')} value={fmt(latest.totalPopulation)} />
            <Statistic title={t('org.popUrban')} value={fmt(latest.urbanPopulation)} />
            <Statistic title={t('org.popHouseholds')} value={fmt(latest.households)} />
          </div>
        </>
      ) : (
        <Empty description={t('org.noPopulation')} />
      )}
      <Typography.Title level={5}>{t('org.popHistory')}</Typography.Title>
      <Table<PopulationFact>
        size="small"
        rowKey="id"
        loading={history.isPending}
        dataSource={history.data ?? []}
        pagination={false}
        columns={[
          { title: t('org.popYear'), dataIndex: 'year', width: 80 },
          { title: t('org.popTotal'), dataIndex: 'totalPopulation', render: fmt, align: 'right' },
          { title: t('org.popUrban'), dataIndex: 'urbanPopulation', render: fmt, align: 'right' },
          { title: t('org.popHouseholds'), dataIndex: 'households', render: fmt, align: 'right' },
          { title: t('org.popSource'), dataIndex: 'source' },
          { title: t('org.popRecordedBy'), dataIndex: 'recordedBy', render: (v: string | null) => v ?? '—' },
          { title: t('org.popRecordedAt'), dataIndex: 'recordedAt', render: (v: string) => formatDateTime(v) },
        ]}
      />
      <RecordPopulationModal code={unit.code} name={unit.name} open={open} onClose={() => setOpen(false)} />
    </Card>
  );
}
