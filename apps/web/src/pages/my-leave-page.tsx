import { useState } from 'react';
import { Alert, Empty, Result, Skeleton, Space, Typography } from 'antd';
import type { Leave } from '@cwp/contracts/workflow.contract';
import { useCurrentUser } from '../features/auth/api/get-me.ts';
import { useWorkerLeave } from '../features/workflow/api/worker-leave.ts';
import { LeaveBalanceCard } from '../features/workflow/components/leave-balance-card.tsx';
import { OwnLeaveCard } from '../features/workflow/components/own-leave-card.tsx';
import { OwnLeaveForm } from '../features/workflow/components/own-leave-form.tsx';
import { ReturnModal } from '../features/workflow/components/return-modal.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { PhoneShell } from '../components/phone-shell.tsx';


/** 我的请假 (A9.2), phone-sized: the worker's annual-leave balance, asking for leave, following it, withdrawing it, 销假. */
export default function MyLeavePage() {
  const { t, errorText } = useI18n();
  const me = useCurrentUser();
  const own = me.role === 'worker' && me.workerId ? me.workerId : null;
  const leave = useWorkerLeave(own);
  const [returning, setReturning] = useState<Leave | null>(null);


  if (!own) {
    return (
      <PhoneShell title={t('menu.myLeave')}>
        <Result status="info" title={t('daily.myNotWorker')} />
      </PhoneShell>
    );
  }
  const list = leave.data ?? [];
  return (
    <PhoneShell title={t('menu.myLeave')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <LeaveBalanceCard workerId={own} />
        <OwnLeaveForm workerId={own} />
        <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
          {t('daily.myList', { n: list.length })}
        </Typography.Title>
        {leave.isPending ? <Skeleton active paragraph={{ rows: 4 }} /> : null}
        {leave.isError ? <Alert type="error" showIcon title={errorText(leave.error)} /> : null}
        {leave.data && !list.length ? <Empty description={t('daily.myNone')} /> : null}
        <div data-testid="own-leave-list" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
          {list.map((l) => (
            <OwnLeaveCard key={l.requestId} leave={l} onReturn={setReturning} />
          ))}
        </div>
      </Space>
      <ReturnModal leave={returning} onClose={() => setReturning(null)} phone />
    </PhoneShell>
  );
}
