import { useState } from 'react';
import { Alert, App, Button, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useImportAttendance, type AttendanceImportResult } from '../api/programmes.ts';

type RowError = AttendanceImportResult['errors'][number];

/**
 * The sign-in sheet (.xlsx) a training office keeps. The server writes nothing unless every row is good, so a
 * rejected sheet shows its problem rows for the clerk to fix and upload again.
 */
export function AttendanceImport({ programmeId }: { programmeId: number }) {
  const { t, lang, errorText } = useI18n();
  const { message } = App.useApp();
  const upload = useImportAttendance(programmeId);
  const [rejected, setRejected] = useState<AttendanceImportResult | null>(null);

  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Space wrap align="start">
        <Upload
          accept=".xlsx"
          multiple={false}
          showUploadList={false}
          disabled={upload.isPending}
          beforeUpload={(file) => {
            if (/\.xlsx$/i.test(file.name)) return true;
            message.error(t('training.importBadType'));
            return Upload.LIST_IGNORE;
          }}
          customRequest={({ file, onSuccess, onError }) => {
            setRejected(null);
            upload.mutate(file as File, {
              onSuccess: (r) => {
                onSuccess?.(r);
                if (r.errors.length) setRejected(r);
                else message.success(t('training.importDone', { n: r.written }));
              },
              onError: (err) => onError?.(err),
            });
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="attendance-import">
            {t('training.importSheet')}
          </Button>
        </Upload>
        <Typography.Text type="secondary" style={{ maxWidth: 720, display: 'inline-block' }}>
          {t('training.importHint')}
        </Typography.Text>
      </Space>
      {upload.isError ? <Alert type="error" showIcon title={errorText(upload.error)} /> : null}
      {rejected ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setRejected(null) }}
          title={t('training.importFailed', { rows: rejected.rows, n: new Set(rejected.errors.map((e) => e.row)).size })}
          description={
            <Table<RowError>
              size="small"
              rowKey={(e) => `${e.row}:${e.message}`}
              dataSource={rejected.errors}
              pagination={rejected.errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              columns={[
                { title: t('training.importRow'), dataIndex: 'row', width: 80 },
                { title: t('training.importProblem'), key: 'message', render: (_: unknown, e) => (lang === 'en' ? e.messageEn : e.message) },
              ]}
              data-testid="attendance-import-errors"
            />
          }
        />
      ) : null}
    </Space>
  );
}
