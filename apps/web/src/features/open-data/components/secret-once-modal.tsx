import { Alert, Button, Modal, Typography } from 'antd';
import type { CreatedApiKey } from '@cwp/contracts/open-data.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/** Shows a new key's secret the one time it exists outside the other system; closing forgets it. */
export function SecretOnceModal({ created, onClose }: { created: CreatedApiKey | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal
      open={created !== null}
      title={t('openData.secretTitle')}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose} data-testid="open-key-secret-done">
          {t('openData.secretDone')}
        </Button>
      }
    >
      {created ? (
        <>
          <Alert type="warning" showIcon title={t('openData.secretWarning')} style={{ marginBottom: 16 }} />
          <Typography.Paragraph strong>{created.key.name}</Typography.Paragraph>
          <Typography.Paragraph
            code
            copyable={{ text: created.secret, tooltips: [t('openData.copy'), t('openData.copied')] }}
            style={{ wordBreak: 'break-all', fontSize: 15 }}
            data-testid="open-key-secret"
          >
            {created.secret}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('openData.usage')}</Typography.Paragraph>
        </>
      ) : null}
    </Modal>
  );
}
