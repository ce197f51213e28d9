import { Alert, Descriptions, List, Table, Typography } from 'antd';
import type { GradeResult } from '@cwp/contracts/grading.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';

export const yuan = (n: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Grade, pay items with their formulas, the explanation lines and the pack's unverified numbers. */
export function GradeResultView({ result }: { result: GradeResult }) {
  const { t } = useI18n();
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('grading.grade')}>
          <Typography.Text strong data-testid="grade-value">
            {t('grading.gradeValue', { grade: result.grade })}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('grading.monthlyPay')}>
          <Typography.Text strong data-testid="grade-pay">
            {yuan(result.monthlyPay)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('grading.employer')}>{yuan(result.employer.total)}</Descriptions.Item>
        <Descriptions.Item label={t('grading.pack')} span={3}>
          {result.packName}
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="name"
        pagination={false}
        dataSource={result.items}
        columns={[
          { title: t('grading.item'), dataIndex: 'name', width: 140 },
          { title: t('grading.amount'), dataIndex: 'amount', width: 110, align: 'right', render: (v: number) => yuan(v) },
          { title: t('grading.formula'), dataIndex: 'formula' },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('grading.explanation')}
      </Typography.Title>
      <List size="small" dataSource={result.explanation} renderItem={(line) => <List.Item>{line}</List.Item>} />
      {result.unverified.length ? (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          showIcon
          title={t('grading.unverified')}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {result.unverified.map((u) => (
                <li key={u.path}>{u.note}</li>
              ))}
            </ul>
          }
        />
      ) : null}
    </>
  );
}
