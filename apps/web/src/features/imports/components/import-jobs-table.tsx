import { Alert, Button, Table, Typography } from 'antd';
import type { ImportJob } from '@cwp/contracts/imports.contract';
import { formatDateTime } from '../../../lib/dates.ts';
import { formatCount } from '../../../lib/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useImportJobs } from '../api/list-imports.ts';
import { ImportStatusTag } from './import-status-tag.tsx';

/**
 * Data rows of a validated job. The job's totalRows counts spreadsheet lines (title and header included),
 * so the classified counts are the figure people recognise.
 */
function dataRows(j: ImportJob): number | null {
  if (j.status !== 'validated' && j.status !== 'committing' && j.status !== 'committed') return null;
  return j.toCreate + j.toUpdate + j.unchanged + j.rejected;
}

interface Props {
  selectedId: number | null;
  onOpen: (id: number) => void;
}

/** Recent jobs in the user's scope; a click opens one (its id goes to the URL). */
export function ImportJobsTable({ selectedId, onOpen }: Props) {
  const { t, tm, errorText } = useI18n();
  const q = useImportJobs();
  if (q.isError) return <Alert type="error" showIcon title={errorText(q.error)} />;

  const result = (j: ImportJob) => {
    if (j.status === 'committed') return t('import.resultCommitted', { created: formatCount(j.created), updated: formatCount(j.updated) });
    if (j.status === 'validated') return t('import.resultValidated', { create: formatCount(j.toCreate), update: formatCount(j.toUpdate), rejected: formatCount(j.rejected) });
    return j.errorMessage ? <Typography.Text type="secondary">{tm(j.errorMessage)}</Typography.Text> : '—';
  };

  return (
    <Table<ImportJob>
      data-testid="import-jobs"
      rowKey="id"
      size="small"
      loading={q.isPending}
      dataSource={q.data ?? []}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: t('import.noJobs') }}
      scroll={{ x: 960 }}
      rowClassName={(j) => (j.id === selectedId ? 'ant-table-row-selected' : '')}
      onRow={(j) => ({ onClick: () => onOpen(j.id), style: { cursor: 'pointer' } })}
      columns={[
        {
          title: t('import.colJob'),
          dataIndex: 'id',
          width: 80,
          render: (id: number) => (
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(id)}>
              #{id}
            </Button>
          ),
        },
        { title: t('import.file'), dataIndex: 'fileName', ellipsis: true },
        { title: t('import.modeLabel'), dataIndex: 'mode', width: 130, render: (m: ImportJob['mode']) => (m === 'gridConversion' ? t('import.modeGrid') : t('import.modeNormal')) },
        { title: t('import.colStatus'), dataIndex: 'status', width: 150, render: (s: ImportJob['status']) => <ImportStatusTag status={s} /> },
        { title: t('import.colRows'), key: 'rows', width: 90, align: 'right', render: (_: unknown, j) => (dataRows(j) === null ? '—' : formatCount(dataRows(j))) },
        { title: t('import.colResult'), key: 'result', width: 260, ellipsis: true, render: (_: unknown, j) => result(j) },
        { title: t('import.createdBy'), dataIndex: 'createdBy', width: 110 },
        { title: t('import.createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
      ]}
    />
  );
}
