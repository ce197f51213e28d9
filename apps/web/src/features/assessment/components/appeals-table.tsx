import { useState } from 'react';
import { Alert, Button, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { Appeal, Scheme } from '@cwp/contracts/assessment.contract';
import { formatDateTime } from '../../../lib/dates.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useAppeals } from '../api/appeals.ts';
import { AppealStatusTag } from './assessment-text.tsx';
import { DecideAppealModal } from './decide-appeal-modal.tsx';

/** 复核申请 of a scheme within the user's scope; the issuing unit decides the pending ones. */
export function AppealsTable({ scheme, canDecide }: { scheme: Scheme; canDecide: boolean }) {
  const { t, errorText } = useI18n();
  const q = useAppeals(scheme.id);
  const [deciding, setDeciding] = useState<Appeal | null>(null);

  if (q.isError) return <Alert type="error" showIcon title={errorText(q.error)} />;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('assessment.appealsIntro')}</Typography.Paragraph>
      <Table<Appeal>
        size="small"
        rowKey="id"
        dataSource={q.data ?? []}
        loading={q.isFetching}
        pagination={(q.data?.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        data-testid="appeals-table"
        columns={[
          { title: t('assessment.worker'), key: 'worker', render: (_: unknown, a) => <Link to={`/workers/${a.workerId}`}>{a.workerName}</Link> },
          { title: t('assessment.appealReason'), dataIndex: 'reason', render: (v: string) => <Typography.Paragraph style={{ margin: 0, maxWidth: 320, whiteSpace: 'pre-wrap' }}>{v}</Typography.Paragraph> },
          { title: t('assessment.filedBy'), key: 'filed', render: (_: unknown, a) => `${a.filedBy} ${formatDateTime(a.filedAt)}` },
          { title: t('assessment.oldGrade'), dataIndex: 'oldGrade' },
          { title: t('assessment.status'), dataIndex: 'status', render: (v: Appeal['status']) => <AppealStatusTag status={v} /> },
          { title: t('assessment.newGrade'), dataIndex: 'newGrade', render: (v: string | null) => v ?? '—' },
          { title: t('assessment.decision'), key: 'decision', render: (_: unknown, a) => (a.decision ? `${a.decision}（${a.decidedBy} ${formatDateTime(a.decidedAt)}）` : '—') },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, a) =>
              canDecide && a.status === 'pending' ? (
                <Button size="small" type="link" onClick={() => setDeciding(a)} data-testid={`decide-${a.id}`}>
                  {t('assessment.decideAppeal')}
                </Button>
              ) : null,
          },
        ]}
      />
      <DecideAppealModal appeal={deciding} grades={scheme.body.grades.map((g) => g.name)} onClose={() => setDeciding(null)} />
    </>
  );
}
