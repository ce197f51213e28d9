import { useEffect, type ReactNode } from 'react';
import { Alert, Button, Empty, Result, Segmented, Skeleton, Space, Typography } from 'antd';
import { IdcardOutlined, LogoutOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../features/auth/api/get-me.ts';
import { useLogout } from '../features/auth/api/logout.ts';
import { useWorkerIncentives } from '../features/incentives/api/worker-incentives.ts';
import { OwnDifficultyCard } from '../features/incentives/components/own-difficulty-card.tsx';
import { OwnDifficultyForm } from '../features/incentives/components/own-difficulty-form.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** A phone-sized column with its own small header: the app's desktop menu is not shown on these pages. */
function Phone({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <div style={{ minHeight: '100vh', background: '#eef3fa', padding: '12px 12px 32px' }}>
      <div style={{ maxWidth: 480, margin: '0 auto' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 4 }}>
          <Typography.Title level={4} style={{ margin: 0, color: '#1d5fb4' }} data-testid="my-title">
            {t('menu.myDifficulties')}
          </Typography.Title>
          <Segmented
            aria-label={t('header.language')}
            value={lang}
            onChange={(v) => setLang(v as 'zh' | 'en')}
            options={[
              { value: 'zh', label: '中文' },
              { value: 'en', label: 'EN' },
            ]}
          />
        </div>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 12 }}>
          <Typography.Text type="secondary">{me.displayName}</Typography.Text>
          <Space size={0}>
            {me.workerId ? (
              <Button type="link" icon={<IdcardOutlined />} onClick={() => navigate(`/workers/${me.workerId}`)} style={{ height: 44 }}>
                {t('menu.myRecord')}
              </Button>
            ) : null}
            <Button
              type="link"
              icon={<LogoutOutlined />}
              onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
              style={{ height: 44 }}
              data-testid="my-logout"
            >
              {t('header.logout')}
            </Button>
          </Space>
        </div>
        {children}
      </div>
    </div>
  );
}

/** 我的困难诉求 (A14.1), phone-sized: the worker raises difficulties, reads the street's answers and closes them. */
export default function MyDifficultiesPage() {
  const { t, errorText } = useI18n();
  const me = useCurrentUser();
  const own = me.role === 'worker' && me.workerId ? me.workerId : null;
  const record = useWorkerIncentives(own);

  useEffect(() => {
    const before = document.title;
    document.title = t('menu.myDifficulties');
    return () => {
      document.title = before;
    };
  }, [t]);

  if (!own) {
    return (
      <Phone>
        <Result status="info" title={t('care.myNotWorker')} />
      </Phone>
    );
  }
  const list = record.data?.difficulties ?? [];
  return (
    <Phone>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 15 }}>
          {t('care.myIntro')}
        </Typography.Paragraph>
        <OwnDifficultyForm workerId={own} />
        <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
          {t('care.myList', { n: list.length })}
        </Typography.Title>
        {record.isPending ? <Skeleton active paragraph={{ rows: 4 }} /> : null}
        {record.isError ? <Alert type="error" showIcon title={errorText(record.error)} /> : null}
        {record.data && !list.length ? <Empty description={t('care.myNone')} /> : null}
        <div data-testid="own-difficulties" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
          {list.map((d) => (
            <OwnDifficultyCard key={d.id} d={d} />
          ))}
        </div>
      </Space>
    </Phone>
  );
}
