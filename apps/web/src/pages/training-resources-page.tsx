import { useState } from 'react';
import { Alert, Button, Card, Input, Select, Space, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { TrainingTopic } from '@cwp/domain/training';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { OrgTreeSelect } from '../features/org/components/org-tree-select.tsx';
import { useResources, type ResourceKind } from '../features/training/api/resources.ts';
import { useResourceKindOptions } from '../features/training/components/resource-kind.tsx';
import { ResourceTable } from '../features/training/components/resource-table.tsx';
import { ResourceUploadModal } from '../features/training/components/resource-upload-modal.tsx';
import { useTopicOptions } from '../features/training/components/trainer-topics.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** 资源库 (A8.4): course materials shared along the working unit's path; writers upload and remove their own. */
export default function TrainingResourcesPage() {
  const { t, errorText } = useI18n();
  const { orgCode, scopeCode } = useCurrentOrg();
  const canWrite = hasPermission(useCurrentUser(), 'training:write');
  const kindOptions = useResourceKindOptions();
  const topicOptions = useTopicOptions();
  const [kind, setKind] = useState<ResourceKind | undefined>();
  const [topic, setTopic] = useState<TrainingTopic | undefined>();
  const [q, setQ] = useState<string | undefined>();
  const list = useResources({ org: orgCode, kind, topic, q });

  // A fresh modal (key) per opening, so no earlier file or field lingers.
  const [open, setOpen] = useState(false);
  const [session, setSession] = useState(0);

  return (
    <Card
      size="small"
      title={t('resources.title')}
      extra={
        canWrite ? (
          <Button
            type="primary"
            icon={<UploadOutlined />}
            onClick={() => {
              setSession((n) => n + 1);
              setOpen(true);
            }}
            data-testid="resource-upload"
          >
            {t('resources.upload')}
          </Button>
        ) : null
      }
      data-testid="resources-page"
    >
      <Typography.Paragraph type="secondary">{t('resources.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<ResourceKind> allowClear placeholder={t('resources.allKinds')} aria-label={t('resources.kind')} options={kindOptions} value={kind} onChange={(v) => setKind(v)} style={{ width: 160 }} />
        <Select<TrainingTopic>
          allowClear
          placeholder={t('resources.allTopics')}
          aria-label={t('resources.topics')}
          options={topicOptions}
          value={topic}
          onChange={(v) => setTopic(v)}
          style={{ width: 200 }}
        />
        <Input.Search aria-label={t('resources.search')} placeholder={t('resources.search')} allowClear style={{ width: 260 }} onSearch={(v) => setQ(v.trim() || undefined)} />
      </Space>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <ResourceTable items={list.data ?? []} loading={list.isFetching} />
      {canWrite ? (
        <ResourceUploadModal
          key={session}
          open={open}
          // Communities share nothing of their own; their street's library serves them.
          defaultOrg={orgCode.slice(0, 9)}
          ownerPicker={<OrgTreeSelect rootCode={scopeCode} selectableLevels={['province', 'city', 'county', 'street']} leafLevel="street" style={{ width: '100%' }} data-testid="resource-owner" />}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </Card>
  );
}
