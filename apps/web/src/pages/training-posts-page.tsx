import { useMemo, useState } from 'react';
import { Alert, Button, Card, Input, Segmented, Space, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useOrgUnit } from '../features/org/api/get-org-unit.ts';
import { usePostCoverage, type CoverageItem, type PostCoverage } from '../features/training/api/skills.ts';
import { SkillsCertifyModal } from '../features/training/components/skills-certify-modal.tsx';
import { SkillsCoverageTable } from '../features/training/components/skills-coverage-table.tsx';
import { formatCount, formatShare } from '../lib/format.ts';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { FigureCards } from '../components/figure-cards.tsx';

type Show = 'all' | 'full' | 'partial';

function Summary({ s }: { s: PostCoverage['summary'] | undefined }) {
  const { t } = useI18n();
  const cards = [
    { key: 'workers', title: t('skills.summaryWorkers'), value: formatCount(s?.workers) },
    { key: 'full', title: t('skills.summaryFull'), value: formatCount(s?.full), color: '#389e0d' },
    { key: 'rate', title: t('skills.summaryRate'), value: formatShare(s?.rate), hint: t('skills.summaryRateHint') },
  ];
  return <FigureCards figures={cards} testIdPrefix="coverage" span={{ xs: 12, md: 8, xl: 6 }} />;
}

/** 全岗通 (A6.2): which workers under the working unit can serve at every front-desk post, and the rate. */
export default function TrainingPostsPage() {
  const { t, errorText } = useI18n();
  const { orgCode, scopeName } = useCurrentOrg();
  const canWrite = hasPermission(useCurrentUser(), 'training:write');
  const org = useOrgUnit(orgCode || undefined);
  const coverage = usePostCoverage(orgCode);
  const [show, setShow] = useState<Show>('all');
  const [q, setQ] = useState('');
  // A fresh modal per opening (key), fixed to a row's worker or with a picker.
  const [dialog, setDialog] = useState<{ n: number; worker: CoverageItem | null } | null>(null);
  const openCertify = (worker: CoverageItem | null) => setDialog((d) => ({ n: (d?.n ?? 0) + 1, worker }));

  const items = useMemo(() => {
    const term = q.trim();
    return (coverage.data?.items ?? []).filter(
      (i) => (show === 'all' || (show === 'full') === i.full) && (!term || i.name.includes(term) || i.communityName.includes(term)),
    );
  }, [coverage.data, show, q]);
  const heldOf = (workerId: number) => coverage.data?.items.find((i) => i.workerId === workerId)?.posts.map((p) => p.post) ?? [];
  const orgName = orgCode ? (org.data?.name ?? orgCode) : scopeName || t('org.national');

  return (
    <Card
      size="small"
      title={
        <Space>
          <span>{t('skills.postsTitle')}</span>
          <Typography.Text type="secondary" data-testid="coverage-org">
            {orgName}
          </Typography.Text>
        </Space>
      }
      extra={
        canWrite && orgCode ? (
          <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => openCertify(null)} data-testid="certify-add">
            {t('skills.certify')}
          </Button>
        ) : null
      }
      data-testid="posts-page"
    >
      <Typography.Paragraph type="secondary">{t('skills.postsIntro')}</Typography.Paragraph>
      {!orgCode ? (
        <Alert type="info" showIcon title={t('skills.pickUnit')} />
      ) : (
        <>
          <Summary s={coverage.data?.summary} />
          <Space wrap style={{ marginBottom: 16 }}>
            <Segmented<Show>
              value={show}
              onChange={setShow}
              options={[
                { value: 'all', label: t('skills.showAll') },
                { value: 'full', label: t('skills.showFull') },
                { value: 'partial', label: t('skills.showPartial') },
              ]}
              data-testid="coverage-filter"
            />
            <Input.Search allowClear placeholder={t('skills.searchWorker')} aria-label={t('skills.searchWorker')} onSearch={setQ} onChange={(e) => !e.target.value && setQ('')} style={{ width: 240 }} />
          </Space>
          {coverage.isError ? <Alert type="error" showIcon title={errorText(coverage.error)} style={{ marginBottom: 16 }} /> : null}
          <SkillsCoverageTable posts={coverage.data?.posts ?? []} items={items} loading={coverage.isFetching} canWrite={canWrite} onCertify={openCertify} />
        </>
      )}
      {canWrite && dialog ? <SkillsCertifyModal key={dialog.n} org={orgCode} worker={dialog.worker} heldOf={heldOf} onClose={() => setDialog(null)} /> : null}
    </Card>
  );
}
