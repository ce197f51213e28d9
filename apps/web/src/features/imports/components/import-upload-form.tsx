import { useState } from 'react';
import { App, Button, Descriptions, Progress, Radio, Space, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { ImportJob } from '@cwp/contracts/imports.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { createImport, type ImportMode } from '../api/create-import.ts';
import { importTemplateUrl } from '../api/download-import-template.ts';

interface Props {
  /** Current working node from the header picker; '' = national. */
  orgCode: string;
  orgName: string;
  onUploaded: (job: ImportJob) => void;
}

const ACCEPT = '.xlsx,.csv';

/** Target unit, mode, template and the file drop: one upload starts one dry run. */
export function ImportUploadForm({ orgCode, orgName, onUploaded }: Props) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const [mode, setMode] = useState<ImportMode>('normal');
  const [percent, setPercent] = useState<number | null>(null);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'target',
            label: t('import.targetUnit'),
            children: (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong data-testid="import-target">
                  {orgName}
                  {orgCode ? <Typography.Text type="secondary">（{orgCode}）</Typography.Text> : null}
                </Typography.Text>
                <Typography.Text type="secondary">{t('import.targetHint')}</Typography.Text>
              </Space>
            ),
          },
          {
            key: 'mode',
            label: t('import.mode'),
            children: (
              <Space orientation="vertical" size={4}>
                <Radio.Group
                  aria-label={t('import.mode')}
                  value={mode}
                  onChange={(e) => setMode(e.target.value as ImportMode)}
                  options={[
                    { value: 'normal', label: t('import.modeNormal') },
                    { value: 'gridConversion', label: t('import.modeGrid') },
                  ]}
                />
                <Typography.Text type="secondary">{mode === 'normal' ? t('import.modeNormalHint') : t('import.modeGridHint')}</Typography.Text>
              </Space>
            ),
          },
        ]}
      />
      <div>
        <Button icon={<DownloadOutlined />} href={importTemplateUrl(mode, orgCode)} download data-testid="import-template">
          {t('import.downloadTemplate')}
        </Button>
      </div>
      <Upload.Dragger
        accept={ACCEPT}
        multiple={false}
        showUploadList={false}
        disabled={percent !== null}
        beforeUpload={(file) => {
          if (/\.(xlsx|csv)$/i.test(file.name)) return true;
          message.error(t('import.badType'));
          return Upload.LIST_IGNORE;
        }}
        customRequest={({ file, onProgress, onSuccess, onError }) => {
          setPercent(0);
          const upload = createImport({ orgCode, mode, file: file as File }, (p) => {
            setPercent(p);
            onProgress?.({ percent: p });
          });
          upload.done
            .then((job) => {
              onSuccess?.(job);
              onUploaded(job);
            })
            .catch((err: unknown) => {
              onError?.(err as Error);
              message.error(errorText(err));
            })
            .finally(() => setPercent(null));
          return { abort: upload.abort };
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('import.dragText')}</p>
        <p className="ant-upload-hint">{t('import.dragHint')}</p>
        {percent !== null ? (
          <div style={{ maxWidth: 360, margin: '8px auto 0' }}>
            <Progress percent={percent} size="small" />
            <Typography.Text type="secondary">{t('import.uploading', { percent })}</Typography.Text>
          </div>
        ) : null}
      </Upload.Dragger>
    </Space>
  );
}
