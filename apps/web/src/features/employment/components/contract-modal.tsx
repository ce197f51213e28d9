import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select, Typography, type ButtonProps } from 'antd';
import dayjs from 'dayjs';
import { contractInput, type LabourContract } from '@cwp/contracts/employment.contract';
import { CONTRACT_KINDS } from '@cwp/domain/employment';
import { fromIsoDate, toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useRecordContract } from '../api/record-contract.ts';

const FIELDS = ['contractNo', 'kind', 'startDate', 'endDate', 'signedOn', 'note'] as const;

export interface ContractTarget {
  workerId: number;
  workerName: string;
  /** The current contract when renewing (续签); null for a first contract. */
  previous: LabourContract | null;
}

/** Records a worker's first contract with the street or renews the current one (A12.2). */
export function ContractModal({ target, onClose }: { target: ContractTarget | null; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const record = useRecordContract();
  const [general, setGeneral] = useState<string[]>([]);
  const kind = Form.useWatch('kind', form) as string | undefined;
  const prev = target?.previous ?? null;
  // A renewal usually starts the day after the old contract ends.
  const initialStart = prev?.endDate ? fromIsoDate(prev.endDate)!.add(1, 'day') : dayjs();

  const close = () => {
    setGeneral([]);
    onClose();
  };
  const submit = async () => {
    if (!target) return;
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = {
      contractNo: v.contractNo ?? '',
      kind: v.kind,
      startDate: toIsoDate(v.startDate) ?? undefined,
      endDate: v.kind === '无固定期限' ? null : (toIsoDate(v.endDate) ?? null),
      signedOn: toIsoDate(v.signedOn) ?? undefined,
      previousId: prev?.id ?? null,
      note: v.note ?? '',
    };
    const r = validateInto(form, contractInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await record.mutateAsync({ workerId: target.workerId, input: r.data });
      message.success(t('employment.contractSaved'));
      close();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  const title = target ? t(prev ? 'employment.renewTitle' : 'employment.contractTitle', { name: target.workerName }) : '';
  return (
    <Modal open={target !== null} title={title} onCancel={close} onOk={submit} okText={t('employment.save')} okButtonProps={{ 'data-testid': 'contract-ok' } as ButtonProps} confirmLoading={record.isPending} destroyOnHidden width={560}>
      {prev ? <Typography.Paragraph type="secondary">{t('employment.renewOf', { no: prev.contractNo, start: prev.startDate, end: prev.endDate ?? t('employment.openEnded') })}</Typography.Paragraph> : null}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: prev?.kind === '无固定期限' ? '固定期限' : (prev?.kind ?? '固定期限'), startDate: initialStart, endDate: initialStart.add(3, 'year').subtract(1, 'day'), signedOn: dayjs() }}
        onValuesChange={(c) => clearChangedErrors(form, c)}
        data-testid="contract-form"
      >
        <Form.Item name="contractNo" label={t('employment.contractNo')} required>
          <Input maxLength={60} data-testid="contract-no" />
        </Form.Item>
        <Form.Item name="kind" label={t('employment.contractKind')} required>
          <Select options={CONTRACT_KINDS.map((v) => ({ value: v, label: v }))} data-testid="contract-kind" />
        </Form.Item>
        <Form.Item name="startDate" label={t('employment.startDate')} required>
          <DatePicker style={{ width: '100%' }} data-testid="contract-start" />
        </Form.Item>
        {kind === '无固定期限' ? null : (
          <Form.Item name="endDate" label={t('employment.endDate')} required>
            <DatePicker style={{ width: '100%' }} data-testid="contract-end" />
          </Form.Item>
        )}
        <Form.Item name="signedOn" label={t('employment.signedOn')} required>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="note" label={t('employment.note')}>
          <Input maxLength={500} />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
