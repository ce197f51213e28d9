import { useState } from 'react';
import { Alert, App, Checkbox, Form, Input, Modal, Skeleton, Switch } from 'antd';
import { termsInput, type EmploymentTerms } from '@cwp/contracts/employment.contract';
import { INSURANCE_ITEMS } from '@cwp/domain/employment';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../../i18n/messages-zh.ts';
import { useSaveTerms } from '../api/save-terms.ts';
import { useWorkerEmployment } from '../api/worker-employment.ts';

const FIELDS = ['applicable', 'notApplicableReason', 'baseMonth', 'items'] as const;

export interface TermsTarget {
  workerId: number;
  workerName: string;
  /** What is recorded now; null to load it here. */
  terms: EmploymentTerms | null;
}

/** 五险一金 status, or 不适用 with the reason (civil servants, 事业编) (A12.2). */
export function TermsModal({ target, onClose }: { target: TermsTarget | null; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const save = useSaveTerms();
  const [general, setGeneral] = useState<string[]>([]);
  const applicable = Form.useWatch('applicable', form) as boolean | undefined;
  const loaded = useWorkerEmployment(target && !target.terms ? target.workerId : null);
  const terms = target?.terms ?? loaded.data?.terms;

  const close = () => {
    setGeneral([]);
    onClose();
  };
  const submit = async () => {
    if (!target) return;
    setGeneral([]);
    const v = form.getFieldsValue();
    const items = new Set<string>(v.items ?? []);
    const input = {
      applicable: v.applicable ?? true,
      notApplicableReason: v.notApplicableReason || null,
      baseMonth: v.baseMonth || null,
      ...Object.fromEntries(INSURANCE_ITEMS.map((k) => [k, v.applicable !== false && items.has(k)])),
    };
    const r = validateInto(form, termsInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await save.mutateAsync({ workerId: target.workerId, input: r.data });
      message.success(t('employment.termsSaved'));
      close();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open={target !== null} title={target ? t('employment.termsTitle', { name: target.workerName }) : ''} onCancel={close} onOk={submit} okText={t('employment.save')} confirmLoading={save.isPending} destroyOnHidden>
      {terms ? null : <Skeleton active />}
      <Form
        hidden={!terms}
        key={terms ? 'ready' : 'loading'}
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          applicable: terms?.applicable ?? true,
          notApplicableReason: terms?.notApplicableReason ?? '',
          baseMonth: terms?.baseMonth ?? '',
          items: terms ? INSURANCE_ITEMS.filter((k) => terms[k]) : [],
        }}
        onValuesChange={(c) => clearChangedErrors(form, c)}
        data-testid="terms-form"
      >
        <Form.Item name="applicable" label={t('employment.applicable')} valuePropName="checked">
          <Switch data-testid="terms-applicable" />
        </Form.Item>
        {applicable === false ? (
          <Form.Item name="notApplicableReason" label={t('employment.notApplicableReason')} required>
            <Input maxLength={200} placeholder={t('employment.notApplicableHint')} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="items" label={t('employment.insured')}>
              <Checkbox.Group options={INSURANCE_ITEMS.map((k) => ({ value: k, label: t(`employment.ins.${k}` as MessageKey) }))} />
            </Form.Item>
            <Form.Item name="baseMonth" label={t('employment.baseMonth')}>
              <Input maxLength={7} placeholder="2026-01" style={{ width: 160 }} />
            </Form.Item>
          </>
        )}
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
