import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { secondmentInput } from '@cwp/contracts/burden.contract';
import { BORROWER_LEVELS, secondmentForbidden, type BorrowerLevel } from '@cwp/domain/burden';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { WorkerSelect } from '../../workers/components/worker-select.tsx';
import { useRequestSecondment } from '../api/secondments.ts';

const FIELDS = ['workerId', 'orgName', 'level', 'dates', 'reason'] as const;
const FIELD_OF: Record<string, string> = { 'borrowingOrg.name': 'orgName', 'borrowingOrg.level': 'level', startDate: 'dates', endDate: 'dates' };

/** 申请借调 (A17.3): the form says up front that county-level and higher bodies cannot borrow; the server refuses them too. */
export function SecondmentModal({ org, open, onClose }: { org: string; open: boolean; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const request = useRequestSecondment();
  const [general, setGeneral] = useState<string[]>([]);
  const level = Form.useWatch('level', form) as BorrowerLevel | undefined;
  const forbidden = level ? secondmentForbidden(level) : null;

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const dates = (v.dates ?? []) as Dayjs[];
    const input = { workerId: v.workerId, borrowingOrg: { name: v.orgName ?? '', level: v.level }, startDate: toIsoDate(dates[0]) ?? undefined, endDate: toIsoDate(dates[1]) ?? undefined, reason: v.reason ?? '' };
    const parsed = validateInto(form, secondmentInput, input, tm, FIELDS, t('form.required'), FIELD_OF);
    if (!parsed.ok) return setGeneral(parsed.general);
    try {
      await request.mutateAsync(parsed.data);
      message.success(t('burden.requestedDone'));
      form.resetFields();
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open={open} title={t('burden.newSecondment')} onCancel={onClose} onOk={submit} okButtonProps={{ disabled: !!forbidden }} confirmLoading={request.isPending} destroyOnHidden width={600}>
      <Typography.Paragraph type="secondary">{t('burden.secondmentsIntro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="secondment-form">
        <Form.Item name="workerId" label={t('burden.worker')} required>
          <WorkerSelect org={org} data-testid="secondment-worker" />
        </Form.Item>
        <Form.Item name="orgName" label={t('burden.borrowingOrg')} required>
          <Input maxLength={100} data-testid="secondment-org" />
        </Form.Item>
        <Form.Item name="level" label={t('burden.borrowingLevel')} required>
          <Select options={BORROWER_LEVELS.map((l) => ({ value: l, label: t(`burden.level.${l}`) }))} placeholder={t('form.choose')} data-testid="secondment-level" />
        </Form.Item>
        {forbidden ? <Alert type="error" showIcon title={t('burden.countyForbidden')} style={{ marginBottom: 16 }} /> : null}
        <Form.Item name="dates" label={t('burden.period')} required>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('burden.secondmentReason')} required>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
