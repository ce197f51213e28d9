import { useMemo, useState } from 'react';
import { Alert, Card, Input, Space, Switch, Tag, Typography } from 'antd';
import { useOrgUnit } from '../features/org/api/get-org-unit.ts';
import { useCareerEligibility, type CareerEligibilityList } from '../features/incentives/api/career-eligibility.ts';
import { EligibilityTable } from '../features/incentives/components/eligibility-table.tsx';
import { ChooseUnitAlert } from '../features/incentives/components/incentives-text.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** The conditions as configured on the server, so the page never states a different rule than it applies. */
function PolicyNote({ policy }: { policy: CareerEligibilityList['policy'] | undefined }) {
  const { t } = useI18n();
  if (!policy) return null;
  const conditions = [
    t('incentives.policyYears', { n: policy.minContinuousYears }),
    t('incentives.policyTerm', { n: policy.secretaryTermYears }),
    t('incentives.policyExcellent', { within: policy.excellentWithinYears, n: policy.minExcellentYears }),
    ...(policy.noFailingYear ? [t('incentives.policyNoFailing')] : []),
  ];
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('incentives.policyTitle')}
      description={
        <Space orientation="vertical" size={4}>
          <Space size={[4, 8]} wrap data-testid="eligibility-policy">
            {conditions.map((c) => (
              <Tag key={c} color="blue">
                {c}
              </Tag>
            ))}
          </Space>
          <Typography.Text type="secondary">{t('incentives.policyHow')}</Typography.Text>
        </Space>
      }
    />
  );
}

/** 事业编资格 (A13.2): who under the working unit may be recruited into public-institution posts, and why. */
export default function IncentivesCareerEligibilityPage() {
  const { t, errorText } = useI18n();
  const { orgCode } = useCurrentOrg();
  const org = useOrgUnit(orgCode || undefined);
  const [eligibleOnly, setEligibleOnly] = useState(false);
  const [name, setName] = useState('');
  const list = useCareerEligibility({ org: orgCode, eligibleOnly });
  const items = useMemo(() => (list.data?.items ?? []).filter((i) => !name || i.name.includes(name)), [list.data, name]);
  const eligibleCount = list.data?.items.filter((i) => i.eligible).length;

  return (
    <Card
      size="small"
      title={
        <Space>
          <span>{t('incentives.eligibilityTitle')}</span>
          <Typography.Text type="secondary" data-testid="eligibility-org">
            {org.data?.name ?? orgCode}
          </Typography.Text>
        </Space>
      }
      data-testid="eligibility-page"
    >
      <Typography.Paragraph type="secondary">{t('incentives.eligibilityIntro')}</Typography.Paragraph>
      {orgCode.length >= 2 ? null : <ChooseUnitAlert />}
      <PolicyNote policy={list.data?.policy} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Space>
          <Switch checked={eligibleOnly} onChange={setEligibleOnly} aria-label={t('incentives.eligibleOnly')} data-testid="eligible-only" />
          <span>{t('incentives.eligibleOnly')}</span>
        </Space>
        <Input.Search allowClear placeholder={t('incentives.filterName')} aria-label={t('incentives.filterName')} onSearch={(v) => setName(v.trim())} style={{ width: 220 }} />
        {list.data && !eligibleOnly ? (
          <Typography.Text type="secondary" data-testid="eligibility-count">
            {t('incentives.eligibleCount', { n: eligibleCount ?? 0, total: list.data.items.length })}
          </Typography.Text>
        ) : null}
      </Space>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <EligibilityTable items={items} loading={list.isFetching} />
    </Card>
  );
}
