import { useState } from 'react';
import { Alert, Button, Card, Segmented, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useConductNotes, type ConductNote } from '../features/assessment/api/conduct-notes.ts';
import { ConductFollowUpModal } from '../features/assessment/components/conduct-follow-up-modal.tsx';
import { ConductNoteModal } from '../features/assessment/components/conduct-note-modal.tsx';
import { ConductTable } from '../features/assessment/components/conduct-table.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useListParams } from '../lib/list-params.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: thisYear + 1 - 2020 }, (_, i) => thisYear - i);

/** 作风问题 (A7.1): notes on the working unit's workers (open ones first by default), recorded and followed up by the street. */
export default function AssessmentConductPage() {
  const { t, errorText } = useI18n();
  const { orgCode } = useCurrentOrg();
  const canScore = hasPermission(useCurrentUser(), 'assessment:score');
  const [params, setParam] = useListParams();
  const openOnly = params.get('all') !== '1';
  const year = Number(params.get('year')) || undefined;
  const list = useConductNotes({ org: orgCode, year, openOnly });
  const [recording, setRecording] = useState(false);
  const [following, setFollowing] = useState<ConductNote | null>(null);


  return (
    <Card
      size="small"
      title={t('assessment.conductTitle')}
      extra={
        canScore && orgCode.length >= 2 ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="conduct-add">
            {t('assessment.recordConduct')}
          </Button>
        ) : null
      }
      data-testid="conduct-page"
    >
      <Typography.Paragraph type="secondary">{t('assessment.conductIntro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented
          value={openOnly ? 'open' : 'all'}
          onChange={(v) => setParam({ all: v === 'all' ? '1' : undefined })}
          options={[
            { value: 'open', label: t('assessment.openOnly') },
            { value: 'all', label: t('assessment.allNotes') },
          ]}
          data-testid="conduct-filter"
        />
        <Select<number>
          allowClear
          placeholder={t('assessment.allYears')}
          aria-label={t('assessment.year')}
          value={year}
          onChange={(y) => setParam({ year: y ? String(y) : undefined })}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 120 }}
        />
      </Space>
      {orgCode.length < 2 ? <Alert type="info" showIcon title={t('assessment.pickUnit')} /> : null}
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      {orgCode.length >= 2 ? <ConductTable items={list.data ?? []} loading={list.isFetching} onFollowUp={canScore ? setFollowing : undefined} /> : null}
      {canScore ? (
        <>
          <ConductNoteModal org={orgCode} open={recording} onClose={() => setRecording(false)} />
          <ConductFollowUpModal note={following} onClose={() => setFollowing(null)} />
        </>
      ) : null}
    </Card>
  );
}
