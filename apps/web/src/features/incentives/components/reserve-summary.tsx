import { Card, Col, Row, Space, Statistic, Tag, Typography } from 'antd';
import type { RESERVE_SOURCES } from '@cwp/contracts/incentives.contract';
import { formatCount, formatShare } from '../../../lib/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { ReserveList } from '../api/reserve.ts';
import { useIncentivesText } from './incentives-text.tsx';

/** A2.2 asks that the reserve come mostly from full-time staff: the share is shown beside the total. */
export function ReserveSummary({ summary }: { summary: ReserveList['summary'] | undefined }) {
  const { t } = useI18n();
  const text = useIncentivesText();
  const share = summary && summary.total ? summary.fromStaff / summary.total : null;
  const sources = Object.entries(summary?.bySource ?? {}).sort((a, b) => b[1] - a[1]);
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={12} md={6}>
        <Card size="small" style={{ height: '100%' }}>
          <div data-testid="reserve-total">
            <Statistic title={t('incentives.summaryTotal')} value={formatCount(summary?.total)} styles={{ content: { fontSize: 22 } }} />
          </div>
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small" style={{ height: '100%' }}>
          <div data-testid="reserve-from-staff">
            <Statistic title={t('incentives.summaryFromStaff')} value={formatShare(share)} styles={{ content: { fontSize: 22, color: '#1d5fb4' } }} />
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('incentives.summaryFromStaffHint', { n: formatCount(summary?.fromStaff) })}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={24} md={12}>
        <Card size="small" style={{ height: '100%' }} data-testid="reserve-by-source">
          <Typography.Text type="secondary">{t('incentives.summaryBySource')}</Typography.Text>
          <div style={{ marginTop: 8 }}>
            {sources.length ? (
              <Space size={[4, 8]} wrap>
                {sources.map(([source, n]) => (
                  <Tag key={source}>
                    {text.source(source as (typeof RESERVE_SOURCES)[number])} {n}
                  </Tag>
                ))}
              </Space>
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            )}
          </div>
        </Card>
      </Col>
    </Row>
  );
}
