import { useState } from 'react';
import { Alert, Button, Card, Input, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { TRAINING_TIERS, type TrainingTier } from '@cwp/domain/training';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { OrgTreeSelect } from '../features/org/components/org-tree-select.tsx';
import { useProgrammes } from '../features/training/api/programmes.ts';
import { ProgrammeFormModal } from '../features/training/components/programme-form-modal.tsx';
import { ProgrammeTable } from '../features/training/components/programme-table.tsx';
import { useTrainingText } from '../features/training/components/training-text.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useListParams } from '../lib/list-params.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

const DEFAULT_PAGE_SIZE = 20;
const thisYear = new Date().getFullYear();
/** Next year too: programmes are planned ahead. */
const YEARS = Array.from({ length: thisYear + 2 - 2020 }, (_, i) => thisYear + 1 - i);
/** Units that can organise a programme; a community cannot (A8.1). */
const ORGANISER_LEVELS = ['province', 'city', 'county', 'street'] as const;

/** 培训项目 (A8.1): programmes on the working unit's path, filtered by year, tier and title; filters live in the URL. */
export default function TrainingProgrammesPage() {
  const { t, errorText } = useI18n();
  const text = useTrainingText();
  const navigate = useNavigate();
  const [params, setParam] = useListParams({ paged: true });
  const { orgCode, scopeCode } = useCurrentOrg();
  const canWrite = hasPermission(useCurrentUser(), 'training:write');
  const [creating, setCreating] = useState(0);

  const year = Number(params.get('year')) || undefined;
  const tierParam = params.get('tier');
  const tier = TRAINING_TIERS.find((x) => x === tierParam);
  const q = params.get('q') ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(200, Number(params.get('pageSize')) || DEFAULT_PAGE_SIZE);
  const list = useProgrammes({ org: orgCode, year, tier, q, page, pageSize });


  return (
    <Card
      size="small"
      title={t('training.programmesTitle')}
      extra={
        canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating((n) => n + 1)} data-testid="programme-add">
            {t('training.add')}
          </Button>
        ) : null
      }
      data-testid="programmes-page"
    >
      <Typography.Paragraph type="secondary">{t('training.programmesIntro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<number>
          allowClear
          placeholder={t('training.allYears')}
          aria-label={t('training.allYears')}
          value={year}
          onChange={(v) => setParam({ year: v ? String(v) : undefined })}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 120 }}
          data-testid="programme-year"
        />
        <Select<TrainingTier>
          allowClear
          placeholder={t('training.allTiers')}
          aria-label={t('training.tier')}
          value={tier}
          onChange={(v) => setParam({ tier: v })}
          options={TRAINING_TIERS.map((v) => ({ value: v, label: text.tier(v) }))}
          style={{ width: 200 }}
        />
        <Input.Search
          key={q ?? ''}
          defaultValue={q}
          allowClear
          placeholder={t('training.search')}
          aria-label={t('training.search')}
          onSearch={(v) => setParam({ q: v.trim() || undefined })}
          style={{ width: 260 }}
        />
      </Space>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <ProgrammeTable
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={list.isFetching}
        onPageChange={(p, size) => setParam({ page: String(size !== pageSize ? 1 : p), pageSize: String(size) })}
        onOpen={(p) => navigate(`/training/programmes/${p.id}`)}
      />
      {canWrite && creating ? (
        <ProgrammeFormModal
          key={creating}
          open
          programme={null}
          // The user's own unit usually organises; a community-level or national account chooses one.
          defaultOrganiser={[2, 4, 6, 9].includes(scopeCode.length) ? scopeCode : ''}
          organiserPicker={<OrgTreeSelect rootCode={scopeCode} selectableLevels={ORGANISER_LEVELS} leafLevel="street" style={{ width: '100%' }} data-testid="programme-organiser" />}
          onClose={() => setCreating(0)}
          onSaved={(p) => navigate(`/training/programmes/${p.id}`)}
        />
      ) : null}
    </Card>
  );
}
