import { Table, Tag } from 'antd';
import type { RuleHistoryItem } from '@cwp/contracts/staffing.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { formatDateTime } from '../../../lib/dates.ts';
import { useRuleHistory } from '../api/get-rule-history.ts';

/** Every rule and ceiling set at this unit, with who, from when and why (kept, never overwritten). */
export function RuleHistoryTable({ code }: { code: string }) {
  const { t, errorText } = useI18n();
  const q = useRuleHistory(code);
  return (
    <div data-testid="staffing-history">
      <Table<RuleHistoryItem>
        rowKey="id"
        size="small"
        loading={q.isPending}
        dataSource={q.data ?? []}
        pagination={false}
        locale={{ emptyText: q.isError ? errorText(q.error) : t('staffing.noHistory') }}
        columns={[
          {
            title: t('staffing.historyKind'),
            dataIndex: 'kind',
            width: 110,
            render: (k: RuleHistoryItem['kind']) => <Tag color={k === 'rule' ? 'blue' : 'purple'}>{t(k === 'rule' ? 'staffing.kindRule' : 'staffing.kindCeiling')}</Tag>,
          },
          // The summary is composed by the API in Chinese (with the figures), shown as recorded.
          { title: t('staffing.historySummary'), dataIndex: 'summary' },
          { title: t('staffing.effectiveFrom'), dataIndex: 'effectiveFrom', width: 110 },
          { title: t('staffing.reason'), dataIndex: 'reason' },
          { title: t('staffing.historyBy'), dataIndex: 'createdBy', width: 160 },
          { title: t('staffing.historyAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
        ]}
      />
    </div>
  );
}
