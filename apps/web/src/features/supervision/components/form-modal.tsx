import { useState, type ReactNode } from 'react';
import { Alert, App, Form, Modal, type FormInstance } from 'antd';
import type { z } from 'zod';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';

interface Props<S extends z.ZodType> {
  open: boolean;
  title: string;
  schema: S;
  /** Form values → the contract's input (dates to ISO strings etc.). */
  toInput: (values: Record<string, unknown>) => unknown;
  submit: (data: z.output<S>) => Promise<unknown>;
  onClose: () => void;
  doneText: string;
  fields: readonly string[];
  initialValues?: Record<string, unknown>;
  children: ReactNode | ((form: FormInstance) => ReactNode);
  pending: boolean;
  width?: number;
  testId: string;
}

/** One modal form of this area: validated with the contract before sending, server field errors under their fields. */
export function FormModal<S extends z.ZodType>(p: Props<S>) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [general, setGeneral] = useState<string[]>([]);
  const close = () => {
    setGeneral([]);
    p.onClose();
  };
  const ok = async () => {
    setGeneral([]);
    const r = validateInto(form, p.schema, p.toInput(form.getFieldsValue(true)), tm, p.fields, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await p.submit(r.data);
      message.success(p.doneText);
      form.resetFields();
      close();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, p.fields));
    }
  };
  return (
    <Modal open={p.open} title={p.title} onCancel={close} onOk={ok} confirmLoading={p.pending} destroyOnHidden width={p.width ?? 560}>
      <Form form={form} layout="vertical" preserve={false} initialValues={p.initialValues} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid={p.testId}>
        {typeof p.children === 'function' ? p.children(form) : p.children}
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
