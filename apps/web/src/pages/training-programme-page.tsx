import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { ApiError } from '../lib/api-client.ts';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { OrgTreeSelect } from '../features/org/components/org-tree-select.tsx';
import { useProgramme } from '../features/training/api/programmes.ts';
import { AttendanceTable } from '../features/training/components/attendance-table.tsx';
import { EnrolModal } from '../features/training/components/enrol-modal.tsx';
import { ProgrammeFormModal } from '../features/training/components/programme-form-modal.tsx';
import { TopicTags } from '../features/training/components/trainer-topics.tsx';
import { useTrainingText } from '../features/training/components/training-text.tsx';
import { WorkerMultiSelect } from '../features/workers/components/worker-multi-select.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

const ORGANISER_LEVELS = ['province', 'city', 'county', 'street'] as const;
/** Whole-unit enrolment takes a county, street or community (the contract's 6, 9 or 12 digits). */
const ENROL_LEVELS = ['county', 'street', 'community'] as const;

/** A programme (A8.1): its facts, who is enrolled from the user's scope, and their attendance. */
export default function TrainingProgrammePage() {
  const id = Number(useParams().id);
  const { t, errorText } = useI18n();
  const text = useTrainingText();
  const { orgCode, scopeCode } = useCurrentOrg();
  const canWrite = hasPermission(useCurrentUser(), 'training:write');
  const q = useProgramme(id);
  // Each opening mounts a fresh modal, so its form starts from the current programme.
  const [dialog, setDialog] = useState<{ kind: 'edit' | 'enrol'; n: number } | null>(null);
  const open = (kind: 'edit' | 'enrol') => setDialog((d) => ({ kind, n: (d?.n ?? 0) + 1 }));

  if (!Number.isInteger(id) || id <= 0) return <Result status="404" title={t('error.notFound')} />;
  if (q.isPending) return <Card><Skeleton active paragraph={{ rows: 10 }} /></Card>;
  if (q.isError) {
    const nf = q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 403);
    return <Result status={nf ? '404' : 'error'} title={nf ? t('error.notFound') : errorText(q.error)} extra={<Link to="/training/programmes">{t('training.backToList')}</Link>} />;
  }
  const p = q.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <Space>
            <Link to="/training/programmes" aria-label={t('training.backToList')}>
              <ArrowLeftOutlined />
            </Link>
            <span data-testid="programme-heading">{p.title}</span>
          </Space>
        }
        extra={
          canWrite && p.editable ? (
            <Button icon={<EditOutlined />} onClick={() => open('edit')} data-testid="programme-edit">
              {t('training.edit')}
            </Button>
          ) : null
        }
        data-testid="programme-detail"
      >
        {canWrite && !p.editable ? <Alert type="info" showIcon title={t('training.notEditable')} style={{ marginBottom: 12 }} /> : null}
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'organiser', label: t('training.organiser'), children: p.organiserName },
            {
              key: 'tier',
              label: t('training.tier'),
              children: (
                <Space size={4} wrap>
                  <span>{text.tier(p.tier)}</span>
                  {p.countyOrAbove ? <Tag color="blue" title={t('training.countyOrAboveHint')}>{t('training.countyOrAbove')}</Tag> : null}
                </Space>
              ),
            },
            { key: 'kind', label: t('training.kind'), children: text.kind(p.kind) },
            { key: 'mode', label: t('training.mode'), children: text.mode(p.mode) },
            { key: 'dates', label: t('training.dates'), children: `${p.startDate} ~ ${p.endDate}` },
            { key: 'hours', label: t('training.hours'), children: p.hours },
            { key: 'topics', label: t('training.topics'), children: <TopicTags topics={p.topics} /> },
            { key: 'location', label: t('training.location'), children: p.location || '—' },
            { key: 'trainers', label: t('training.trainers'), children: p.trainers.map((x) => x.name).join('、') || '—' },
            { key: 'counts', label: t('training.enrolledCompleted'), children: <span data-testid="programme-counts">{`${p.enrolled} / ${p.completed}`}</span> },
            { key: 'createdBy', label: t('training.createdBy'), children: p.createdBy },
            { key: 'description', label: t('training.description'), span: 'filled', children: p.description ? <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{p.description}</Typography.Paragraph> : '—' },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('training.attendanceTitle')}
        extra={
          canWrite ? (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => open('enrol')} data-testid="programme-enrol">
              {t('training.enrol')}
            </Button>
          ) : null
        }
      >
        <AttendanceTable programme={p} canWrite={canWrite} />
      </Card>
      {canWrite && dialog?.kind === 'edit' ? (
        <ProgrammeFormModal
          key={dialog.n}
          open
          programme={p}
          defaultOrganiser={p.organiserCode}
          organiserPicker={<OrgTreeSelect rootCode={scopeCode} selectableLevels={ORGANISER_LEVELS} leafLevel="street" style={{ width: '100%' }} data-testid="programme-organiser" />}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {canWrite && dialog?.kind === 'enrol' ? (
        <EnrolModal
          key={dialog.n}
          open
          programmeId={p.id}
          defaultUnit={[6, 9, 12].includes(orgCode.length) ? orgCode : ''}
          workerPicker={<WorkerMultiSelect org={orgCode} data-testid="enrol-workers" />}
          unitPicker={<OrgTreeSelect rootCode={scopeCode} selectableLevels={ENROL_LEVELS} style={{ width: '100%' }} data-testid="enrol-unit" />}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Space>
  );
}
