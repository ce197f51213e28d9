import { useRef } from 'react';
import { Button, Modal, QRCode, Space, Typography } from 'antd';
import { DownloadOutlined, LinkOutlined } from '@ant-design/icons';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/** The absolute link residents open on their phones; the token is the only key (no login). */
export const surveyUrl = (token: string) => `${window.location.origin}/survey/${token}`;

interface Props {
  /** The worker whose survey is shown; null = closed. */
  worker: { name: string; communityName: string; surveyToken: string } | null;
  onClose: () => void;
}

/** A worker's survey QR code and link, to print on a notice or send to residents (A10.1). */
export function SurveyQrModal({ worker, onClose }: Props) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const url = worker ? surveyUrl(worker.surveyToken) : '';

  // The canvas QR code is saved as drawn, so the printed code is the one on screen.
  const download = () => {
    const canvas = box.current?.querySelector('canvas');
    if (!canvas || !worker) return;
    const a = document.createElement('a');
    a.href = canvas.toDataURL('image/png');
    a.download = `${worker.communityName}-${worker.name}-测评二维码.png`;
    a.click();
  };

  return (
    <Modal open={!!worker} title={t('assessment.qrTitle', { name: worker?.name ?? '' })} onCancel={onClose} footer={null} destroyOnHidden width={420}>
      {worker ? (
        <Space orientation="vertical" align="center" style={{ width: '100%' }} data-testid="survey-qr">
          <div ref={box} style={{ background: '#fff', padding: 8 }}>
            <QRCode value={url} size={240} type="canvas" errorLevel="M" />
          </div>
          <Typography.Text strong>{`${worker.communityName} · ${worker.name}`}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginBottom: 0 }}>
            {t('assessment.qrHint')}
          </Typography.Paragraph>
          <Typography.Text copyable={{ text: url, tooltips: [t('assessment.copyLink'), t('assessment.copied')] }} style={{ wordBreak: 'break-all' }} data-testid="survey-link">
            {url}
          </Typography.Text>
          <Space wrap>
            <Button icon={<DownloadOutlined />} onClick={download}>
              {t('assessment.downloadQr')}
            </Button>
            <Button icon={<LinkOutlined />} href={url} target="_blank" rel="noreferrer">
              {t('assessment.openSurvey')}
            </Button>
          </Space>
        </Space>
      ) : null}
    </Modal>
  );
}
