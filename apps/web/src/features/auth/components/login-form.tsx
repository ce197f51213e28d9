import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { loginInput, type Me } from '@cwp/contracts/auth.contract';
import { clearChangedErrors, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useLogin } from '../api/login.ts';

export function LoginForm({ onLoggedIn }: { onLoggedIn: (me: Me) => void }) {
  const { t, tm, errorText } = useI18n();
  const [form] = Form.useForm();
  const mutation = useLogin();
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setError(null);
    const v = form.getFieldsValue();
    const r = validateInto(form, loginInput, { username: v.username ?? '', password: v.password ?? '' }, tm, ['username', 'password']);
    if (!r.ok) return;
    try {
      onLoggedIn(await mutation.mutateAsync(r.data));
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} onValuesChange={(c) => clearChangedErrors(form, c)} requiredMark={false}>
      <Form.Item name="username" label={t('auth.username')}>
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
      </Form.Item>
      <Form.Item name="password" label={t('auth.password')}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
      </Form.Item>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
      <Button type="primary" htmlType="submit" block size="large" loading={mutation.isPending}>
        {t('auth.login')}
      </Button>
    </Form>
  );
}
