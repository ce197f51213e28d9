import { useMemo, useState } from 'react';
import { Alert, Button, Card, Segmented, Space, Typography } from 'antd';
import { UsergroupAddOutlined } from '@ant-design/icons';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useOrgUnit } from '../features/org/api/get-org-unit.ts';
import { useMentorships, type Mentorship } from '../features/training/api/skills.ts';
import { SkillsMentorshipEvaluateModal } from '../features/training/components/skills-mentorship-evaluate-modal.tsx';
import { SkillsMentorshipModal } from '../features/training/components/skills-mentorship-modal.tsx';
import { SkillsMentorshipTable } from '../features/training/components/skills-mentorship-table.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

type Show = 'active' | 'all';

/** 导师帮带 (A6.2): mentor–mentee pairs of the working unit's workers; running pairs first. */
export default function TrainingMentorsPage() {
  const { t, errorText } = useI18n();
  const { orgCode, scopeName } = useCurrentOrg();
  const canWrite = hasPermission(useCurrentUser(), 'training:write');
  const org = useOrgUnit(orgCode || undefined);
  const list = useMentorships(orgCode);
  const [show, setShow] = useState<Show>('all');
  // Each opening mounts a fresh modal (key), so its form starts clean.
  const [dialog, setDialog] = useState<{ n: number; evaluate: Mentorship | null } | null>(null);
  const open = (evaluate: Mentorship | null) => setDialog((d) => ({ n: (d?.n ?? 0) + 1, evaluate }));

  const items = useMemo(() => {
    const all = list.data ?? [];
    const shown = show === 'active' ? all.filter((m) => m.active) : all;
    return [...shown].sort((a, b) => Number(b.active) - Number(a.active) || b.startOn.localeCompare(a.startOn));
  }, [list.data, show]);
  const orgName = orgCode ? (org.data?.name ?? orgCode) : scopeName || t('org.national');

  return (
    <Card
      size="small"
      title={
        <Space>
          <span>{t('skills.mentorsTitle')}</span>
          <Typography.Text type="secondary">{orgName}</Typography.Text>
        </Space>
      }
      extra={
        canWrite && orgCode ? (
          <Button type="primary" icon={<UsergroupAddOutlined />} onClick={() => open(null)} data-testid="mentorship-add">
            {t('skills.pairTitle')}
          </Button>
        ) : null
      }
      data-testid="mentors-page"
    >
      <Typography.Paragraph type="secondary">{t('skills.mentorsIntro')}</Typography.Paragraph>
      {!orgCode ? (
        <Alert type="info" showIcon title={t('skills.pickUnit')} />
      ) : (
        <>
          <Segmented<Show>
            value={show}
            onChange={setShow}
            options={[
              { value: 'all', label: t('skills.showAllPairs') },
              { value: 'active', label: t('skills.pairActive') },
            ]}
            style={{ marginBottom: 16 }}
          />
          {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
          <SkillsMentorshipTable items={items} loading={list.isFetching} canWrite={canWrite} onEvaluate={open} />
        </>
      )}
      {canWrite && dialog ? (
        dialog.evaluate ? (
          <SkillsMentorshipEvaluateModal key={dialog.n} mentorship={dialog.evaluate} onClose={() => setDialog(null)} />
        ) : (
          <SkillsMentorshipModal key={dialog.n} org={orgCode} onClose={() => setDialog(null)} />
        )
      ) : null}
    </Card>
  );
}
