import { App, Card, Result, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../lib/api-client.ts';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useWorker } from '../features/workers/api/get-worker.ts';
import { WorkerForm } from '../features/workers/components/worker-form.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { renderWorkerOrgPicker } from './worker-org-picker.tsx';

export default function WorkerEditPage() {
  const id = Number(useParams().id);
  const me = useCurrentUser();
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { scopeCode } = useCurrentOrg();
  // Editing needs the real ID number and phone to send back; roles without reveal edit the rest only.
  const q = useWorker(id, hasPermission(me, 'workers:reveal'));

  if (q.isPending) return <Card><Skeleton active paragraph={{ rows: 12 }} /></Card>;
  if (q.isError) {
    const nf = q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 403);
    return <Result status={nf ? '404' : 'error'} title={nf ? t('error.notFound') : errorText(q.error)} />;
  }
  if (q.data.status === '已退出') return <Result status="warning" title={t('workers.exitedReadOnly')} />;

  return (
    <Card title={t('workers.editTitle', { name: q.data.name })}>
      <WorkerForm
        key={q.data.version}
        mode="edit"
        initial={q.data}
        scopeCode={scopeCode}
        renderOrgPicker={renderWorkerOrgPicker}
        onSaved={(w) => {
          message.success(t('common.saved'));
          navigate(`/workers/${w.id}`, { replace: true });
        }}
        onCancel={() => navigate(-1)}
      />
    </Card>
  );
}
