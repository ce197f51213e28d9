import { Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useCompliance } from '../api/compliance.ts';

/** Training compliance (A8.2, A8.3) of the dashboard's node, linking to the overdue list. */
export function ComplianceKpiCard({ org }: { org: string }) {
  const { t } = useI18n();
  const q = useCompliance({ org, page: 1, pageSize: 1 });
  const s = q.data?.summary;
  if (q.isError || (s && s.workers === 0)) return null;
  return (
    <Card size="small" loading={q.isPending} title={t('training.kpiTitle')} extra={<Link to={`/training/compliance?org=${org}`}>{t('training.kpiOpen')}</Link>} data-testid="kpi-training">
      {s ? (
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <Statistic title={t('training.summaryRate')} value={s.rate === null ? '—' : `${(s.rate * 100).toFixed(1)}%`} styles={{ content: { fontSize: 22 } }} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('training.summaryOverdue')} value={s.overdue} styles={{ content: { fontSize: 22, color: s.overdue ? '#cf1322' : undefined } }} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('training.summaryDue')} value={s.due} styles={{ content: { fontSize: 22 } }} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('training.summaryKeyRole')} value={`${s.keyRoleOk} / ${s.keyRoleWorkers}`} styles={{ content: { fontSize: 22 } }} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('training.summaryKeyRoleHint')}
            </Typography.Text>
          </Col>
        </Row>
      ) : null}
    </Card>
  );
}
