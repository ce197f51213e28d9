import { useEffect, useState, type ReactElement } from 'react';
import { Alert, App, Form, InputNumber, Modal, Select, Typography } from 'antd';
import { ROLES } from '@cwp/contracts/auth.contract';
import { assignRoleInput, type UserItem } from '@cwp/contracts/users.contract';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { roleText } from '../../../i18n/enum-labels.ts';
import { useGrantRole } from '../api/grant-role.ts';

const FIELDS = ['role', 'scopeCode', 'workerId'] as const;

interface Props {
  user: UserItem | null;
  onClose: () => void;
  scopePicker: ReactElement;
}

/** 授予角色: the security administrator sets role, scope and (for a worker login) the worker; prefilled with what the account has or was opened for. */
export function GrantRoleModal({ user, onClose, scopePicker }: Props) {
  const { t, tm, lang, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const mutation = useGrantRole();
  const [general, setGeneral] = useState<string[]>([]);
  const role = Form.useWatch('role', form) as string | undefined;

  useEffect(() => {
    if (user) form.setFieldsValue({ role: user.role, scopeCode: user.scopeCode || undefined, workerId: user.workerId ?? undefined });
  }, [user, form]);

  const submit = async () => {
    if (!user) return;
    setGeneral([]);
    const v = form.getFieldsValue();
    const r = validateInto(form, assignRoleInput, { role: v.role, scopeCode: v.scopeCode ?? '', workerId: v.workerId ?? null }, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await mutation.mutateAsync({ id: user.id, input: r.data });
      message.success(t('users.granted'));
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal
      open={!!user}
      title={t('users.grantFor', { name: user?.displayName ?? '' })}
      onCancel={onClose}
      onOk={submit}
      okText={t('common.save')}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('users.grantHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onValuesChange={(c) => clearChangedErrors(form, c)} autoComplete="off">
        <Form.Item name="role" label={t('users.role')} required>
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
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
