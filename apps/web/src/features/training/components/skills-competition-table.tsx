import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Competition } from '../api/skills.ts';
import { useSkillsText } from './skills-text.ts';

type Award = Competition['results'][number];

interface Props {
  items: Competition[];
  loading: boolean;
  canWrite: boolean;
  onRecord: (c: Competition) => void;
}

const LEVEL_COLOR: Readonly<Record<Competition['level'], string>> = { 国家级: 'red', 省级: 'volcano', 市级: 'orange', 县级: 'blue', 街道级: 'cyan' };

/** Awards of the caller's own workers, under the competition's row. */
function AwardList({ results }: { results: Award[] }) {
  const { t } = useI18n();
  return (
    <Table<Award>
      size="small"
      rowKey="workerId"
      pagination={false}
      dataSource={results}
      data-testid="competition-results"
      columns={[
        { title: t('skills.name'), dataIndex: 'name', render: (name: string, r) => <Link to={`/workers/${r.workerId}`}>{name}</Link> },
        { title: t('skills.community'), dataIndex: 'communityName' },
        { title: t('skills.award'), dataIndex: 'award', render: (award: string) => <Tag color="gold">{award}</Tag> },
      ]}
    />
  );
}

/** 技能竞赛 (A6.2): competitions on the working unit's path with the awards its workers won. */
export function SkillsCompetitionTable({ items, loading, canWrite, onRecord }: Props) {
  const { t } = useI18n();
  const text = useSkillsText();
  return (
    <Table<Competition>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (n) => t('common.totalN', { n }) }}
      scroll={{ x: 'max-content' }}
      expandable={{
        rowExpandable: (r) => r.results.length > 0,
        expandedRowRender: (r) => <AwardList results={r.results} />,
      }}
      data-testid="competition-table"
      columns={[
        {
          title: t('skills.competitionName'),
          dataIndex: 'name',
          render: (name: string, r) => (
            <Tooltip title={r.description || undefined}>
              <Typography.Text strong>{name}</Typography.Text>
            </Tooltip>
          ),
        },
        { title: t('skills.level'), dataIndex: 'level', render: (level: Competition['level']) => <Tag color={LEVEL_COLOR[level]}>{text.level(level)}</Tag> },
        { title: t('skills.organiser'), dataIndex: 'orgName' },
        { title: t('skills.heldOn'), dataIndex: 'heldOn' },
        {
          title: t('skills.awards'),
          key: 'awards',
          render: (_: unknown, r) =>
            r.results.length ? (
              <Typography.Text data-testid={`competition-awards-${r.id}`}>
                {r.results
                  .slice(0, 3)
                  .map((x) => `${x.name} ${x.award}`)
                  .join(t('skills.listSep'))}
                {r.results.length > 3 ? t('skills.andMore', { n: r.results.length }) : ''}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            ),
        },
        ...(canWrite
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_: unknown, r: Competition) => (
                  <Button size="small" onClick={() => onRecord(r)} data-testid={`competition-record-${r.id}`}>
                    {t('skills.recordAwards')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
