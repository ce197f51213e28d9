import { Button, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/dates.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { ConductNote } from '../api/conduct-notes.ts';
import { useAssessmentText } from './assessment-text.tsx';

interface Props {
  items: ConductNote[];
  loading?: boolean;
  /** Offered to users who may follow notes up (assessment:score); absent on read-only lists. */
  onFollowUp?: (n: ConductNote) => void;
  /** The worker page lists one worker's notes and leaves out the name column. */
  showWorker?: boolean;
}

export function ResolvedTag({ resolved }: { resolved: boolean }) {
  const { t } = useI18n();
  return resolved ? <Tag color="green">{t('assessment.resolved')}</Tag> : <Tag color="orange">{t('assessment.open')}</Tag>;
}

/** 作风问题 records (A7.1), newest first as the server lists them. */
export function ConductTable({ items, loading, onFollowUp, showWorker = true }: Props) {
  const { t } = useI18n();
  const text = useAssessmentText();
  return (
    <Table<ConductNote>
      size="small"
      rowKey="id"
      dataSource={items}
      loading={loading}
      pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      data-testid="conduct-table"
      columns={[
        { title: t('assessment.occurredOn'), dataIndex: 'occurredOn', width: 110 },
        ...(showWorker
          ? [
              { title: t('assessment.worker'), key: 'worker', render: (_: unknown, n: ConductNote) => <Link to={`/workers/${n.workerId}`}>{n.workerName}</Link> },
              { title: t('assessment.community'), dataIndex: 'communityName' },
            ]
          : []),
        { title: t('assessment.conductKind'), dataIndex: 'kind', render: (v: string) => text.conduct(v) },
        { title: t('assessment.conductDescription'), dataIndex: 'description', render: (v: string) => <Typography.Paragraph style={{ margin: 0, maxWidth: 320, whiteSpace: 'pre-wrap' }}>{v}</Typography.Paragraph> },
        { title: t('assessment.followUp'), dataIndex: 'followUp', render: (v: string) => v || '—' },
        { title: t('assessment.status'), dataIndex: 'resolved', render: (v: boolean) => <ResolvedTag resolved={v} /> },
        { title: t('assessment.recordedBy'), key: 'by', render: (_: unknown, n) => `${n.recordedBy} ${formatDateTime(n.recordedAt)}` },
        ...(onFollowUp
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_: unknown, n: ConductNote) => (
                  <Button size="small" type="link" onClick={() => onFollowUp(n)} data-testid={`follow-up-${n.id}`}>
                    {t('assessment.followUpAction')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
