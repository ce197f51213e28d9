import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Input, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Trainer } from '@cwp/contracts/training.contract';
import type { TrainingTopic } from '@cwp/domain/training';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { OrgTreeSelect } from '../features/org/components/org-tree-select.tsx';
import { useTrainers } from '../features/training/api/trainers.ts';
import { TrainerFormModal } from '../features/training/components/trainer-form-modal.tsx';
import { TrainerTable } from '../features/training/components/trainer-table.tsx';
import { useTopicOptions } from '../features/training/components/trainer-topics.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** 师资库 (A8.4): the trainer pools on the working unit's path; writers keep their own jurisdiction's pool. */
export default function TrainingTrainersPage() {
  const { t, errorText } = useI18n();
  const { orgCode, scopeCode } = useCurrentOrg();
  const canWrite = hasPermission(useCurrentUser(), 'training:write');
  const topicOptions = useTopicOptions();
  const [topic, setTopic] = useState<TrainingTopic | undefined>();
  const [q, setQ] = useState<string | undefined>();
  const [activeOnly, setActiveOnly] = useState(false);
  const list = useTrainers({ org: orgCode, topic, q, activeOnly });

  // A fresh modal (key) per opening; the trainer stays set while it closes so the title does not flicker.
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<Trainer | null>(null);
  const [session, setSession] = useState(0);
  const openModal = (trainer: Trainer | null) => {
    setTarget(trainer);
    setSession((n) => n + 1);
    setOpen(true);
  };

  return (
    <Card
      size="small"
      title={t('trainers.title')}
      extra={
        canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => openModal(null)} data-testid="trainer-add">
            {t('trainers.add')}
          </Button>
        ) : null
      }
      data-testid="trainers-page"
    >
      <Typography.Paragraph type="secondary">{t('trainers.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<TrainingTopic>
          allowClear
          placeholder={t('trainers.allTopics')}
          aria-label={t('trainers.topics')}
          options={topicOptions}
          value={topic}
          onChange={(v) => setTopic(v)}
          style={{ width: 200 }}
        />
        <Input.Search aria-label={t('trainers.search')} placeholder={t('trainers.search')} allowClear style={{ width: 260 }} onSearch={(v) => setQ(v.trim() || undefined)} />
        <Checkbox checked={activeOnly} onChange={(e) => setActiveOnly(e.target.checked)}>
          {t('trainers.activeOnly')}
        </Checkbox>
      </Space>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <TrainerTable items={list.data ?? []} loading={list.isFetching} canWrite={canWrite} onEdit={openModal} />
      {canWrite ? (
        <TrainerFormModal
          key={session}
          open={open}
          trainer={target}
          // Communities keep no pool of their own; their street's pool serves them.
          defaultOrg={orgCode.slice(0, 9)}
          ownerPicker={<OrgTreeSelect rootCode={scopeCode} selectableLevels={['province', 'city', 'county', 'street']} leafLevel="street" style={{ width: '100%' }} data-testid="trainer-owner" />}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </Card>
  );
}
