import { useMemo, useState } from 'react';
import { Alert, Button, Card, Input, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { COMPETITION_LEVELS } from '@cwp/contracts/skills.contract';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { OrgTreeSelect } from '../features/org/components/org-tree-select.tsx';
import { useCompetitions, type Competition } from '../features/training/api/skills.ts';
import { SkillsCompetitionAwardsModal } from '../features/training/components/skills-competition-awards-modal.tsx';
import { SkillsCompetitionModal } from '../features/training/components/skills-competition-modal.tsx';
import { SkillsCompetitionTable } from '../features/training/components/skills-competition-table.tsx';
import { useSkillsText, type CompetitionLevel } from '../features/training/components/skills-text.ts';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** Units that can organise a competition; a community cannot (the contract's 2, 4, 6 or 9 digits). */
const ORGANISER_LEVELS = ['province', 'city', 'county', 'street'] as const;

/** 技能竞赛 (A6.2): competitions held on the working unit's path, and the awards its workers won. */
export default function TrainingCompetitionsPage() {
  const { t, errorText } = useI18n();
  const text = useSkillsText();
  const { orgCode, scopeCode } = useCurrentOrg();
  const canWrite = hasPermission(useCurrentUser(), 'training:write');
  const list = useCompetitions(orgCode);
  const [level, setLevel] = useState<CompetitionLevel | undefined>();
  const [q, setQ] = useState('');
  // Each opening mounts a fresh modal (key): a new competition, or awards for one.
  const [dialog, setDialog] = useState<{ n: number; awardsFor: Competition | null } | null>(null);
  const open = (awardsFor: Competition | null) => setDialog((d) => ({ n: (d?.n ?? 0) + 1, awardsFor }));

  const items = useMemo(() => {
    const term = q.trim();
    return (list.data ?? []).filter((c) => (!level || c.level === level) && (!term || c.name.includes(term)));
  }, [list.data, level, q]);

  return (
    <Card
      size="small"
      title={t('skills.competitionsTitle')}
      extra={
        canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open(null)} data-testid="competition-add">
            {t('skills.competitionAdd')}
          </Button>
        ) : null
      }
      data-testid="competitions-page"
    >
      <Typography.Paragraph type="secondary">{t('skills.competitionsIntro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<CompetitionLevel>
          allowClear
          placeholder={t('skills.allLevels')}
          aria-label={t('skills.level')}
          value={level}
          onChange={setLevel}
          options={COMPETITION_LEVELS.map((l) => ({ value: l, label: text.level(l) }))}
          style={{ width: 160 }}
        />
        <Input.Search allowClear placeholder={t('skills.searchCompetition')} aria-label={t('skills.searchCompetition')} onSearch={setQ} onChange={(e) => !e.target.value && setQ('')} style={{ width: 260 }} />
      </Space>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <SkillsCompetitionTable items={items} loading={list.isFetching} canWrite={canWrite} onRecord={open} />
      {canWrite && dialog ? (
        dialog.awardsFor ? (
          // The row's data is refreshed after saving; the modal closes then, so a snapshot is enough.
          <SkillsCompetitionAwardsModal key={dialog.n} competition={dialog.awardsFor} org={orgCode} onClose={() => setDialog(null)} />
        ) : (
          <SkillsCompetitionModal
            key={dialog.n}
            // The user's own unit usually organises; a community-level or national account chooses one.
            defaultOrganiser={[2, 4, 6, 9].includes(scopeCode.length) ? scopeCode : ''}
            organiserPicker={<OrgTreeSelect rootCode={scopeCode} selectableLevels={ORGANISER_LEVELS} leafLevel="street" style={{ width: '100%' }} data-testid="competition-organiser" />}
            onClose={() => setDialog(null)}
          />
        )
      ) : null}
    </Card>
  );
}
