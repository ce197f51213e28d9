import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import dayjs from 'dayjs';
import { filingInput } from '@cwp/contracts/employment.contract';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSubmitFiling } from '../api/submit-filing.ts';

const FIELDS = ['workerId', 'appointedOn', 'documentNo', 'note'] as const;

/** The street files a serving secretary with the county (A9.4); the county acknowledges it in 审批待办. */
export function FilingModal({ secretary, onClose }: { secretary: { workerId: number; workerName: string; communityName: string } | null; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const submitFiling = useSubmitFiling();
  const [general, setGeneral] = useState<string[]>([]);

  const close = () => {
    setGeneral([]);
    onClose();
  };
  const submit = async () => {
    if (!secretary) return;
    setGeneral([]);
    const v = form.getFieldsValue();
    const r = validateInto(form, filingInput, { workerId: secretary.workerId, appointedOn: toIsoDate(v.appointedOn) ?? undefined, documentNo: v.documentNo ?? '', note: v.note ?? '' }, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await submitFiling.mutateAsync(r.data);
      message.success(t('employment.filedDone'));
      close();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open={secretary !== null} title={t('employment.fileTitle')} onCancel={close} onOk={submit} okText={t('employment.file')} okButtonProps={{ 'data-testid': 'filing-ok' } as ButtonProps} confirmLoading={submitFiling.isPending} destroyOnHidden>
      {secretary ? (
        <Typography.Paragraph>
          {t('employment.secretary')}：<strong>{secretary.workerName}</strong>（{secretary.communityName}）
        </Typography.Paragraph>
      ) : null}
      <Form form={form} layout="vertical" preserve={false} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="filing-form">
        <Form.Item name="appointedOn" label={t('employment.appointedOn')} required>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="filing-appointed" />
        </Form.Item>
        <Form.Item name="documentNo" label={t('employment.documentNo')} required>
          <Input maxLength={80} data-testid="filing-document" />
        </Form.Item>
        <Form.Item name="note" label={t('employment.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
