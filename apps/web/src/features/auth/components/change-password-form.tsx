import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { changePasswordInput } from '@cwp/contracts/auth.contract';
import { ApiError } from '../../../lib/api-client.ts';
import { apiFieldsToFields, clearChangedErrors, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { usePasswordRules } from '../../security-policy/api/security-policy.ts';
import { useChangePassword } from '../api/change-password.ts';

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm({ onDone, onCancel }: { onDone: () => void; onCancel?: () => void }) {
  const { t, tm, errorText } = useI18n();
  const [form] = Form.useForm();
  const mutation = useChangePassword();
  const rules = usePasswordRules();
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setError(null);
    const v = form.getFieldsValue();
    if (v.newPassword !== v.confirmPassword) {
      form.setFields([{ name: 'confirmPassword', errors: [t('auth.passwordMismatch')] }]);
      return;
    }
    const r = validateInto(form, changePasswordInput, { currentPassword: v.currentPassword ?? '', newPassword: v.newPassword ?? '' }, tm, FIELDS);
    if (!r.ok) return;
    try {
      await mutation.mutateAsync(r.data);
      onDone();
    } catch (err) {
      if (err instanceof ApiError && err.fields.length) form.setFields(apiFieldsToFields(err, tm, FIELDS).fields);
      else setError(errorText(err));
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} onValuesChange={(c) => clearChangedErrors(form, c)}>
      <Form.Item name="currentPassword" label={t('auth.currentPassword')} required>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={t('auth.newPassword')} required extra={rules.data ? t('auth.passwordRuleLive', { min: rules.data.minLength, classes: rules.data.minClasses, history: rules.data.history }) : t('auth.passwordRule')}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="confirmPassword" label={t('auth.confirmPassword')} required>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('auth.changePassword')}
      </Button>
      {onCancel ? (
        <Button style={{ marginLeft: 8 }} onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      ) : null}
    </Form>
  );
}
