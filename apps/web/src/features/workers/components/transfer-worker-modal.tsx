import { useState, type ReactElement } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { transferWorkerInput, type WorkerDetail } from '@cwp/contracts/workers.contract';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useTransferWorker } from '../api/transfer-worker.ts';

const FIELDS = ['toCommunityCode', 'reason', 'effectiveDate'] as const;

interface Props {
  worker: WorkerDetail;
  open: boolean;
  onClose: () => void;
  /** The page supplies the org picker (community leaves in the user's scope); Form.Item wires value/onChange. */
  communityPicker: ReactElement;
}

export function TransferWorkerModal({ worker, open, onClose, communityPicker }: Props) {
  const { t, tm, errorText } = useI18n();
  const [form] = Form.useForm();
  const mutation = useTransferWorker(worker.id);
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = { toCommunityCode: v.toCommunityCode ?? '', reason: v.reason ?? '', effectiveDate: toIsoDate(v.effectiveDate) ?? undefined };
    const r = validateInto(form, transferWorkerInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    if (r.data.toCommunityCode === worker.communityCode) {
      form.setFields([{ name: 'toCommunityCode', errors: [t('workers.transferSameCommunity')] }]);
      return;
    }
    try {
      await mutation.mutateAsync(r.data);
      form.resetFields();
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal
      open={open}
      title={t('workers.transferTitle', { name: worker.name })}
      onCancel={onClose}
      onOk={submit}
      okText={t('workers.transferOk')}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph type="secondary">
        {t('workers.transferFrom', { from: `${worker.streetName} / ${worker.communityName}` })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ effectiveDate: dayjs() }} onValuesChange={(c) => clearChangedErrors(form, c)}>
        <Form.Item name="toCommunityCode" label={t('workers.transferTo')} required>
          {communityPicker}
        </Form.Item>
        <Form.Item name="reason" label={t('workers.transferReason')} required>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Form.Item name="effectiveDate" label={t('workers.effectiveDate')} required>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
