import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { mentorshipInput } from '@cwp/contracts/skills.contract';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, zodIssuesToFields } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { WorkerSelect } from '../../workers/components/worker-select.tsx';
import { usePairMentorship } from '../api/skills.ts';

const FIELDS = ['mentorId', 'menteeId', 'startOn', 'endOn', 'goals'] as const;
/** The start and end dates are one range control. */
const onForm = (name: string) => (name === 'startOn' || name === 'endOn' ? 'dates' : name);

interface Props {
  /** Unit the worker pickers search under (the page's working unit). */
  org: string;
  onClose: () => void;
}

/** 结对帮带 (A6.2): an experienced worker takes on a newer one for a period with written goals. */
export function SkillsMentorshipModal({ org, onClose }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const pair = usePairMentorship();
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const range = (v.dates ?? []) as (Dayjs | null)[];
    const r = mentorshipInput.safeParse({
      mentorId: v.mentorId,
      menteeId: v.menteeId,
      startOn: toIsoDate(range[0]) ?? undefined,
      endOn: toIsoDate(range[1]) ?? undefined,
      goals: v.goals ?? '',
    });
    if (!r.success) {
      const m = zodIssuesToFields(r.error, tm, FIELDS, t('form.required'));
      form.setFields(m.fields.map((f) => ({ name: [onForm(String(f.name[0]))], errors: f.errors })));
      return setGeneral(m.general);
    }
    try {
      await pair.mutateAsync(r.data);
      message.success(t('skills.paired'));
      onClose();
    } catch (err) {
      // A mentee who already has a mentor for those dates comes back (409) on the mentee field.
      setGeneral(showSubmitError(form, err, tm, errorText, ['mentorId', 'menteeId', 'goals']));
    }
  };

  return (
    <Modal open title={t('skills.pairTitle')} onCancel={onClose} onOk={submit} okText={t('skills.pairOk')} confirmLoading={pair.isPending} destroyOnHidden width={600}>
      <Typography.Paragraph type="secondary">{t('skills.pairHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        // Half a year is the usual 传帮带 term; the user changes it when theirs differs.
        initialValues={{ dates: [dayjs(), dayjs().add(6, 'month')] }}
        onValuesChange={(c) => clearChangedErrors(form, c)}
        data-testid="mentorship-form"
      >
        <Form.Item name="mentorId" label={t('skills.mentor')} required>
          <WorkerSelect org={org} data-testid="mentorship-mentor" />
        </Form.Item>
        <Form.Item name="menteeId" label={t('skills.mentee')} required>
          <WorkerSelect org={org} data-testid="mentorship-mentee" />
        </Form.Item>
        <Form.Item name="dates" label={t('skills.period')} required>
          <DatePicker.RangePicker style={{ width: '100%' }} data-testid="mentorship-dates" />
        </Form.Item>
        <Form.Item name="goals" label={t('skills.goals')} required>
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder={t('skills.goalsPlaceholder')} data-testid="mentorship-goals" />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
