import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { StatsNode } from '@cwp/contracts/stats.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { INDICATORS, indicatorText } from './stats-labels.ts';

/** The eight headline figures of a node (A16.1). */
export function StatsKpiCards({ node }: { node: StatsNode }) {
  const { t } = useI18n();
  return (
    <Row gutter={[12, 12]} className="print-avoid-break">
      {INDICATORS.map((ind) => (
        <Col key={ind.key} xs={12} md={6} xl={3}>
          <Card size="small" style={{ height: '100%' }}>
            <div data-testid={`kpi-${ind.key}`}>
              <Statistic
                title={t(ind.label)}
                value={indicatorText(node, ind)}
                suffix={ind.format === 'age' && node.averageAge !== null ? t('stats.ageUnit') : undefined}
                styles={{ content: { fontSize: 22 } }}
              />
            </div>
            {ind.key === 'oneShoulderShare' ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('stats.oneShoulderOf', { n: node.oneShoulderCommunities, m: node.communities })}
              </Typography.Text>
            ) : null}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
