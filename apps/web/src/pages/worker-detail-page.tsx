import { useState } from 'react';
import { Button, Card, Col, Result, Row, Skeleton, Space, Typography } from 'antd';
import { EditOutlined, LogoutOutlined, SwapOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../lib/api-client.ts';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { OrgTreeSelect } from '../features/org/components/org-tree-select.tsx';
import { useWorker } from '../features/workers/api/get-worker.ts';
import { ExitWorkerModal } from '../features/workers/components/exit-worker-modal.tsx';
import { TransferWorkerModal } from '../features/workers/components/transfer-worker-modal.tsx';
import { WorkerDescriptions } from '../features/workers/components/worker-descriptions.tsx';
import { WorkerHistoryTimeline } from '../features/workers/components/worker-history-timeline.tsx';
import { WorkerStatusTag } from '../features/workers/components/worker-status-tag.tsx';
import { WorkerGradeCard } from '../features/grading/components/worker-grade-card.tsx';
import { WorkerTrainingCard } from '../features/training/components/worker-training-card.tsx';
import { WorkerAssessmentCard } from '../features/assessment/components/worker-assessment-card.tsx';
import { WorkerIncentivesCard } from '../features/incentives/components/worker-incentives-card.tsx';
import { WorkerLeaveCard } from '../features/workflow/components/worker-leave-card.tsx';
import { WorkerSecondmentCard } from '../features/burden/components/worker-secondment-card.tsx';
import { WorkerEmploymentCards } from '../features/employment/components/worker-employment-cards.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

export default function WorkerDetailPage() {
  const id = Number(useParams().id);
  const me = useCurrentUser();
  const { t, errorText } = useI18n();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { scopeCode } = useCurrentOrg();
  const [reveal, setReveal] = useState(false);
  const [dialog, setDialog] = useState<'transfer' | 'exit' | null>(null);
  const plain = useWorker(id, false);
  const revealed = useWorker(id, reveal);
  const q = reveal && revealed.data ? revealed : plain;

  if (!Number.isInteger(id) || id <= 0) return <Result status="404" title={t('error.notFound')} />;
  if (q.isPending) return <Card><Skeleton active paragraph={{ rows: 12 }} /></Card>;
  if (q.isError) {
    const nf = q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 403);
    return <Result status={nf ? '404' : 'error'} title={nf ? t('error.notFound') : errorText(q.error)} />;
  }
  const w = q.data;
  const canWrite = hasPermission(me, 'workers:write') && me.role !== 'worker';
  const exited = w.status === '已退出';
  // A community secretary manages daily work but not the register: an exit is asked of the street.
  const canRequestExit = hasPermission(me, 'daily:manage') && me.role !== 'worker';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="worker-name">
            {w.name}
          </Typography.Title>
          <WorkerStatusTag status={w.status} />
          <Typography.Text type="secondary">
            {w.streetName} / {w.communityName}
          </Typography.Text>
          <div style={{ flex: 1 }} />
          {canWrite && !exited ? (
            <Space wrap>
              <Button icon={<EditOutlined />} onClick={() => navigate(`/workers/${w.id}/edit`)}>
                {t('workers.edit')}
              </Button>
              <Button icon={<SwapOutlined />} onClick={() => setDialog('transfer')}>
                {t('workers.transfer')}
              </Button>
              <Button danger icon={<LogoutOutlined />} onClick={() => setDialog('exit')}>
                {t('workers.exit')}
              </Button>
            </Space>
          ) : null}
          {!canWrite && canRequestExit && !exited ? (
            <Button danger icon={<LogoutOutlined />} onClick={() => setDialog('exit')} data-testid="request-exit">
              {t('workers.exitRequest')}
            </Button>
          ) : null}
        </div>
      </Card>
      {revealed.isError && reveal ? <Typography.Text type="danger">{errorText(revealed.error)}</Typography.Text> : null}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <WorkerDescriptions
            worker={w}
            canReveal={hasPermission(me, 'workers:reveal')}
            revealing={reveal && revealed.isFetching}
            onReveal={() => setReveal(true)}
          />
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title={t('workers.history')}>
            <WorkerHistoryTimeline workerId={w.id} />
          </Card>
        </Col>
      </Row>
      <WorkerGradeCard workerId={w.id} />
      {/* The record's own endpoint needs only workers:read, so a worker sees their own training too. */}
      <WorkerTrainingCard workerId={w.id} />
      {/* Like training, readable with workers:read; the street or the worker themself may appeal a result. */}
      <WorkerAssessmentCard
        workerId={w.id}
        canAppeal={hasPermission(me, 'assessment:score') || (me.role === 'worker' && me.workerId === w.id)}
        canRecordTolerance={hasPermission(me, 'assessment:manage')}
      />
      {/* Readable with workers:read like the cards above, so a worker sees their own; vetting needs incentives:write. */}
      <WorkerIncentivesCard workerId={w.id} workerName={w.name} canVet={hasPermission(me, 'incentives:write')} />
      {/* Readable with workers:read too: the worker sees their own leave here as well as on 我的请假. */}
      <WorkerLeaveCard workerId={w.id} />
      <WorkerSecondmentCard workerId={w.id} />
      {/* Probation, contract and secretary filing; readable with workers:read like the cards above. */}
      <WorkerEmploymentCards workerId={w.id} />
      {canWrite ? (
        <>
          <TransferWorkerModal
            worker={w}
            open={dialog === 'transfer'}
            onClose={() => {
              setDialog(null);
              void qc.invalidateQueries({ queryKey: ['org-unit'] });
            }}
            communityPicker={
              <OrgTreeSelect
                rootCode={scopeCode}
                selectableLevels={['community']}
                placeholder={t('workers.pickCommunity')}
                style={{ width: '100%' }}
                data-testid="transfer-community-picker"
              />
            }
          />
        </>
      ) : null}
      {canWrite || canRequestExit ? <ExitWorkerModal worker={w} open={dialog === 'exit'} onClose={() => setDialog(null)} viaApproval={!canWrite} /> : null}
    </Space>
  );
}
