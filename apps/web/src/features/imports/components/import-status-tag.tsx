import { Tag } from 'antd';
import { LoadingOutlined } from '@ant-design/icons';
import type { ImportJob } from '@cwp/contracts/imports.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { isImportRunning } from '../api/import-job-state.ts';

const COLORS: Record<ImportJob['status'], string> = {
  queued: 'default',
  validating: 'processing',
  validated: 'gold',
  committing: 'processing',
  committed: 'success',
  failed: 'error',
  cancelled: 'default',
};

export function ImportStatusTag({ status }: { status: ImportJob['status'] }) {
  const { t } = useI18n();
  return (
    <Tag color={COLORS[status]} icon={isImportRunning(status) ? <LoadingOutlined /> : undefined} data-testid="import-status">
      {t(`import.status.${status}`)}
    </Tag>
  );
}
