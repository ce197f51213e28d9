import { useState } from 'react';
import { Alert, Button, Card, Input, Segmented, Select, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { TRAINING_TOPICS, type TrainingTopic } from '@cwp/domain/training';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { OrgTreeSelect } from '../features/org/components/org-tree-select.tsx';
import { useCases } from '../features/training/api/skills.ts';
import { SkillsCaseCards } from '../features/training/components/skills-case-cards.tsx';
import { SkillsCaseFormModal } from '../features/training/components/skills-case-form-modal.tsx';
import { useTopicOptions } from '../features/training/components/trainer-topics.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useListParams } from '../lib/list-params.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** Units that can own a case; a community's cases are kept by its street (the contract's 2, 4, 6 or 9 digits). */
const OWNER_LEVELS = ['province', 'city', 'county', 'street'] as const;
type Reach = 'all' | 'path';

/**
 * 社区工作法案例库 (A6.1): every published case is open to all users, since sharing practice is the point;
 * "this unit" narrows to cases kept on the working unit's path (its own, and those of the units above it).
 * Filters live in the URL so a link to a topic can be shared in a training session.
 */
export default function TrainingCasesPage() {
  const { t, errorText } = useI18n();
  const navigate = useNavigate();
  const [params, setParam] = useListParams();
  const { orgCode, scopeCode } = useCurrentOrg();
  const canWrite = hasPermission(useCurrentUser(), 'training:write');
  const topicOptions = useTopicOptions();
  const [writing, setWriting] = useState(0);

  const topicParam = params.get('topic');
  const topic = TRAINING_TOPICS.find((x) => x === topicParam);
  const q = params.get('q') ?? undefined;
  const reach: Reach = params.get('reach') === 'path' ? 'path' : 'all';
  const list = useCases({ org: reach === 'path' ? orgCode : undefined, topic, q });


  return (
    <Card
      size="small"
      title={t('skills.casesTitle')}
      extra={
        canWrite ? (
          <Button type="primary" icon={<EditOutlined />} onClick={() => setWriting((n) => n + 1)} data-testid="case-add">
            {t('skills.caseAdd')}
          </Button>
        ) : null
      }
      data-testid="cases-page"
    >
      <Typography.Paragraph type="secondary">{t('skills.casesIntro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented<Reach>
          value={reach}
          onChange={(v) => setParam({ reach: v === 'path' ? v : undefined })}
          options={[
            { value: 'all', label: t('skills.casesAll') },
            { value: 'path', label: t('skills.casesPath') },
          ]}
        />
        <Select<TrainingTopic>
          allowClear
          placeholder={t('skills.allTopics')}
          aria-label={t('skills.topics')}
          value={topic}
          onChange={(v) => setParam({ topic: v })}
          options={topicOptions}
          style={{ width: 200 }}
          data-testid="case-topic-filter"
        />
        <Input.Search
          key={q ?? ''}
          defaultValue={q}
          allowClear
          placeholder={t('skills.searchCase')}
          aria-label={t('skills.searchCase')}
          onSearch={(v) => setParam({ q: v.trim() || undefined })}
          style={{ width: 280 }}
          data-testid="case-search"
        />
      </Space>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <SkillsCaseCards items={list.data ?? []} loading={list.isFetching} />
      {canWrite && writing ? (
        <SkillsCaseFormModal
          key={writing}
          workCase={null}
          // The user's own unit usually keeps the case; a community-level or national account chooses one.
          defaultOwner={[2, 4, 6, 9].includes(scopeCode.length) ? scopeCode : ''}
          ownerPicker={<OrgTreeSelect rootCode={scopeCode} selectableLevels={OWNER_LEVELS} leafLevel="street" style={{ width: '100%' }} data-testid="case-owner" />}
          org={orgCode}
          onClose={() => setWriting(0)}
          onSaved={(c) => navigate(`/training/cases/${c.id}`)}
        />
      ) : null}
    </Card>
  );
}
