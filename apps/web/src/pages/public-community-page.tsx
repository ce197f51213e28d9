import { useEffect, type ReactNode } from 'react';
import { Card, Empty, List, Result, Skeleton, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';
import { PublicPhoneFrame } from '../components/public-phone-frame.tsx';
import { ApiError } from '../lib/api-client.ts';
import { usePublicCommunity } from '../features/supervision/api/community-disclosure.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

function Phone({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return <PublicPhoneFrame title={t('pub.title')}>{children}</PublicPhoneFrame>;
}

/**
 * 服务承诺与职责公开 (A11.2), public: no login and no session calls. The community's commitments in force and
 * each worker's name, post and duty — the server sends nothing else.
 */
export default function PublicCommunityPage() {
  const code = useParams().code ?? '';
  const { t } = useI18n();
  const page = usePublicCommunity(code);

  useEffect(() => {
    const before = document.title;
    document.title = page.data ? `${page.data.communityName} · ${t('pub.title')}` : t('pub.title');
    return () => {
      document.title = before;
    };
  }, [t, page.data]);

  const invalid = !/^\d{12}$/.test(code) || (page.error instanceof ApiError && (page.error.status === 404 || page.error.status === 400));
  if (invalid || page.isError) {
    return (
      <Phone>
        <Card>
          <Result status="warning" title={t('pub.invalidTitle')} subTitle={invalid ? t('pub.invalid') : String(page.error?.message ?? '')} />
        </Card>
      </Phone>
    );
  }
  if (page.isPending) {
    return (
      <Phone>
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </Phone>
    );
  }
  const p = page.data;
  return (
    <Phone>
      <Card style={{ marginBottom: 12 }} data-testid="public-community">
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="public-community-name">
          {p.communityName}
        </Typography.Title>
        <Typography.Text type="secondary">{p.streetName}</Typography.Text>
      </Card>
      <Card title={t('pub.commitments')} size="small" style={{ marginBottom: 12 }}>
        {p.commitments.length ? (
          <List
            dataSource={p.commitments}
            data-testid="public-commitments"
            renderItem={(c) => (
              <List.Item>
                <div>
                  <CheckCircleOutlined style={{ color: '#1d5fb4', marginRight: 8 }} />
                  {c.content}
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('pub.since', { date: c.effectiveFrom })}
                    </Typography.Text>
                  </div>
                </div>
              </List.Item>
            )}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        )}
      </Card>
      <Card title={t('pub.workers')} size="small" style={{ marginBottom: 12 }}>
        <List
          dataSource={p.workers}
          data-testid="public-workers"
          renderItem={(w) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <span>
                    {w.name}
                    <Typography.Text type="secondary" style={{ marginLeft: 8, fontWeight: 'normal' }}>
                      {w.post}
                    </Typography.Text>
                  </span>
                }
                description={w.duty}
              />
            </List.Item>
          )}
        />
      </Card>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
        {t('pub.footer')}
      </Typography.Paragraph>
    </Phone>
  );
}
