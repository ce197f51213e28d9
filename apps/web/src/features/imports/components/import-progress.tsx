import { Button, Progress, Space, Typography } from 'antd';
import type { ImportJob } from '@cwp/contracts/imports.contract';
import { formatCount } from '../../../lib/format.ts';
import { useI18n, type Translate } from '../../../i18n/i18n-context.tsx';

function formatEta(t: Translate, seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s < 60 ? t('import.etaSeconds', { s }) : t('import.etaMinutes', { m: Math.floor(s / 60), s: s % 60 });
}

/**
 * The rows the running phase works through: the file's rows while validating, the rows to write while
 * committing (the server counts written rows then).
 */
function phaseTotal(job: ImportJob): number {
  return job.phase === 'write' ? job.toCreate + job.toUpdate : job.totalRows;
}

interface Props {
  job: ImportJob;
  onStop: () => void;
  stopping: boolean;
}

/** Progress of a queued, validating or committing job; the page polls the job every second meanwhile. */
export function ImportProgress({ job, onStop, stopping }: Props) {
  const { t } = useI18n();
  const queued = job.status === 'queued';
  const total = phaseTotal(job);
  // A queued commit still carries the validation's row count; nothing of the new phase has run yet.
  const done = queued ? 0 : Math.min(job.processedRows, total || job.processedRows);
  const percent = total > 0 ? Math.min(99, Math.floor((done / total) * 100)) : 0;

  return (
    <div data-testid="import-progress">
      <Typography.Text strong>{queued ? t('import.queued') : job.phase === 'write' ? t('import.phaseWrite') : t('import.phaseValidate')}</Typography.Text>
      <Progress percent={percent} status={queued ? "normal" : "active"} />
      <Space size="large" wrap>
        {queued ? null : (
          <Typography.Text type="secondary" data-testid="import-progress-rows">
            {total > 0 ? t('import.progressRows', { done: formatCount(done), total: formatCount(total) }) : t('import.progressRowsOnly', { done: formatCount(done) })}
          </Typography.Text>
        )}
        {job.ratePerSecond !== null ? <Typography.Text type="secondary">{t('import.rate', { rate: formatCount(job.ratePerSecond) })}</Typography.Text> : null}
        {job.etaSeconds !== null ? <Typography.Text type="secondary">{t('import.eta', { eta: formatEta(t, job.etaSeconds) })}</Typography.Text> : null}
        <Button size="small" danger onClick={onStop} loading={stopping}>
          {t('import.stop')}
        </Button>
      </Space>
    </div>
  );
}
