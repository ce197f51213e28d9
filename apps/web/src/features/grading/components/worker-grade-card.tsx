import { Alert, Card, Descriptions, List, Skeleton, Table, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useWorkerGrade } from '../api/get-worker-grade.ts';

const yuan = (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A4 / A12: grade and monthly pay with every number a clerk needs to check them by hand. */
export function WorkerGradeCard({ workerId }: { workerId: number }) {
  const { t, errorText } = useI18n();
  const q = useWorkerGrade(workerId);
  return (
    <Card size="small" title={t('grading.title')} data-testid="worker-grade">
      {q.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : q.isError ? (
        <Alert type="warning" showIcon title={errorText(q.error)} />
      ) : (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('grading.grade')}>
              <Typography.Text strong data-testid="worker-grade-value">
                {t('grading.gradeValue', { grade: q.data.grade })}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('grading.monthlyPay')}>
              <Typography.Text strong>{yuan(q.data.monthlyPay)}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('grading.employer')}>{yuan(q.data.employer.total)}</Descriptions.Item>
            <Descriptions.Item label={t('grading.pack')} span={3}>
              {q.data.packName}
            </Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey="name"
            pagination={false}
            dataSource={q.data.items}
            columns={[
              { title: t('grading.item'), dataIndex: 'name', width: 140 },
              { title: t('grading.amount'), dataIndex: 'amount', width: 110, align: 'right', render: (v: number) => yuan(v) },
              { title: t('grading.formula'), dataIndex: 'formula' },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('grading.explanation')}
          </Typography.Title>
          <List size="small" dataSource={q.data.explanation} renderItem={(line) => <List.Item>{line}</List.Item>} />
          {q.data.unverified.length ? (
            <Alert
              style={{ marginTop: 12 }}
              type="info"
              showIcon
              title={t('grading.unverified')}
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {q.data.unverified.map((u) => (
                    <li key={u.path}>{u.note}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
        </>
      )}
    </Card>
  );
}
