import { useEffect, useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { matterInput, matterRequestInput, matterUpdateInput, type Matter } from '@cwp/contracts/burden.contract';
import { MATTER_AREAS, MATTER_KINDS } from '@cwp/domain/burden';
import { fromIsoDate, toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useRequestMatter, useSaveMatter } from '../api/matters.ts';

const FIELDS = ['kind', 'name', 'area', 'legalBasis', 'requestingDept', 'approvingBody', 'ownerCode', 'effectiveFrom', 'effectiveTo', 'reason'] as const;

/**
 * One form, three uses: the list owner adds a matter or changes one (a new version with its reason), and a
 * department asks to add one (it goes to its own level's social-work department for approval).
 */
export function MatterFormModal(props: { mode: 'add' | 'edit' | 'request'; matter?: Matter | null; defaultOwner: string; defaultDept?: string; open: boolean; onClose: () => void }) {
  const { mode, matter, open, onClose } = props;
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const save = useSaveMatter();
  const ask = useRequestMatter();
  const [general, setGeneral] = useState<string[]>([]);

  useEffect(() => {
    if (!open) return;
    setGeneral([]);
    form.resetFields();
    form.setFieldsValue(
      matter
        ? { ...matter, effectiveFrom: fromIsoDate(matter.effectiveFrom), effectiveTo: fromIsoDate(matter.effectiveTo), reason: '' }
        : { area: '其他', ownerCode: props.defaultOwner, requestingDept: props.defaultDept ?? '', effectiveFrom: null, effectiveTo: null },
    );
  }, [open, matter, form, props.defaultOwner, props.defaultDept]);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = { ...v, effectiveFrom: toIsoDate(v.effectiveFrom as Dayjs | null) ?? undefined, effectiveTo: toIsoDate(v.effectiveTo as Dayjs | null), reason: v.reason ?? '' };
    try {
      if (mode === 'request') {
        const r = validateInto(form, matterRequestInput, input, tm, FIELDS, t('form.required'));
        if (!r.ok) return setGeneral(r.general);
        await ask.mutateAsync(r.data);
        message.success(t('burden.requestedDone'));
      } else if (mode === 'edit' && matter) {
        const r = validateInto(form, matterUpdateInput, { ...input, version: matter.version }, tm, FIELDS, t('form.required'));
        if (!r.ok) return setGeneral(r.general);
        await save.mutateAsync({ id: matter.id, input: r.data });
        message.success(t('burden.saved'));
      } else {
        const r = validateInto(form, matterInput, input, tm, FIELDS, t('form.required'));
        if (!r.ok) return setGeneral(r.general);
        await save.mutateAsync({ id: null, input: r.data });
        message.success(t('burden.saved'));
      }
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  const title = mode === 'request' ? t('burden.requestMatter') : mode === 'edit' ? t('burden.editMatter') : t('burden.addMatter');
  return (
    <Modal open={open} title={title} onCancel={onClose} onOk={submit} confirmLoading={save.isPending || ask.isPending} destroyOnHidden width={640}>
      {mode === 'request' ? <Typography.Paragraph type="secondary">{t('burden.requestMatterHint')}</Typography.Paragraph> : null}
      <Form form={form} layout="vertical" onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="matter-form">
        <Form.Item name="kind" label={t('burden.kind')} required>
          <Select options={MATTER_KINDS.filter((k) => mode !== 'request' || k !== '负面清单').map((k) => ({ value: k, label: k }))} placeholder={t('form.choose')} data-testid="matter-kind" />
        </Form.Item>
        <Form.Item name="name" label={t('burden.name')} required>
          <Input maxLength={100} data-testid="matter-name" />
        </Form.Item>
        <Form.Item name="area" label={t('burden.area')} required>
          <Select options={MATTER_AREAS.map((a) => ({ value: a, label: a }))} data-testid="matter-area" />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('burden.legalBasis')} required>
          <Input.TextArea rows={2} maxLength={500} data-testid="matter-basis" />
        </Form.Item>
        <Form.Item name="requestingDept" label={t('burden.requestingDept')} required>
          <Input maxLength={100} data-testid="matter-dept" />
        </Form.Item>
        {mode !== 'request' ? (
          <Form.Item name="approvingBody" label={t('burden.approvingBody')} required>
            <Input maxLength={100} data-testid="matter-approver" />
          </Form.Item>
        ) : null}
        {mode === 'add' ? (
          <Form.Item name="ownerCode" label={t('burden.ownerCode')}>
            <Input maxLength={12} data-testid="matter-owner" />
          </Form.Item>
        ) : null}
        <Form.Item name="effectiveFrom" label={t('burden.effectiveFrom')} required>
          <DatePicker style={{ width: '100%' }} data-testid="matter-from" />
        </Form.Item>
        <Form.Item name="effectiveTo" label={t('burden.effectiveTo')}>
          <DatePicker style={{ width: '100%' }} placeholder={t('burden.openEnded')} data-testid="matter-to" />
        </Form.Item>
        <Form.Item name="reason" label={mode === 'request' ? t('burden.requestReason') : t('burden.reason')} required>
          <Input.TextArea rows={2} maxLength={500} data-testid="matter-reason" />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
