import { useState } from 'react';
import { Alert, App, DatePicker, Form, Modal, Typography } from 'antd';
import { returnInput, type Leave } from '@cwp/contracts/workflow.contract';
import { todayIso } from '@cwp/domain/dates';
import { fromIsoDate, toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useRecordReturn } from '../api/record-return.ts';
import { useWorkflowText } from './workflow-text.tsx';

const FIELDS = ['returnedOn'] as const;

/** Approved leave that has begun can be closed by a return (销假); the server takes a day from its start to today. */
export const mayRecordReturn = (l: Leave) => l.request.status === 'approved' && l.returnedOn === null && l.startDate <= todayIso();

/** 销假: the day the worker came back (today unless told otherwise). */
export function ReturnModal({ leave, onClose, phone = false }: { leave: Leave | null; onClose: () => void; phone?: boolean }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useWorkflowText();
  const [form] = Form.useForm();
  const record = useRecordReturn();
  const [general, setGeneral] = useState<string[]>([]);

  const close = () => {
    setGeneral([]);
    onClose();
  };
  const submit = async () => {
    if (!leave) return;
    setGeneral([]);
    const r = validateInto(form, returnInput, { returnedOn: toIsoDate(form.getFieldValue('returnedOn')) ?? undefined }, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await record.mutateAsync({ requestId: leave.requestId, returnedOn: r.data.returnedOn });
      message.success(t('daily.returnedDone'));
      close();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  const size = phone ? 'large' : 'middle';
  return (
    <Modal
      open={!!leave}
      title={t('daily.returnTitle')}
      onCancel={close}
      onOk={submit}
      okText={t('daily.returnOk')}
      confirmLoading={record.isPending}
      okButtonProps={{ size }}
      cancelButtonProps={{ size }}
      centered={phone}
      destroyOnHidden
      width={phone ? 420 : 480}
    >
      {leave ? (
        <Typography.Paragraph>
          {t('daily.returnOf', { name: leave.workerName, type: text.leaveType(leave.leaveType), start: leave.startDate, end: leave.endDate, days: leave.days })}
        </Typography.Paragraph>
      ) : null}
      <Form form={form} layout="vertical" size={size} initialValues={{ returnedOn: fromIsoDate(todayIso()) }} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="return-form">
        <Form.Item name="returnedOn" label={t('daily.returnedOn')} required extra={t('daily.returnedOnHint')}>
          <DatePicker
            allowClear={false}
            style={{ width: '100%' }}
            // Between the first day of leave and today (the server's calendar day), as the server checks.
            disabledDate={(d) => !leave || d.isBefore(fromIsoDate(leave.startDate), 'day') || d.isAfter(fromIsoDate(todayIso()), 'day')}
            data-testid="return-date"
          />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
