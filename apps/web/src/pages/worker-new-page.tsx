import { App, Card } from 'antd';
import { useNavigate } from 'react-router';
import { WorkerForm } from '../features/workers/components/worker-form.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { renderWorkerOrgPicker } from './worker-org-picker.tsx';

export default function WorkerNewPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { scopeCode, orgCode } = useCurrentOrg();
  // Start from the node the user is working on when it is a street (9 digits) or a community (12).
  const defaultStreet = orgCode.length >= 9 ? orgCode.slice(0, 9) : undefined;
  const defaultCommunity = orgCode.length === 12 ? orgCode : undefined;

  return (
    <Card title={t('workers.new')}>
      <WorkerForm
        mode="create"
        scopeCode={scopeCode}
        defaultStreetCode={defaultStreet}
        defaultCommunityCode={defaultCommunity}
        renderOrgPicker={renderWorkerOrgPicker}
        onSaved={(w) => {
          message.success(t('workers.registered', { name: w.name }));
          navigate(`/workers/${w.id}`, { replace: true });
        }}
        onCancel={() => navigate(-1)}
      />
    </Card>
  );
}
