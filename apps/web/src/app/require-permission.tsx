import type { ReactNode } from 'react';
import { Result } from 'antd';
import type { Permission } from '@cwp/contracts/auth.contract';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export function RequirePermission({ perm, children }: { perm: Permission; children: ReactNode }) {
  const me = useCurrentUser();
  const { t } = useI18n();
  if (!hasPermission(me, perm)) return <Result status="403" title={t('error.forbiddenTitle')} subTitle={t('error.forbidden')} />;
  return <>{children}</>;
}
