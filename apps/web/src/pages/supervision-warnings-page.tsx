import { Alert, Card, Table, Tag, Typography } from 'antd';
import type { EarlyWarning } from '@cwp/contracts/supervision.contract';
import { useWarnings } from '../features/supervision/api/talks.ts';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

const COLORS = { warning_talk: 'red', conduct: 'orange', overdue_follow_up: 'gold' } as const;

/** 预警名单 (A11.1): who needs attention and why, from talks, conduct notes and missed follow-ups. */
export default function SupervisionWarningsPage() {
  const { t, lang, errorText } = useI18n();
  const { orgCode } = useCurrentOrg();
  const list = useWarnings(orgCode);
  const hasUnit = orgCode.length >= 2;
  return (
    <Card size="small" title={t('menu.warnings')} data-testid="warnings-page">
      <Typography.Paragraph type="secondary">{t('sup.warningsIntro')}</Typography.Paragraph>
      {hasUnit ? null : <Alert type="info" showIcon title={t('sup.chooseUnit')} style={{ marginBottom: 16 }} />}
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<EarlyWarning>
        rowKey="workerId"
        size="small"
        loading={list.isFetching}
        dataSource={hasUnit ? (list.data ?? []) : []}
        locale={{ emptyText: t('sup.warningsEmpty') }}
        pagination={{ pageSize: 20, showTotal: (n) => t('common.totalN', { n }) }}
        data-testid="warnings-table"
        columns={[
          { title: t('sup.worker'), dataIndex: 'name', width: 120 },
          { title: t('sup.community'), dataIndex: 'communityName', width: 200 },
          {
            title: t('sup.reasons'),
            render: (_, r) =>
              r.reasons.map((x, i) => (
                <div key={i}>
                  <Tag color={COLORS[x.kind]}>{t(`sup.reason.${x.kind}`)}</Tag>
                  {lang === 'en' ? x.textEn : x.text}
                </div>
              )),
          },
        ]}
      />
    </Card>
  );
}
