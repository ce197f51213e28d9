import { useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import type { UserItem } from '@cwp/contracts/users.contract';
import { resetPasswordInput } from '@cwp/contracts/users.contract';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useResetUserPassword } from '../api/reset-user-password.ts';

export function ResetPasswordModal({ user, onClose }: { user: UserItem | null; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const mutation = useResetUserPassword();
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!user) return;
    setError(null);
    const r = validateInto(form, resetPasswordInput, { newPassword: form.getFieldValue('newPassword') ?? '' }, tm, ['newPassword'], t('form.required'));
    if (!r.ok) return;
    try {
      await mutation.mutateAsync({ id: user.id, newPassword: r.data.newPassword });
      message.success(t('users.resetDone'));
      form.resetFields();
      onClose();
    } catch (err) {
      // Policy failures (contains the username, one of the last 5) land on the field.
      const general = showSubmitError(form, err, tm, errorText, ['newPassword']);
      setError(general.length ? general.join('；') : null);
    }
  };

  return (
    <Modal
      open={!!user}
      title={t('users.resetPasswordFor', { name: user?.displayName ?? '' })}
      onCancel={onClose}
      onOk={submit}
      okText={t('common.save')}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onValuesChange={(c) => clearChangedErrors(form, c)}>
        <Form.Item name="newPassword" label={t('users.newPassword')} required extra={t('users.resetHint')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {error ? <Alert type="error" title={error} /> : null}
      </Form>
    </Modal>
  );
}
