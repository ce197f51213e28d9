import { useState, type ReactElement } from 'react';
import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { ROLES } from '@cwp/contracts/auth.contract';
import { createUserInput } from '@cwp/contracts/users.contract';
import { ApiError } from '../../../lib/api-client.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { roleText } from '../../../i18n/enum-labels.ts';
import { useCreateUser } from '../api/create-user.ts';

const FIELDS = ['username', 'displayName', 'role', 'scopeCode', 'workerId', 'initialPassword'] as const;

interface Props {
  open: boolean;
  onClose: () => void;
  /** Org picker for the data scope, supplied by the page. */
  scopePicker: ReactElement;
}

export function CreateUserModal({ open, onClose, scopePicker }: Props) {
  const { t, tm, lang, errorText } = useI18n();
  const [form] = Form.useForm();
  const mutation = useCreateUser();
  const [general, setGeneral] = useState<string[]>([]);
  const role = Form.useWatch('role', form) as string | undefined;

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = {
      username: v.username ?? '',
      displayName: v.displayName ?? '',
      role: v.role,
      scopeCode: v.scopeCode ?? '',
      workerId: v.workerId ?? null,
      initialPassword: v.initialPassword ?? '',
    };
    const r = validateInto(form, createUserInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await mutation.mutateAsync(r.data);
      form.resetFields();
      onClose();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'DUPLICATE_USERNAME') form.setFields([{ name: 'username', errors: [errorText(err)] }]);
      else setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open={open} title={t('users.create')} onCancel={onClose} onOk={submit} okText={t('common.save')} confirmLoading={mutation.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onValuesChange={(c) => clearChangedErrors(form, c)} autoComplete="off">
        <Form.Item name="username" label={t('users.username')} required>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} required>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('users.requestedRole')} required>
          <Select placeholder={t('form.choose')} options={ROLES.map((r) => ({ value: r, label: roleText(lang, r) }))} />
        </Form.Item>
        <Form.Item name="scopeCode" label={t('users.scope')} extra={t('users.scopeHint')}>
          {scopePicker}
        </Form.Item>
        {role === 'worker' ? (
          <Form.Item name="workerId" label={t('users.workerId')}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        <Form.Item name="initialPassword" label={t('users.initialPassword')} required extra={t('users.initialPasswordHint')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Alert type="info" showIcon title={t('users.createHint')} style={{ marginBottom: general.length ? 12 : 0 }} />
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
