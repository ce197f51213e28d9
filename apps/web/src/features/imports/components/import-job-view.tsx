import { useEffect } from 'react';
import { Alert, App, Button, Card, Descriptions, Result, Space, Tooltip, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { formatDateTime } from '../../../lib/dates.ts';
import { formatCount } from '../../../lib/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useCancelImport } from '../api/cancel-import.ts';
import { importErrorWorkbookUrl } from '../api/download-error-workbook.ts';
import { importsQueryKey, isImportRunning } from '../api/import-job-state.ts';
import { useImportJob } from '../api/get-import.ts';
import { ImportCommitActions } from './import-commit-actions.tsx';
import { ImportCounts } from './import-counts.tsx';
import { ImportErrorsTable } from './import-errors-table.tsx';
import { ImportProgress } from './import-progress.tsx';
import { ImportStatusTag } from './import-status-tag.tsx';

interface Props {
  jobId: number;
  onClose: () => void;
  onOpenRoster: () => void;
}

/** One job from upload to its end: progress, the dry run, the commit choices and the final state. */
export function ImportJobView({ jobId, onClose, onOpenRoster }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useImportJob(jobId);
  const cancel = useCancelImport();
  const job = q.data;
  const status = job?.status;

  // A phase ended: the recent-jobs list and the rejected rows change with it.
  useEffect(() => {
    if (status && !isImportRunning(status)) void qc.invalidateQueries({ queryKey: [...importsQueryKey, 'list'] });
    if (status === 'validated') void qc.invalidateQueries({ queryKey: [...importsQueryKey, 'errors', jobId] });
  }, [status, jobId, qc]);

  if (q.isError) return <Alert type="error" showIcon title={errorText(q.error)} action={<Button onClick={onClose}>{t('import.uploadAnother')}</Button>} />;
  if (!job) return <Card loading />;

  const doCancel = () =>
    cancel.mutateAsync(job.id).catch((err: unknown) => {
      message.error(errorText(err));
    });

  return (
    <Card
      data-testid="import-job"
      title={
        <Space>
          <span>{t('import.job', { id: job.id })}</span>
          <ImportStatusTag status={job.status} />
        </Space>
      }
      extra={
        isImportRunning(job.status) ? null : (
          <Button onClick={onClose} data-testid="import-upload-another">
            {t('import.uploadAnother')}
          </Button>
        )
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'file', label: t('import.file'), children: <Typography.Text data-testid="import-file-name">{job.fileName}</Typography.Text> },
          { key: 'mode', label: t('import.modeLabel'), children: job.mode === 'gridConversion' ? t('import.modeGrid') : t('import.modeNormal') },
          { key: 'by', label: t('import.createdBy'), children: job.createdBy },
          { key: 'at', label: t('import.createdAt'), children: formatDateTime(job.createdAt) },
        ]}
      />

      {isImportRunning(job.status) ? <ImportProgress job={job} onStop={doCancel} stopping={cancel.isPending} /> : null}

      {job.status === 'validated' ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('import.dryRun')}
          </Typography.Title>
          <ImportCounts job={job} />
          {job.errorMessage ? <Alert type="warning" showIcon title={tm(job.errorMessage)} data-testid="import-job-message" /> : null}
          <ImportCommitActions job={job} onCancel={doCancel} cancelling={cancel.isPending} />
          {job.rejected > 0 ? (
            <>
              <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
                <Typography.Title level={5} style={{ margin: 0 }}>
                  {t('import.rejectedRows')}（{formatCount(job.rejected)}）
                </Typography.Title>
                <Tooltip title={t('import.downloadErrorsHint')}>
                  <Button icon={<DownloadOutlined />} href={importErrorWorkbookUrl(job.id)} download data-testid="import-download-errors">
                    {t('import.downloadErrors')}
                  </Button>
                </Tooltip>
              </Space>
              <ImportErrorsTable jobId={job.id} />
            </>
          ) : null}
        </Space>
      ) : null}

      {job.status === 'committed' ? (
        <Result
          status="success"
          title={t('import.committedTitle')}
          subTitle={
            <Space orientation="vertical" size={0}>
              <span data-testid="import-committed">{t('import.committed', { created: formatCount(job.created), updated: formatCount(job.updated) })}</span>
              {job.partial && job.rejected > 0 ? <span>{t('import.committedSkipped', { n: formatCount(job.rejected) })}</span> : null}
            </Space>
          }
          extra={<Button onClick={onOpenRoster}>{t('import.openRoster')}</Button>}
        />
      ) : null}

      {job.status === 'failed' || job.status === 'cancelled' ? (
        <Result
          status={job.status === 'failed' ? 'error' : 'info'}
          title={job.status === 'failed' ? t('import.failedTitle') : t('import.cancelledTitle')}
          subTitle={<span data-testid="import-job-message">{job.errorMessage ? tm(job.errorMessage) : ''}</span>}
        />
      ) : null}
    </Card>
  );
}
