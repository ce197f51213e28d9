import { Card, Space } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import type { ImportJob } from '@cwp/contracts/imports.contract';
import { useOrgUnit } from '../features/org/api/get-org-unit.ts';
import { ImportJobView } from '../features/imports/components/import-job-view.tsx';
import { ImportJobsTable } from '../features/imports/components/import-jobs-table.tsx';
import { ImportUploadForm } from '../features/imports/components/import-upload-form.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** A1.1 批量导入 (A1.2 网格员转聘): upload → dry run → commit; the job id lives in the URL (?job=). */
export default function ImportPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { orgCode, scopeName } = useCurrentOrg();
  const org = useOrgUnit(orgCode || undefined);
  const orgName = orgCode ? (org.data?.name ?? orgCode) : scopeName || t('org.national');

  const raw = Number(params.get('job'));
  const jobId = Number.isInteger(raw) && raw > 0 ? raw : null;
  const openJob = (id: number | null) => {
    const next = new URLSearchParams(params);
    if (id === null) next.delete('job');
    else next.set('job', String(id));
    setParams(next);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {jobId === null ? (
        <Card title={t('import.title')}>
          <ImportUploadForm orgCode={orgCode} orgName={orgName} onUploaded={(job: ImportJob) => openJob(job.id)} />
        </Card>
      ) : (
        <ImportJobView key={jobId} jobId={jobId} onClose={() => openJob(null)} onOpenRoster={() => navigate('/workers')} />
      )}
      <Card title={t('import.recent')} size="small">
        <ImportJobsTable selectedId={jobId} onOpen={openJob} />
      </Card>
    </Space>
  );
}
