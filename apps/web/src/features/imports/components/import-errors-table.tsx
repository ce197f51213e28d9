import { useState } from 'react';
import { Alert, Table, Typography } from 'antd';
import type { ImportRowError } from '@cwp/contracts/imports.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useImportErrors } from '../api/list-import-errors.ts';

const PAGE_SIZE = 20;

/** The rejected rows' problems, one line per row and column, paged from the server. */
export function ImportErrorsTable({ jobId }: { jobId: number }) {
  const { t, errorText } = useI18n();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const q = useImportErrors(jobId, page, pageSize);
  const items = q.data?.items ?? [];
  // The server's total counts rejected rows, while items are one per problem (a row may have several):
  // keep a full page's "next" reachable so no problem is hidden behind the pager.
  const seen = (page - 1) * pageSize + items.length;
  const total = Math.max(q.data?.total ?? 0, items.length === pageSize ? seen + 1 : seen);

  if (q.isError) return <Alert type="error" showIcon title={errorText(q.error)} />;
  return (
    <Table<ImportRowError>
      data-testid="import-errors"
      rowKey={(e) => `${e.row}\u0000${e.column}\u0000${e.reason}`}
      size="small"
      loading={q.isFetching}
      dataSource={items}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        hideOnSinglePage: true,
        pageSizeOptions: [20, 50, 100],
        onChange: (p, s) => {
          setPage(s !== pageSize ? 1 : p);
          setPageSize(s);
        },
      }}
      columns={[
        { title: t('import.colRow'), dataIndex: 'row', width: 90 },
        { title: t('import.colColumn'), dataIndex: 'column', width: 180, render: (v: string) => v || '—' },
        { title: t('import.colReason'), dataIndex: 'reason', render: (v: string) => <Typography.Text type="danger">{v}</Typography.Text> },
      ]}
    />
  );
}
