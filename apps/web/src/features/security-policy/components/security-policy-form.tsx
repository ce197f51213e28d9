import { useEffect, useState } from 'react';
import { Alert, App, Button, Col, Divider, Form, InputNumber, Row, Space } from 'antd';
import { updateSecurityPolicyInput, type SecurityPolicyFields, type SecurityPolicyView } from '@cwp/contracts/security-policy.contract';
import { ApiError } from '../../../lib/api-client.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../../i18n/messages-zh.ts';
import { useSaveSecurityPolicy } from '../api/security-policy.ts';

type Field = keyof SecurityPolicyFields;
/** The form's three groups, each field with the unit shown after its number. */
const GROUPS: { title: MessageKey; fields: { name: Field; unit?: MessageKey }[] }[] = [
  { title: 'policy.password', fields: [{ name: 'passwordMinLength', unit: 'policy.unit.chars' }, { name: 'passwordMinClasses', unit: 'policy.unit.classes' }, { name: 'passwordHistory', unit: 'policy.unit.times' }] },
  { title: 'policy.lockout', fields: [{ name: 'loginMaxFailures', unit: 'policy.unit.times' }, { name: 'loginLockMinutes', unit: 'policy.unit.minutes' }, { name: 'loginRatePerMinute', unit: 'policy.unit.times' }] },
  { title: 'policy.session', fields: [{ name: 'sessionIdleMinutes', unit: 'policy.unit.minutes' }, { name: 'sessionMaxHours', unit: 'policy.unit.hours' }] },
];
const FIELDS = GROUPS.flatMap((g) => g.fields.map((f) => f.name));

export function SecurityPolicyForm({ policy, onReload }: { policy: SecurityPolicyView; onReload: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const save = useSaveSecurityPolicy();
  const [errors, setErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);

  useEffect(() => {
    form.setFieldsValue(Object.fromEntries(FIELDS.map((f) => [f, policy[f]])));
    setConflict(false);
  }, [form, policy]);

  const submit = async () => {
    setErrors([]);
    const values = form.getFieldsValue() as Record<Field, number | null>;
    const r = validateInto(form, updateSecurityPolicyInput, { ...values, version: policy.version }, tm, FIELDS);
    if (!r.ok) return setErrors(r.general);
    try {
      await save.mutateAsync(r.data);
      message.success(t('policy.saved'));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'VERSION_CONFLICT') return setConflict(true);
      setErrors(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="security-policy-form">
      {GROUPS.map((g) => (
        <div key={g.title}>
          <Divider titlePlacement="start">{t(g.title)}</Divider>
          <Row gutter={24}>
            {g.fields.map((f) => (
              <Col key={f.name} xs={24} md={12} xl={8}>
                <Form.Item name={f.name} label={t(`policy.${f.name}` as MessageKey)} extra={t(`policy.${f.name}.hint` as MessageKey)} required>
                  <InputNumber style={{ width: '100%' }} precision={0} suffix={f.unit ? t(f.unit) : undefined} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </div>
      ))}
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          title={t('policy.conflict')}
          action={<Button onClick={onReload}>{t('policy.reload')}</Button>}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {errors.map((e) => (
        <Alert key={e} type="error" showIcon title={e} style={{ marginBottom: 16 }} />
      ))}
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="security-policy-save">
          {t('policy.save')}
        </Button>
        <Button onClick={() => form.setFieldsValue(Object.fromEntries(FIELDS.map((f) => [f, policy[f]])))}>{t('policy.undo')}</Button>
      </Space>
    </Form>
  );
}
