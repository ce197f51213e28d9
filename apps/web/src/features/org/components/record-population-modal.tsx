import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { recordPopulationInput } from '@cwp/contracts/org.contract';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useRecordPopulation } from '../api/record-population.ts';

const FIELDS = ['year', 'totalPopulation', 'urbanPopulation', 'households', 'source'] as const;

interface Props {
  code: string;
  name: string;
  open: boolean;
  onClose: () => void;
}

export function RecordPopulationModal({ code, name, open, onClose }: Props) {
  const { t, tm, errorText } = useI18n();
  const [form] = Form.useForm();
  const mutation = useRecordPopulation(code);
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    setGeneral([]);
    const raw = form.getFieldsValue() as Record<string, unknown>;
    // Empty InputNumber gives null; the contract treats null as "not given".
    const input = { ...raw, source: typeof raw.source === 'string' ? raw.source : '' };
    const r = validateInto(form, recordPopulationInput, input, tm, FIELDS);
    if (!r.ok) return setGeneral(r.general);
    try {
      await mutation.mutateAsync(r.data);
      form.resetFields();
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  const num = (label: string) => <InputNumber style={{ width: '100%' }} min={0} precision={0} aria-label={label} />;

  return (
    <Modal
      open={open}
      title={t('org.recordPopulationFor', { name })}
      onCancel={onClose}
      onOk={submit}
      okText={t('common.save')}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ year: new Date().getFullYear() }} onValuesChange={(c) => clearChangedErrors(form, c)}>
        <Form.Item name="year" label={t('org.popYear')} required>
          <InputNumber style={{ width: '100%' }} precision={0} />
        </Form.Item>
        <Form.Item name="totalPopulation" label={t('org.popTotal')}>
          {num(t('org.popTotal'))}
        </Form.Item>
        <Form.Item name="urbanPopulation" label={t('org.popUrban')}>
          {num(t('org.popUrban'))}
        </Form.Item>
        <Form.Item name="households" label={t('org.popHouseholds')}>
          {num(t('org.popHouseholds'))}
        </Form.Item>
        <Form.Item name="source" label={t('org.popSource')} required>
          <Input placeholder={t('org.popSourcePlaceholder')} />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
