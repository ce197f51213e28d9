import { Card, Col, Row, Statistic, Typography } from 'antd';

export interface Figure {
  key: string;
  title: string;
  value: string | number;
  color?: string;
  hint?: string;
}

/**
 * A row of headline figures above a list (training compliance, 全岗通 coverage, health checks): one card
 * each, value coloured by meaning, an optional line under it. `testIdPrefix` keeps E2E selectors stable.
 */
export function FigureCards({ figures, testIdPrefix, span }: { figures: Figure[]; testIdPrefix: string; span: { xs: number; md: number; xl: number } }) {
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {figures.map((c) => (
        <Col key={c.key} {...span}>
          <Card size="small" style={{ height: '100%' }}>
            <div data-testid={`${testIdPrefix}-${c.key}`}>
              <Statistic title={c.title} value={c.value} styles={{ content: { fontSize: 22, color: c.color } }} />
            </div>
            {c.hint ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.hint}
              </Typography.Text>
            ) : null}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
