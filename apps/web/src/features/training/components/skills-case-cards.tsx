import { useState } from 'react';
import { Card, Col, Empty, Pagination, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { WorkCase } from '../api/skills.ts';
import { SkillsCaseStatusTag } from './skills-case-status.tsx';
import { TopicTags } from './trainer-topics.tsx';

const PAGE_SIZE = 12;

/** The case library as cards: a case is chosen by its method and summary, which a table row would cut short. */
export function SkillsCaseCards({ items, loading }: { items: WorkCase[]; loading: boolean }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  // A narrower search leaves fewer pages: stay on the last one that exists.
  const current = Math.min(page, Math.max(1, Math.ceil(items.length / PAGE_SIZE)));
  if (loading && !items.length) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (!items.length) return <Empty description={t('skills.casesEmpty')} />;
  return (
    <>
      <Row gutter={[16, 16]} data-testid="case-cards">
        {items.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE).map((c) => (
          <Col key={c.id} xs={24} md={12} xl={8}>
            <Card size="small" style={{ height: '100%' }} data-testid={`case-card-${c.id}`}>
              <Space orientation="vertical" size={6} style={{ width: '100%' }}>
                <Space size={4} wrap>
                  <Tag color="gold">{c.methodName}</Tag>
                  {c.status === 'draft' ? <SkillsCaseStatusTag status={c.status} /> : null}
                </Space>
                <Typography.Title level={5} style={{ margin: 0 }}>
                  <Link to={`/training/cases/${c.id}`}>{c.title}</Link>
                </Typography.Title>
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }} style={{ marginBottom: 0 }}>
                  {c.summary}
                </Typography.Paragraph>
                <TopicTags topics={c.topics} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[c.orgName, c.authorName ? t('skills.byAuthor', { name: c.authorName }) : null, c.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ')}
                </Typography.Text>
              </Space>
            </Card>
          </Col>
        ))}
      </Row>
      {items.length > PAGE_SIZE ? (
        <Pagination style={{ marginTop: 16, textAlign: 'right' }} current={current} pageSize={PAGE_SIZE} total={items.length} onChange={setPage} showSizeChanger={false} showTotal={(n) => t('common.totalN', { n })} />
      ) : null}
    </>
  );
}
