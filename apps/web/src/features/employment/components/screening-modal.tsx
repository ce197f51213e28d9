import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, type ButtonProps } from 'antd';
import dayjs from 'dayjs';
import { screeningInput } from '@cwp/contracts/employment.contract';
import { SCREENING_RESULTS } from '@cwp/domain/employment';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useRecordScreening } from '../api/record-screening.ts';
import { useEmploymentText } from './employment-text.tsx';

const FIELDS = ['result', 'screenedOn', 'opinion', 'exitDate'] as const;

/** Records the 考察 result of one worker on probation (A9.3); a failure is an exit and says so before saving. */
export function ScreeningModal({ worker, onClose }: { worker: { workerId: number; workerName: string } | null; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useEmploymentText();
  const [form] = Form.useForm();
  const record = useRecordScreening();
  const [general, setGeneral] = useState<string[]>([]);
  const result = Form.useWatch('result', form) as string | undefined;

  const close = () => {
    setGeneral([]);
    onClose();
  };
  const submit = async () => {
    if (!worker) return;
    setGeneral([]);
    const v = form.getFieldsValue();
    const r = validateInto(form, screeningInput, { result: v.result, screenedOn: toIsoDate(v.screenedOn) ?? undefined, opinion: v.opinion ?? '', exitDate: toIsoDate(v.exitDate) ?? undefined }, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await record.mutateAsync({ workerId: worker.workerId, input: r.data });
      message.success(t('employment.screenedDone'));
      close();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open={worker !== null} title={worker ? t('employment.screenTitle', { name: worker.workerName }) : ''} onCancel={close} onOk={submit} okText={t('employment.save')} okButtonProps={{ danger: result === '不合格', 'data-testid': 'screening-ok' } as ButtonProps} confirmLoading={record.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ screenedOn: dayjs() }} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="screening-form">
        <Form.Item name="result" label={t('employment.result')} required>
          <Radio.Group options={SCREENING_RESULTS.map((v) => ({ value: v, label: text.result(v) }))} data-testid="screening-result" />
        </Form.Item>
        <Form.Item name="screenedOn" label={t('employment.screenedOn')} required>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="screening-date" />
        </Form.Item>
        <Form.Item name="opinion" label={t('employment.opinion')} required>
          <Input.TextArea rows={3} maxLength={480} showCount data-testid="screening-opinion" />
        </Form.Item>
        {result === '不合格' ? (
          <>
            <Form.Item name="exitDate" label={t('employment.exitDate')}>
              <DatePicker style={{ width: '100%' }} data-testid="screening-exit-date" />
            </Form.Item>
            <Alert type="warning" showIcon title={t('employment.failHint')} style={{ marginBottom: 12 }} />
          </>
        ) : null}
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
