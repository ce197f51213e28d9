import { useMemo, useState, type ReactNode } from 'react';
import { Alert, App, Button, Empty, Input, InputNumber, Segmented, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { QrcodeOutlined, SaveOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { Participant, Scheme } from '@cwp/contracts/assessment.contract';
import { formatDecimal } from '../../../lib/format.ts';
import { useEnumText } from '../../../i18n/enum-labels.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useEnterScores, useScoringSheet } from '../api/scoring-sheet.ts';
import { sharePct } from './assessment-text.tsx';
import { SurveyQrModal } from './survey-qr-modal.tsx';

interface Props {
  scheme: Scheme;
  /** The working unit from the header; the sheet lists the participants under it. */
  org: string;
  /** Street and peer scores may be typed (assessment:score) while the scheme is open. */
  canScore: boolean;
  /** Reference figures shown beside the scores (the work ledgers' counts for 工作实绩, A9.1); never scored. */
  reference?: { title: ReactNode; render: (workerId: number) => ReactNode };
}

const cellKey = (workerId: number, dim: string) => `${workerId}:${dim}`;

/**
 * 评分表 (A10.1): per worker the street and peer scores (typed here), the residents' survey (counted, never
 * who rated), the total and the preview grade under the scheme-wide cap. Changed cells are saved in one PUT.
 */
export function ScoringSheet({ scheme, org, canScore, reference }: Props) {
  const { t, tm, errorText } = useI18n();
  const enumText = useEnumText();
  const { message } = App.useApp();
  const sheet = useScoringSheet(scheme.id, org);
  const save = useEnterScores(scheme.id);
  const [edits, setEdits] = useState<Record<string, number | null>>({});
  const [search, setSearch] = useState('');
  const [only, setOnly] = useState<'all' | 'ungraded'>('all');
  const [qr, setQr] = useState<Participant | null>(null);
  const editable = canScore && scheme.status === 'published';

  const items = sheet.data?.items;
  // Only cells that differ from what the server holds are sent; clearing a cell is no change (scores cannot be deleted).
  const changes = useMemo(() => {
    const byId = new Map((items ?? []).map((i) => [i.workerId, i]));
    return Object.entries(edits).flatMap(([k, score]) => {
      const [id, dimension] = k.split(':') as [string, string];
      const row = byId.get(Number(id));
      return row && score !== null && score !== row.scores[dimension] ? [{ workerId: Number(id), dimension, score }] : [];
    });
  }, [edits, items]);

  const rows = useMemo(() => {
    const q = search.trim();
    return (items ?? []).filter((i) => (!q || i.name.includes(q) || i.communityName.includes(q)) && (only === 'all' || i.grade === null));
  }, [items, search, only]);

  const submit = async () => {
    try {
      const r = await save.mutateAsync({ items: changes });
      setEdits({});
      message.success(t('assessment.scoresSaved', { n: r.written }));
    } catch (err) {
      message.error(errorText(err));
    }
  };

  if (org.length < 2) return <Alert type="info" showIcon title={t('assessment.pickUnit')} />;
  if (sheet.isError) return <Alert type="error" showIcon title={errorText(sheet.error)} />;
  if (scheme.status === 'draft') return <Alert type="info" showIcon title={t('assessment.sheetAfterPublish')} />;

  const data = sheet.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="scoring-sheet">
      {/* After publication the sheet still grades live; appeals may since have changed a published grade. */}
      {scheme.status === 'results_published' ? <Alert type="success" showIcon title={t('assessment.sheetFinal')} /> : null}
      {data ? (
        <Alert
          type={data.messages.length ? 'warning' : 'info'}
          showIcon
          data-testid="sheet-messages"
          title={t('assessment.sheetSummary', { shown: data.items.length, assessed: data.assessed, top: data.topAllowed ?? t('assessment.noCap') })}
          description={data.messages.length ? (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {data.messages.map((m) => (
                <li key={m}>{tm(m)}</li>
              ))}
            </ul>
          ) : undefined}
        />
      ) : null}
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Input.Search allowClear placeholder={t('assessment.sheetSearch')} aria-label={t('assessment.sheetSearch')} onSearch={setSearch} onChange={(e) => !e.target.value && setSearch('')} style={{ width: 240 }} />
          <Segmented
            value={only}
            onChange={(v) => setOnly(v as 'all' | 'ungraded')}
            options={[
              { value: 'all', label: t('assessment.showAll') },
              { value: 'ungraded', label: t('assessment.showUngraded') },
            ]}
          />
        </Space>
        {editable ? (
          <Space wrap>
            {changes.length ? <Typography.Text type="warning">{t('assessment.unsaved', { n: changes.length })}</Typography.Text> : null}
            <Button disabled={!changes.length} onClick={() => setEdits({})}>
              {t('assessment.discard')}
            </Button>
            <Button type="primary" icon={<SaveOutlined />} disabled={!changes.length} loading={save.isPending} onClick={submit} data-testid="sheet-save">
              {t('assessment.saveScores')}
            </Button>
          </Space>
        ) : null}
      </Space>
      <Table<Participant>
        size="small"
        rowKey="workerId"
        dataSource={rows}
        loading={sheet.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200], showTotal: (n) => t('common.totalN', { n }) }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assessment.sheetEmpty')} /> }}
        expandable={{
          expandedRowRender: (p) => (
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="sheet-explanation">
              {p.explanation.map((line) => (
                <li key={line}>{tm(line)}</li>
              ))}
            </ul>
          ),
        }}
        data-testid="sheet-table"
        columns={[
          {
            title: t('assessment.worker'),
            key: 'name',
            fixed: 'left',
            render: (_: unknown, p) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/workers/${p.workerId}`}>{p.name}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[p.communityName, ...p.positions.map(enumText)].join(' · ')}
                </Typography.Text>
              </Space>
            ),
          },
          ...scheme.body.dimensions.map((d) => ({
            title: `${d.name} ${sharePct(d.weight)}`,
            key: d.key,
            align: 'right' as const,
            render: (_: unknown, p: Participant) => {
              if (d.source === 'residents') {
                return (
                  <Space size={4}>
                    <span>{formatDecimal(p.residentScore, 2)}</span>
                    {p.shortfall ? (
                      <Tooltip title={tm(p.shortfall)}>
                        <Tag color="orange">{t('assessment.shortfall')}</Tag>
                      </Tooltip>
                    ) : null}
                  </Space>
                );
              }
              const k = cellKey(p.workerId, d.key);
              const value = k in edits ? edits[k] : p.scores[d.key];
              if (!editable) return formatDecimal(value ?? null, 2);
              const changed = k in edits && edits[k] !== null && edits[k] !== p.scores[d.key];
              return (
                <InputNumber
                  size="small"
                  min={0}
                  max={100}
                  precision={2}
                  value={value ?? null}
                  onChange={(v) => setEdits((e) => ({ ...e, [k]: typeof v === 'number' ? v : null }))}
                  status={changed ? 'warning' : undefined}
                  style={{ width: 90 }}
                  aria-label={`${p.name} ${d.name}`}
                  data-testid={`score-${p.workerId}-${d.key}`}
                />
              );
            },
          })),
          ...(reference ? [{ title: reference.title, key: 'reference', render: (_: unknown, p: Participant) => reference.render(p.workerId) }] : []),
          {
            title: t('assessment.raters'),
            key: 'raters',
            align: 'right',
            render: (_: unknown, p) => <span data-testid={`raters-${p.workerId}`}>{t('assessment.ratersValue', { n: p.raters, ordinary: p.ordinary })}</span>,
          },
          { title: t('assessment.total'), dataIndex: 'total', align: 'right', render: (v: number | null, p) => <span data-testid={`total-${p.workerId}`}>{formatDecimal(v, 2)}</span> },
          {
            title: t('assessment.previewGrade'),
            key: 'grade',
            render: (_: unknown, p) => (
              <Space size={4} data-testid={`grade-${p.workerId}`}>
                {p.grade ? <Tag color={p.grade === scheme.body.grades.at(-1)?.name ? 'red' : p.grade === scheme.body.grades[0]?.name ? 'green' : 'blue'}>{p.grade}</Tag> : <Tag>{t('assessment.ungraded')}</Tag>}
                {p.capped ? (
                  <Tooltip title={t('assessment.cappedHint')}>
                    <Tag color="orange">{t('assessment.capped')}</Tag>
                  </Tooltip>
                ) : null}
              </Space>
            ),
          },
          {
            title: t('assessment.conductNotes'),
            dataIndex: 'conductNotes',
            align: 'right',
            render: (n: number) =>
              n ? (
                <Tooltip title={t('assessment.conductNotesHint')}>
                  <Tag color="red">{n}</Tag>
                </Tooltip>
              ) : (
                0
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, p) => (
              <Button size="small" type="link" icon={<QrcodeOutlined />} onClick={() => setQr(p)} data-testid={`qr-${p.workerId}`}>
                {t('assessment.surveyQr')}
              </Button>
            ),
          },
        ]}
      />
      <SurveyQrModal worker={qr} onClose={() => setQr(null)} />
    </Space>
  );
}
