import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { CAREER_EVENT_KINDS, careerEventInput, EVENT_LEVELS } from '@cwp/contracts/incentives.contract';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { WorkerSelect } from '../../workers/components/worker-select.tsx';
import { useRecordCareerEvent } from '../api/career-events.ts';
import { useIncentivesText } from './incentives-text.tsx';

const FIELDS = ['workerId', 'kind', 'title', 'level', 'occurredOn', 'issuer', 'notes'] as const;

interface Props {
  open: boolean;
  /** Worker search starts under the working unit. */
  org: string;
  onClose: () => void;
}

/** 登记表彰、推荐或招录 (A13.1, A13.3): written to the worker's archive as well as the list. */
export function CareerEventModal({ open, org, onClose }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useIncentivesText();
  const [form] = Form.useForm();
  const record = useRecordCareerEvent();
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = { workerId: v.workerId, kind: v.kind, title: v.title ?? '', level: v.level, occurredOn: toIsoDate(v.occurredOn) ?? undefined, issuer: v.issuer ?? '', notes: v.notes ?? '' };
    const r = validateInto(form, careerEventInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await record.mutateAsync(r.data);
      message.success(t('incentives.eventRecorded'));
      form.resetFields();
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open={open} title={t('incentives.recordEvent')} onCancel={onClose} onOk={submit} okText={t('common.save')} confirmLoading={record.isPending} destroyOnHidden width={640}>
      <Typography.Paragraph type="secondary">{t('incentives.eventHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ kind: '荣誉表彰', occurredOn: dayjs() }} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="event-form">
        <Form.Item name="workerId" label={t('incentives.name')} required>
          <WorkerSelect org={org} data-testid="event-worker" />
        </Form.Item>
        <Form.Item name="kind" label={t('incentives.kind')} required>
          <Select options={CAREER_EVENT_KINDS.map((k) => ({ value: k, label: text.kind(k) }))} data-testid="event-kind" />
        </Form.Item>
        <Form.Item name="title" label={t('incentives.eventTitle')} required>
          <Input maxLength={100} placeholder={t('incentives.eventTitlePlaceholder')} data-testid="event-title" />
        </Form.Item>
        <Form.Item name="level" label={t('incentives.level')} required>
          <Select options={EVENT_LEVELS.map((l) => ({ value: l, label: text.level(l) }))} placeholder={t('form.choose')} data-testid="event-level" />
        </Form.Item>
        <Form.Item name="occurredOn" label={t('incentives.occurredOn')} required>
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item name="issuer" label={t('incentives.issuer')} required>
          <Input maxLength={100} placeholder={t('incentives.issuerPlaceholder')} data-testid="event-issuer" />
        </Form.Item>
        <Form.Item name="notes" label={t('incentives.notes')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
