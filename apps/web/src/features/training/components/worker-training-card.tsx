import { Alert, Card, Descriptions, Empty, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { WorkerTraining } from '@cwp/contracts/training.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useWorkerTraining } from '../api/worker-training.ts';
import { ComplianceExplanation } from './compliance-table.tsx';
import { ComplianceStatusTag, useTrainingText } from './training-text.tsx';

type Taken = WorkerTraining['programmes'][number];

/** A8: where the worker stands on the yearly or three-yearly rule, and every programme they were enrolled in. */
export function WorkerTrainingCard({ workerId }: { workerId: number }) {
  const { t, errorText } = useI18n();
  const text = useTrainingText();
  const q = useWorkerTraining(workerId);

  const body = () => {
    if (q.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
    if (q.isError) return <Alert type="warning" showIcon title={errorText(q.error)} />;
    const { compliance: c, programmes, totalHours } = q.data;
    return (
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {c ? (
          <>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2, xl: 5 }}
              items={[
                { key: 'status', label: t('training.status'), children: <ComplianceStatusTag status={c.status} /> },
                { key: 'rule', label: t('training.rule'), children: text.rule(c.rule) },
                { key: 'last', label: t('training.lastTrained'), children: c.lastTrainedOn ?? t('training.never') },
                { key: 'due', label: t('training.dueBy'), children: c.dueBy },
                { key: 'hours', label: t('training.totalHours'), children: <span data-testid="training-total-hours">{t('training.totalHoursValue', { n: totalHours })}</span> },
              ]}
            />
            <ComplianceExplanation lines={c.explanation} />
          </>
        ) : (
          <Typography.Text type="secondary">
            {t('training.exited')}；{t('training.totalHours')}：{t('training.totalHoursValue', { n: totalHours })}
          </Typography.Text>
        )}
        <Typography.Text strong>{t('training.programmeList')}</Typography.Text>
        {programmes.length ? (
          <Table<Taken>
            size="small"
            rowKey="id"
            dataSource={programmes}
            pagination={programmes.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            scroll={{ x: 'max-content' }}
            data-testid="training-programmes"
            columns={[
              { title: t('training.name'), dataIndex: 'title' },
              { title: t('training.organiser'), dataIndex: 'organiserName' },
              { title: t('training.tier'), dataIndex: 'tier', render: (v: Taken['tier']) => text.tier(v) },
              { title: t('training.mode'), dataIndex: 'mode', render: (v: Taken['mode']) => text.mode(v) },
              { title: t('training.dates'), key: 'dates', render: (_: unknown, p) => `${p.startDate} ~ ${p.endDate}` },
              { title: t('training.hours'), dataIndex: 'hours', align: 'right' },
              { title: t('training.result'), dataIndex: 'result', render: (v: string | null) => text.result(v) },
              {
                title: t('training.completed'),
                dataIndex: 'completed',
                render: (done: boolean) => (done ? <Tag color="green">{t('training.completedYes')}</Tag> : <Tag>{t('training.completedNo')}</Tag>),
              },
            ]}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('training.noProgrammes')} />
        )}
      </Space>
    );
  };

  return (
    <Card size="small" title={t('training.cardTitle')} data-testid="worker-training">
      {body()}
    </Card>
  );
}
