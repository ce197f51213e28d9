import { useState, type ReactNode } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { placementInput, placementUpdate, type Placement } from '@cwp/contracts/employment.contract';
import { PLACEMENT_KINDS } from '@cwp/domain/employment';
import { fromIsoDate, toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useCreatePlacement, useUpdatePlacement } from '../api/save-placement.ts';

// The two dates are one range control, so their messages show above the form.
const FIELDS = ['personName', 'sourceUnit', 'kind', 'communityCode', 'tasks'] as const;

/** Records an official placed in a community, or (editing) changes the end date and tasks (A3.4). */
/** `communityPicker`: a community chooser under the page's unit (the org feature's tree, wired in by the page). */
export function PlacementModal({ open, editing, communityPicker, onClose }: { open: boolean; editing: Placement | null; communityPicker: ReactNode; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const create = useCreatePlacement();
  const update = useUpdatePlacement();
  const [general, setGeneral] = useState<string[]>([]);

  const close = () => {
    setGeneral([]);
    onClose();
  };
  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const dates = (v.dates ?? []) as Dayjs[];
    try {
      if (editing) {
        const r = validateInto(form, placementUpdate, { endDate: toIsoDate(v.endDate) ?? undefined, tasks: v.tasks ?? '' }, tm, ['endDate', 'tasks'], t('form.required'));
        if (!r.ok) return setGeneral(r.general);
        await update.mutateAsync({ id: editing.id, ...r.data });
      } else {
        const input = { personName: v.personName ?? '', sourceUnit: v.sourceUnit ?? '', kind: v.kind, communityCode: v.communityCode ?? '', startDate: toIsoDate(dates[0]) ?? undefined, endDate: toIsoDate(dates[1]) ?? undefined, tasks: v.tasks ?? '' };
        const r = validateInto(form, placementInput, input, tm, FIELDS, t('form.required'));
        if (!r.ok) return setGeneral(r.general);
        await create.mutateAsync(r.data);
      }
      message.success(t('employment.placementSaved'));
      close();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? t('employment.changeEndTitle', { name: editing.personName }) : t('employment.placementTitle')}
      onCancel={close}
      onOk={submit}
      okText={t('employment.save')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={600}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={editing ? { endDate: fromIsoDate(editing.endDate), tasks: editing.tasks } : { kind: '挂职' }}
        onValuesChange={(c) => clearChangedErrors(form, c)}
        data-testid="placement-form"
      >
        {editing ? (
          <Form.Item name="endDate" label={t('employment.endDate')} required>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="personName" label={t('employment.personName')} required>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name="sourceUnit" label={t('employment.sourceUnit')} required>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="kind" label={t('employment.placementKind')} required>
              <Select options={PLACEMENT_KINDS.map((v) => ({ value: v, label: v }))} />
            </Form.Item>
            <Form.Item name="communityCode" label={t('employment.community')} required>
              {communityPicker}
            </Form.Item>
            <Form.Item name="dates" label={t('employment.period')} required>
              <DatePicker.RangePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        <Form.Item name="tasks" label={t('employment.tasks')} required>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
