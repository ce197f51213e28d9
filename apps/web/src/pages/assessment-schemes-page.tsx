import { useState } from 'react';
import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { Scheme } from '@cwp/contracts/assessment.contract';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useSchemes } from '../features/assessment/api/schemes.ts';
import { SchemeFormModal } from '../features/assessment/components/scheme-form-modal.tsx';
import { SchemeTable } from '../features/assessment/components/scheme-table.tsx';
import { OrgTreeSelect } from '../features/org/components/org-tree-select.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useListParams } from '../lib/list-params.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

const thisYear = new Date().getFullYear();
/** Next year too: schemes are drafted ahead of the assessment year. */
const YEARS = Array.from({ length: thisYear + 2 - 2020 }, (_, i) => thisYear + 1 - i);
/** A city or a county issues the scheme (A10.1). */
const ISSUER_LEVELS = ['city', 'county'] as const;

/** 考核方案 (A10.1): the schemes governing the working unit; the county drafts, edits and opens them. */
export default function AssessmentSchemesPage() {
  const { t, errorText } = useI18n();
  const navigate = useNavigate();
  const [params, setParam] = useListParams();
  const { orgCode, scopeCode, scopeName } = useCurrentOrg();
  const canManage = hasPermission(useCurrentUser(), 'assessment:manage');
  const year = Number(params.get('year')) || undefined;
  const list = useSchemes({ org: orgCode, year });
  // Each opening mounts a fresh modal, so its form starts from the chosen scheme or the defaults.
  const [dialog, setDialog] = useState<{ scheme: Scheme | null; n: number } | null>(null);
  const open = (scheme: Scheme | null) => setDialog((d) => ({ scheme, n: (d?.n ?? 0) + 1 }));

  const setYear = (y: number | undefined) => setParam({ year: y ? String(y) : undefined });
  const ownLevel = scopeCode.length === 4 || scopeCode.length === 6;

  return (
    <Card
      size="small"
      title={t('assessment.schemesTitle')}
      extra={
        canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open(null)} data-testid="scheme-add">
            {t('assessment.addScheme')}
          </Button>
        ) : null
      }
      data-testid="schemes-page"
    >
      <Typography.Paragraph type="secondary">{t('assessment.schemesIntro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<number>
          allowClear
          placeholder={t('assessment.allYears')}
          aria-label={t('assessment.year')}
          value={year}
          onChange={setYear}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 120 }}
        />
      </Space>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <SchemeTable items={list.data ?? []} loading={list.isFetching} onEdit={(s) => open(s)} />
      {canManage && dialog ? (
        <SchemeFormModal
          key={dialog.n}
          open
          scheme={dialog.scheme}
          defaultOrg={ownLevel ? scopeCode : ''}
          defaultName={(y) => t('assessment.defaultName', { org: ownLevel ? scopeName : '', year: y }).trim()}
          orgPicker={<OrgTreeSelect rootCode={scopeCode} selectableLevels={ISSUER_LEVELS} leafLevel="county" disabled={!!dialog.scheme} style={{ width: '100%' }} data-testid="scheme-org" />}
          onClose={() => setDialog(null)}
          onSaved={(s) => navigate(`/assessment/schemes/${s.id}`)}
        />
      ) : null}
    </Card>
  );
}
