import { useState } from 'react';
import { Alert, App, Button, Popconfirm, Space } from 'antd';
import { EditOutlined, NotificationOutlined, SendOutlined } from '@ant-design/icons';
import type { Scheme } from '@cwp/contracts/assessment.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { usePublishResults, usePublishScheme } from '../api/schemes.ts';

/**
 * The issuing unit's steps on a scheme: edit the draft, publish it (opens the survey and scoring), publish
 * the results. A refused results publication (someone ungraded) stays on screen with the server's reason.
 */
export function SchemeActions({ scheme: s, onEdit }: { scheme: Scheme; onEdit: () => void }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const publish = usePublishScheme();
  const results = usePublishResults();
  const [refusal, setRefusal] = useState<string | null>(null);

  const doPublish = async () => {
    try {
      await publish.mutateAsync(s.id);
      message.success(t('assessment.published'));
    } catch (err) {
      message.error(errorText(err));
    }
  };
  const doResults = async () => {
    setRefusal(null);
    try {
      await results.mutateAsync(s.id);
      message.success(t('assessment.resultsPublished'));
    } catch (err) {
      setRefusal(errorText(err));
    }
  };

  if (!s.editable || s.status === 'results_published') return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {s.status === 'draft' ? (
          <>
            <Button icon={<EditOutlined />} onClick={onEdit} data-testid="scheme-edit">
              {t('assessment.editScheme')}
            </Button>
            <Popconfirm title={t('assessment.publishConfirmTitle')} description={t('assessment.publishConfirm')} onConfirm={doPublish} okText={t('assessment.publish')} cancelText={t('common.cancel')}>
              <Button type="primary" icon={<SendOutlined />} loading={publish.isPending} data-testid="scheme-publish">
                {t('assessment.publish')}
              </Button>
            </Popconfirm>
          </>
        ) : (
          <Popconfirm title={t('assessment.resultsConfirmTitle')} description={t('assessment.resultsConfirm')} onConfirm={doResults} okText={t('assessment.publishResults')} cancelText={t('common.cancel')}>
            <Button type="primary" icon={<NotificationOutlined />} loading={results.isPending} data-testid="scheme-publish-results">
              {t('assessment.publishResults')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      {refusal ? <Alert type="error" showIcon closable={{ onClose: () => setRefusal(null) }} title={t('assessment.resultsRefused')} description={refusal} data-testid="results-refused" /> : null}
    </Space>
  );
}
