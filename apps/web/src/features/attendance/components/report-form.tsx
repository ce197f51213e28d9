import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Radio } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { reportInput } from '@cwp/contracts/attendance.contract';
import { REPORT_KINDS } from '@cwp/domain/attendance';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useFileReport } from '../api/reports.ts';

const FIELDS = ['kind', 'subject', 'body'] as const;
const BIG = { minHeight: 44, height: 'auto', lineHeight: '20px', padding: '11px 8px', textAlign: 'center' as const, borderRadius: 8, flex: 1 };

/** A worker (their own name) or the secretary (for the community) files a 请示 or 报告 to the street from the phone. */
export function ReportForm({ workerId }: { workerId?: number }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const file = useFileReport();
  const [general, setGeneral] = useState<string[]>([]);
  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const r = validateInto(form, reportInput, { kind: v.kind, workerId, subject: v.subject ?? '', body: v.body ?? '' }, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await file.mutateAsync(r.data);
      message.success(t('rep.sent'));
      form.resetFields();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };
  return (
    <Card title={t('rep.myFile')} styles={{ body: { paddingBottom: 16 } }}>
      <Form form={form} layout="vertical" size="large" onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="report-form">
        <Form.Item name="kind" label={t('rep.kind')} extra={t('rep.myKindHint')} required>
          <Radio.Group style={{ display: 'flex', gap: 8 }} data-testid="report-kind">
            {REPORT_KINDS.map((k) => (
              <Radio.Button key={k} value={k} style={BIG}>
                {k}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="subject" label={t('rep.subject')} required>
          <Input maxLength={100} placeholder={t('rep.subjectHint')} style={{ fontSize: 16 }} data-testid="report-subject" />
        </Form.Item>
        <Form.Item name="body" label={t('rep.body')} required>
          <Input.TextArea rows={4} maxLength={4000} showCount style={{ fontSize: 16 }} data-testid="report-body" />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} style={{ marginBottom: 16 }} /> : null}
        <Button type="primary" block icon={<SendOutlined />} onClick={submit} loading={file.isPending} style={{ height: 48, fontSize: 16 }} data-testid="report-submit">
          {t('att.submit')}
        </Button>
      </Form>
    </Card>
  );
}
