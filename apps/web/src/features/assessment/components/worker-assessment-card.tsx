import { useState } from 'react';
import { Alert, Button, Card, Empty, Skeleton, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { WorkerAssessments } from '@cwp/contracts/assessment.contract';
import { formatDateTime } from '../../../lib/dates.ts';
import { formatDecimal } from '../../../lib/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useWorkerAssessments, type ErrorTolerance } from '../api/worker-assessments.ts';
import { AppealStatusTag, useAssessmentText } from './assessment-text.tsx';
import { ConductTable } from './conduct-table.tsx';
import { FileAppealModal } from './file-appeal-modal.tsx';
import { ToleranceModal } from './tolerance-modal.tsx';

type Result = WorkerAssessments['results'][number];
type Appeal = WorkerAssessments['appeals'][number];

interface Props {
  workerId: number;
  /** The street (assessment:score) or the worker themself may ask for a review of a published result. */
  canAppeal: boolean;
  /** The county (assessment:manage) records 容错纠错 decisions. */
  canRecordTolerance: boolean;
}

const none = (text: string) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;

/** A10.2 / A7.1 on the worker page: results by year with their explanation, appeals, conduct notes, 容错纠错. */
export function WorkerAssessmentCard({ workerId, canAppeal, canRecordTolerance }: Props) {
  const { t, tm, errorText } = useI18n();
  const text = useAssessmentText();
  const q = useWorkerAssessments(workerId);
  const [appealing, setAppealing] = useState<Result | null>(null);
  const [tolerance, setTolerance] = useState(false);

  const body = () => {
    if (q.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
    if (q.isError) return <Alert type="warning" showIcon title={errorText(q.error)} />;
    const { results, appeals, conductNotes, errorTolerance } = q.data;
    const pending = new Set(appeals.filter((a) => a.status === 'pending').map((a) => a.schemeId));
    return (
      <Tabs
        size="small"
        items={[
          {
            key: 'results',
            label: t('assessment.resultsTab', { n: results.length }),
            children: results.length ? (
              <Table<Result>
                size="small"
                rowKey="schemeId"
                dataSource={results}
                pagination={false}
                scroll={{ x: 'max-content' }}
                data-testid="worker-results"
                expandable={{ expandedRowRender: (r) => <ul style={{ margin: 0, paddingLeft: 18 }}>{r.explanation.map((l) => <li key={l}>{tm(l)}</li>)}</ul> }}
                columns={[
                  { title: t('assessment.year'), dataIndex: 'year', width: 80 },
                  { title: t('assessment.schemeName'), dataIndex: 'schemeName' },
                  { title: t('assessment.total'), dataIndex: 'total', align: 'right', render: (v: number | null) => formatDecimal(v, 2) },
                  { title: t('assessment.grade'), dataIndex: 'grade', render: (g: string, r) => <Tag color={r.failing ? 'red' : 'blue'}>{g}</Tag> },
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    render: (_: unknown, r) =>
                      canAppeal ? (
                        pending.has(r.schemeId) ? (
                          <Typography.Text type="secondary">{t('assessment.appealPending')}</Typography.Text>
                        ) : (
                          <Button size="small" type="link" onClick={() => setAppealing(r)} data-testid={`file-appeal-${r.schemeId}`}>
                            {t('assessment.fileAppeal')}
                          </Button>
                        )
                      ) : null,
                  },
                ]}
              />
            ) : (
              none(t('assessment.noResults'))
            ),
          },
          {
            key: 'appeals',
            label: t('assessment.appealsTab', { n: appeals.length }),
            children: appeals.length ? (
              <Table<Appeal>
                size="small"
                rowKey="id"
                dataSource={appeals}
                pagination={false}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: t('assessment.year'), dataIndex: 'year', width: 80 },
                  { title: t('assessment.appealReason'), dataIndex: 'reason' },
                  { title: t('assessment.filedBy'), key: 'filed', render: (_: unknown, a) => `${a.filedBy} ${formatDateTime(a.filedAt)}` },
                  { title: t('assessment.status'), dataIndex: 'status', render: (v: Appeal['status']) => <AppealStatusTag status={v} /> },
                  { title: t('assessment.gradeChange'), key: 'grades', render: (_: unknown, a) => (a.newGrade ? `${a.oldGrade} → ${a.newGrade}` : a.oldGrade) },
                  { title: t('assessment.decision'), dataIndex: 'decision', render: (v: string | null) => v ?? '—' },
                ]}
              />
            ) : (
              none(t('assessment.noAppeals'))
            ),
          },
          {
            key: 'conduct',
            label: t('assessment.conductTab', { n: conductNotes.length }),
            children: conductNotes.length ? <ConductTable items={conductNotes} showWorker={false} /> : none(t('assessment.noConduct')),
          },
          {
            key: 'tolerance',
            label: t('assessment.toleranceTab', { n: errorTolerance.length }),
            children: (
              <>
                {canRecordTolerance ? (
                  <Button size="small" icon={<PlusOutlined />} onClick={() => setTolerance(true)} style={{ marginBottom: 8 }} data-testid="tolerance-add">
                    {t('assessment.recordTolerance')}
                  </Button>
                ) : null}
                {errorTolerance.length ? (
                  <Table<ErrorTolerance>
                    size="small"
                    rowKey="id"
                    dataSource={errorTolerance}
                    pagination={false}
                    scroll={{ x: 'max-content' }}
                    columns={[
                      { title: t('assessment.decidedOn'), dataIndex: 'decidedOn', width: 110 },
                      { title: t('assessment.matter'), dataIndex: 'matter' },
                      { title: t('assessment.toleranceDecision'), dataIndex: 'decision', render: (v: string) => text.tolerance(v) },
                      { title: t('assessment.basis'), dataIndex: 'basis' },
                      { title: t('assessment.recordedBy'), dataIndex: 'recordedBy' },
                    ]}
                  />
                ) : (
                  none(t('assessment.noTolerance'))
                )}
              </>
            ),
          },
        ]}
      />
    );
  };

  return (
    <Card size="small" title={t('assessment.cardTitle')} data-testid="worker-assessment">
      {body()}
      <FileAppealModal target={appealing ? { schemeId: appealing.schemeId, workerId, year: appealing.year, grade: appealing.grade } : null} onClose={() => setAppealing(null)} />
      {canRecordTolerance ? <ToleranceModal workerId={workerId} open={tolerance} onClose={() => setTolerance(false)} /> : null}
    </Card>
  );
}
