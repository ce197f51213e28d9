import { useState } from 'react';
import { Alert, Button, Card, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSecondments } from '../features/burden/api/secondments.ts';
import { SecondmentModal } from '../features/burden/components/secondment-modal.tsx';
import { SecondmentTable } from '../features/burden/components/secondment-table.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** 借调管理 (A17.3): secondments under the header's unit; a street asks, the county social-work department approves in 审批待办. */
export default function BurdenSecondmentsPage() {
  const { t, errorText } = useI18n();
  const { orgCode } = useCurrentOrg();
  const [asking, setAsking] = useState(false);
  const list = useSecondments(orgCode);
  const hasUnit = orgCode.length >= 2;
  return (
    <Card
      size="small"
      title={t('burden.secondmentsTitle')}
      extra={hasUnit ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setAsking(true)} data-testid="secondment-new">{t('burden.newSecondment')}</Button> : null}
      data-testid="secondments-page"
    >
      <Typography.Paragraph type="secondary">{t('burden.secondmentsIntro')}</Typography.Paragraph>
      {hasUnit ? null : <Alert type="info" showIcon title={t('burden.chooseUnit')} style={{ marginBottom: 16 }} />}
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <SecondmentTable items={hasUnit ? (list.data ?? []) : []} loading={list.isFetching} canEnd />
      {hasUnit ? <SecondmentModal org={orgCode} open={asking} onClose={() => setAsking(false)} /> : null}
    </Card>
  );
}
