import { Button, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Mentorship } from '../api/skills.ts';

interface Props {
  items: Mentorship[];
  loading: boolean;
  canWrite: boolean;
  onEvaluate: (m: Mentorship) => void;
}

/** The server says whether a pair is running today; a pair not yet started is told apart from one that ended. */
function StatusTag({ m }: { m: Mentorship }) {
  const { t } = useI18n();
  if (m.active) return <Tag color="green">{t('skills.pairActive')}</Tag>;
  if (m.startOn > dayjs().format('YYYY-MM-DD')) return <Tag color="blue">{t('skills.pairUpcoming')}</Tag>;
  return <Tag>{t('skills.pairEnded')}</Tag>;
}

/** 导师帮带 pairs (A6.2): who mentors whom, for how long, towards what, and how it went. */
export function SkillsMentorshipTable({ items, loading, canWrite, onEvaluate }: Props) {
  const { t } = useI18n();
  return (
    <Table<Mentorship>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (n) => t('common.totalN', { n }) }}
      scroll={{ x: 'max-content' }}
      data-testid="mentorship-table"
      columns={[
        { title: t('skills.mentor'), dataIndex: 'mentorName', render: (name: string, r) => <Link to={`/workers/${r.mentorId}`}>{name}</Link> },
        { title: t('skills.mentee'), dataIndex: 'menteeName', render: (name: string, r) => <Link to={`/workers/${r.menteeId}`}>{name}</Link> },
        { title: t('skills.community'), dataIndex: 'communityName' },
        { title: t('skills.period'), key: 'period', render: (_: unknown, r) => `${r.startOn} ~ ${r.endOn}` },
        { title: t('skills.status'), key: 'status', render: (_: unknown, r) => <StatusTag m={r} /> },
        {
          title: t('skills.goals'),
          dataIndex: 'goals',
          width: 260,
          render: (goals: string) => (
            <Typography.Paragraph ellipsis={{ rows: 2, tooltip: goals }} style={{ marginBottom: 0, maxWidth: 260 }}>
              {goals}
            </Typography.Paragraph>
          ),
        },
        {
          title: t('skills.evaluation'),
          dataIndex: 'evaluation',
          width: 260,
          render: (evaluation: string | null) =>
            evaluation ? (
              <Typography.Paragraph ellipsis={{ rows: 2, tooltip: evaluation }} style={{ marginBottom: 0, maxWidth: 260 }} data-testid="mentorship-evaluation">
                {evaluation}
              </Typography.Paragraph>
            ) : (
              <Typography.Text type="secondary">{t('skills.notEvaluated')}</Typography.Text>
            ),
        },
        ...(canWrite
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_: unknown, r: Mentorship) => (
                  <Button size="small" onClick={() => onEvaluate(r)} data-testid={`evaluate-${r.id}`}>
                    {r.evaluation ? t('skills.reEvaluate') : t('skills.evaluate')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
