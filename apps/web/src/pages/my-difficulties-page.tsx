import { Alert, Empty, Result, Skeleton, Space, Typography } from 'antd';
import { useCurrentUser } from '../features/auth/api/get-me.ts';
import { useWorkerIncentives } from '../features/incentives/api/worker-incentives.ts';
import { OwnDifficultyCard } from '../features/incentives/components/own-difficulty-card.tsx';
import { OwnDifficultyForm } from '../features/incentives/components/own-difficulty-form.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { PhoneShell } from '../components/phone-shell.tsx';


/** 我的困难诉求 (A14.1), phone-sized: the worker raises difficulties, reads the street's answers and closes them. */
export default function MyDifficultiesPage() {
  const { t, errorText } = useI18n();
  const me = useCurrentUser();
  const own = me.role === 'worker' && me.workerId ? me.workerId : null;
  const record = useWorkerIncentives(own);


  if (!own) {
    return (
      <PhoneShell title={t('menu.myDifficulties')}>
        <Result status="info" title={t('care.myNotWorker')} />
      </PhoneShell>
    );
  }
  const list = record.data?.difficulties ?? [];
  return (
    <PhoneShell title={t('menu.myDifficulties')}>
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
    </PhoneShell>
  );
}
