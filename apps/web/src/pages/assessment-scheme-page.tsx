import { useState } from 'react';
import { Card, Result, Skeleton, Space, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { ApiError } from '../lib/api-client.ts';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useScheme } from '../features/assessment/api/schemes.ts';
import { AppealsTable } from '../features/assessment/components/appeals-table.tsx';
import { SchemeActions } from '../features/assessment/components/scheme-actions.tsx';
import { SchemeFormModal } from '../features/assessment/components/scheme-form-modal.tsx';
import { SchemeSummary } from '../features/assessment/components/scheme-summary.tsx';
import { ScoringSheet } from '../features/assessment/components/scoring-sheet.tsx';
import { useOrgUnit } from '../features/org/api/get-org-unit.ts';
import { OrgTreeSelect } from '../features/org/components/org-tree-select.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** A scheme (A10.1, A10.2): its rules and the issuer's steps, the scoring sheet of the working unit, appeals. */
export default function AssessmentSchemePage() {
  const id = Number(useParams().id);
  const { t, errorText } = useI18n();
  const me = useCurrentUser();
  const { orgCode, scopeCode, scopeName } = useCurrentOrg();
  const unit = useOrgUnit(orgCode || undefined);
  const orgName = unit.data?.name ?? (orgCode === scopeCode ? scopeName : orgCode);
  const q = useScheme(id);
  const [editing, setEditing] = useState(0);

  if (!Number.isInteger(id) || id <= 0) return <Result status="404" title={t('error.notFound')} />;
  if (q.isPending) return <Card><Skeleton active paragraph={{ rows: 10 }} /></Card>;
  if (q.isError) {
    const nf = q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 403);
    return <Result status={nf ? '404' : 'error'} title={nf ? t('error.notFound') : errorText(q.error)} extra={<Link to="/assessment/schemes">{t('assessment.backToList')}</Link>} />;
  }
  const s = q.data;
  // Printing the QR codes of a whole county would be thousands of pages; a street or community is a notice board.
  const printable = s.status !== 'draft' && orgCode.length >= 9;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <Space>
            <Link to="/assessment/schemes" aria-label={t('assessment.backToList')}>
              <ArrowLeftOutlined />
            </Link>
            <span data-testid="scheme-heading">{s.name}</span>
          </Space>
        }
        data-testid="scheme-detail"
      >
        <SchemeSummary scheme={s} />
        <SchemeActions scheme={s} onEdit={() => setEditing((n) => n + 1)} />
      </Card>
      <Card size="small">
        <Tabs
          items={[
            {
              key: 'sheet',
              label: t('assessment.sheetTab'),
              children: (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
                    <Typography.Text type="secondary">{t('assessment.sheetOf', { org: orgName })}</Typography.Text>
                    {printable ? (
                      <Link to={`/assessment/schemes/${s.id}/qr-codes`}>
                        <PrinterOutlined /> {t('assessment.printQr')}
                      </Link>
                    ) : null}
                  </Space>
                  <ScoringSheet key={`${s.id}:${orgCode}`} scheme={s} org={orgCode} canScore={hasPermission(me, 'assessment:score')} />
                </Space>
              ),
            },
            { key: 'appeals', label: t('assessment.appealsTitle'), children: <AppealsTable scheme={s} canDecide={s.editable} /> },
          ]}
        />
      </Card>
      {s.editable && editing ? (
        <SchemeFormModal
          key={editing}
          open
          scheme={s}
          defaultOrg={s.orgCode}
          defaultName={() => s.name}
          orgPicker={<OrgTreeSelect rootCode={scopeCode} selectableLevels={['city', 'county']} leafLevel="county" disabled style={{ width: '100%' }} data-testid="scheme-org" />}
          onClose={() => setEditing(0)}
        />
      ) : null}
    </Space>
  );
}
