import { Alert, Card, Typography } from 'antd';
import { PageSpin } from '../app/page-spin.tsx';
import { SecurityPolicyForm } from '../features/security-policy/components/security-policy-form.tsx';
import { useSecurityPolicy } from '../features/security-policy/api/security-policy.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { formatDateTime } from '../lib/dates.ts';

/** 系统管理 → 安全策略: the security administrator's password, lockout and session policy (三员分立, issue 8). */
export default function AdminSecurityPolicyPage() {
  const { t, errorText } = useI18n();
  const policy = useSecurityPolicy();
  if (policy.isPending) return <PageSpin />;
  if (policy.isError) return <Alert type="error" showIcon title={errorText(policy.error)} />;
  const p = policy.data;
  return (
    <Card title={t('policy.title')}>
      <Typography.Paragraph type="secondary">{t('policy.intro')}</Typography.Paragraph>
      <Alert
        type={p.source === 'saved' ? 'info' : 'warning'}
        showIcon
        data-testid="security-policy-source"
        title={p.source === 'saved' ? t('policy.savedBy', { name: p.updatedBy ?? '—', at: formatDateTime(p.updatedAt) }) : t('policy.fromDefaults')}
        style={{ marginBottom: 8 }}
      />
      <SecurityPolicyForm policy={p} onReload={() => void policy.refetch()} />
    </Card>
  );
}
