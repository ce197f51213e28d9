import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { AttendanceSheet } from '@cwp/contracts/attendance.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../../i18n/messages-zh.ts';
import { DayStatusTag } from './day-status-tag.tsx';

type Row = AttendanceSheet['rows'][number];
const TOTAL_KEYS = ['attended', 'late', 'early', 'missing', 'absent', 'leave'] as const;

/** Workers × days of a month with compact status tags, names fixed on the left and totals on the right. */
export function SheetTable({ sheet, loading }: { sheet: AttendanceSheet | undefined; loading: boolean }) {
  const { t } = useI18n();
  const dates = sheet?.dates ?? [];
  const columns: ColumnsType<Row> = [
    { title: t('att.worker'), dataIndex: 'workerName', fixed: 'left', width: 90 },
    ...dates.map((d, i) => ({
      title: String(Number(d.slice(8))),
      key: d,
      width: 52,
      align: 'center' as const,
      render: (_: unknown, r: Row) => <DayStatusTag status={r.codes[i] ?? null} compact />,
    })),
    ...TOTAL_KEYS.map((k) => ({ title: t(`att.totals.${k}` as MessageKey), key: k, width: 76, align: 'right' as const, render: (_: unknown, r: Row) => r.totals[k] })),
  ];
  return (
    <>
      {sheet ? (
        <Typography.Title level={5} data-testid="sheet-title">
          {t('att.sheetTitle', { name: sheet.communityName, month: sheet.month })}
        </Typography.Title>
      ) : null}
      <Table<Row>
        size="small"
        bordered
        rowKey="workerId"
        loading={loading}
        dataSource={sheet?.rows ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 90 + dates.length * 52 + TOTAL_KEYS.length * 76 }}
        locale={{ emptyText: t('att.sheetEmpty') }}
        data-testid="attendance-sheet"
      />
    </>
  );
}
