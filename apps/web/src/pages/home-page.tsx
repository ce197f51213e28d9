import { Alert, Badge, Button, Card, Col, Empty, List, Row, Skeleton, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { FigureCards, type Figure } from '../components/figure-cards.tsx';
import { useHome } from '../features/home/api/home.ts';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/messages-zh.ts';

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

/** 工作台 (ui-map.md): what waits for this user at the header's unit — each row opens the list behind it — and its key numbers. */
export default function HomePage() {
  const { t, errorText } = useI18n();
  const navigate = useNavigate();
  const { orgCode } = useCurrentOrg();
  const home = useHome(orgCode);

  if (home.isError) return <Alert type="error" showIcon message={errorText(home.error)} />;
  if (!home.data) return <Skeleton active />;
  const { todos, figures, skipped, node } = home.data;
  const cards: Figure[] = figures
    ? [
        { key: 'total', title: t('home.total'), value: figures.total },
        { key: 'communities', title: t('home.communities'), value: figures.communities },
        { key: 'averageAge', title: t('home.averageAge'), value: figures.averageAge === null ? '—' : figures.averageAge.toFixed(1) },
        { key: 'under35', title: t('home.under35'), value: pct(figures.under35Share) },
        { key: 'certified', title: t('home.certified'), value: pct(figures.certifiedShare) },
      ]
    : [];

  return (
    <Row gutter={[16, 16]} data-testid="home-page">
      <Col xs={24} xl={figures ? 12 : 24}>
        <Card size="small" title={`${t('home.todos')}${node.name ? ` · ${node.name}` : ''}`}>
          {todos.length === 0 ? (
            <Empty description={t('home.noTodos')} data-testid="home-no-todos" />
          ) : (
            <List
              dataSource={todos}
              renderItem={(item) => (
                <List.Item
                  data-testid={`home-todo-${item.key}`}
                  actions={[
                    <Button key="open" type="link" onClick={() => navigate(item.link)} icon={<RightOutlined />} iconPosition="end">
                      {t('home.open')}
                    </Button>,
                  ]}
                >
                  <span style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
                    <Badge count={item.count} overflowCount={9999} showZero color={item.urgent ? '#cf1322' : '#1d5fb4'} />
                    <Typography.Text strong={item.urgent}>{t(`home.todo.${item.key}` as MessageKey)}</Typography.Text>
                  </span>
                </List.Item>
              )}
            />
          )}
          {skipped.includes('trainingOverdue') ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
              {t('home.skipped')}
            </Typography.Paragraph>
          ) : null}
        </Card>
      </Col>
      {figures ? (
        <Col xs={24} xl={12}>
          <Card size="small" title={t('home.figures')}>
            <FigureCards figures={cards} testIdPrefix="home-figure" span={{ xs: 12, md: 8, xl: 8 }} />
          </Card>
        </Col>
      ) : null}
    </Row>
  );
}
