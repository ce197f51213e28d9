import { useMemo, useState, type ReactElement } from 'react';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { programmeInput, updateProgrammeInput, type Programme } from '@cwp/contracts/training.contract';
import { TRAINING_KINDS, TRAINING_MODES, TRAINING_TIERS, tierFitsOrganiser, type TrainingTier } from '@cwp/domain/training';
import { fromIsoDate, toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, zodIssuesToFields } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useCreateProgramme, useUpdateProgramme } from '../api/programmes.ts';
import { useTrainers } from '../api/trainers.ts';
import { useTopicOptions } from './trainer-topics.tsx';
import { useTrainingText } from './training-text.tsx';

const FIELDS = ['title', 'organiserCode', 'tier', 'kind', 'topics', 'mode', 'startDate', 'endDate', 'hours', 'location', 'description', 'trainerIds'] as const;
/** The start and end dates are one range control. */
const onForm = (name: string) => (name === 'startDate' || name === 'endDate' ? 'dates' : name);

/** The tier a unit of each level usually runs, proposed when the organiser is chosen. */
const TIER_OF_LEVEL: Readonly<Record<number, TrainingTier>> = { 2: '省(市)级以上示范培训', 4: '市级重点培训', 6: '县级骨干培训', 9: '街道全员培训' };

interface Props {
  open: boolean;
  /** null = a new programme. The page remounts the modal (key) per opening, so the form starts clean. */
  programme: Programme | null;
  /** Organiser proposed for a new programme (the user's own unit), or '' to let the user choose. */
  defaultOrganiser: string;
  /** Org picker limited to province/city/county/street in the user's scope, supplied by the page. */
  organiserPicker: ReactElement;
  onClose: () => void;
  onSaved?: (p: Programme) => void;
}

/** Create or edit a programme (A8.1), checked with the shared contract before it is sent. */
export function ProgrammeFormModal({ open, programme, defaultOrganiser, organiserPicker, onClose, onSaved }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useTrainingText();
  const topicOptions = useTopicOptions();
  const [form] = Form.useForm();
  const create = useCreateProgramme();
  const update = useUpdateProgramme();
  const [general, setGeneral] = useState<string[]>([]);

  const organiser: string | undefined = Form.useWatch('organiserCode', form);
  // Trainers the organiser can call on; a retired trainer already named on the programme stays selectable.
  const trainers = useTrainers({ org: organiser ?? defaultOrganiser, activeOnly: true });
  const trainerOptions = useMemo(() => {
    const opts = new Map<number, string>((programme?.trainers ?? []).map((x) => [x.id, x.name]));
    for (const x of trainers.data ?? []) opts.set(x.id, `${x.name}（${x.affiliation}）`);
    return [...opts].map(([value, label]) => ({ value, label }));
  }, [programme, trainers.data]);

  const initialValues = programme
    ? {
        title: programme.title,
        organiserCode: programme.organiserCode,
        tier: programme.tier,
        kind: programme.kind,
        topics: programme.topics,
        mode: programme.mode,
        dates: [fromIsoDate(programme.startDate), fromIsoDate(programme.endDate)],
        hours: programme.hours,
        location: programme.location,
        description: programme.description,
        trainerIds: programme.trainers.map((x) => x.id),
      }
    : { organiserCode: defaultOrganiser || undefined, tier: TIER_OF_LEVEL[defaultOrganiser.length], kind: '在职培训', mode: '线下', topics: [], trainerIds: [] };

  const onValuesChange = (changed: Record<string, unknown>) => {
    clearChangedErrors(form, changed);
    const code = changed.organiserCode;
    if (typeof code === 'string') {
      const tier = form.getFieldValue('tier') as TrainingTier | undefined;
      if (!tier || !tierFitsOrganiser(tier, code)) form.setFieldValue('tier', TIER_OF_LEVEL[code.length]);
    }
  };

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const range = (v.dates ?? []) as (Dayjs | null)[];
    const input = {
      title: v.title ?? '',
      organiserCode: v.organiserCode ?? '',
      tier: v.tier,
      kind: v.kind,
      topics: v.topics ?? [],
      mode: v.mode,
      startDate: toIsoDate(range[0]) ?? undefined,
      endDate: toIsoDate(range[1]) ?? undefined,
      hours: v.hours ?? undefined,
      location: v.location ?? '',
      description: v.description ?? '',
      trainerIds: v.trainerIds ?? [],
      ...(programme ? { version: programme.version } : {}),
    };
    const r = (programme ? updateProgrammeInput : programmeInput).safeParse(input);
    if (!r.success) {
      const m = zodIssuesToFields(r.error, tm, FIELDS, t('form.required'));
      form.setFields(m.fields.map((f) => ({ name: [onForm(String(f.name[0]))], errors: f.errors })));
      return setGeneral(m.general);
    }
    // The server refuses it too; saying so here keeps the user in the form with the field marked.
    if (!tierFitsOrganiser(r.data.tier, r.data.organiserCode)) return form.setFields([{ name: 'tier', errors: [t('training.tierTooHigh')] }]);
    try {
      const saved = programme ? await update.mutateAsync({ id: programme.id, input: { ...r.data, version: programme.version } }) : await create.mutateAsync(r.data);
      message.success(programme ? t('common.saved') : t('training.created'));
      onClose();
      onSaved?.(saved);
    } catch (err) {
      // Date problems come back only as the range control; anything else without a field goes above the form.
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS.filter((f) => f !== 'startDate' && f !== 'endDate')));
    }
  };

  return (
    <Modal
      open={open}
      title={programme ? t('training.edit') : t('training.add')}
      onCancel={onClose}
      onOk={submit}
      okText={t('common.save')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={720}
    >
      <Form form={form} layout="vertical" initialValues={initialValues} onValuesChange={onValuesChange} data-testid="programme-form">
        <Form.Item name="title" label={t('training.name')} required>
          <Input maxLength={100} data-testid="programme-title" />
        </Form.Item>
        <Form.Item name="organiserCode" label={t('training.organiser')} extra={t('training.organiserHint')} required>
          {organiserPicker}
        </Form.Item>
        <Form.Item name="tier" label={t('training.tier')} required>
          <Select options={TRAINING_TIERS.map((v) => ({ value: v, label: text.tier(v) }))} data-testid="programme-tier" />
        </Form.Item>
        <Form.Item name="kind" label={t('training.kind')} required>
          <Radio.Group options={TRAINING_KINDS.map((v) => ({ value: v, label: text.kind(v) }))} />
        </Form.Item>
        <Form.Item name="topics" label={t('training.topics')} required>
          <Select mode="multiple" options={topicOptions} placeholder={t('form.choose')} data-testid="programme-topics" />
        </Form.Item>
        <Form.Item name="mode" label={t('training.mode')} required>
          <Radio.Group options={TRAINING_MODES.map((v) => ({ value: v, label: text.mode(v) }))} />
        </Form.Item>
        <Form.Item name="dates" label={t('training.dates')} required>
          <DatePicker.RangePicker style={{ width: '100%' }} data-testid="programme-dates" />
        </Form.Item>
        <Form.Item name="hours" label={t('training.hours')} required>
          <InputNumber min={0} max={1000} step={1} style={{ width: '100%' }} data-testid="programme-hours" />
        </Form.Item>
        <Form.Item name="location" label={t('training.location')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="trainerIds" label={t('training.trainers')} extra={t('training.trainersHint')}>
          <Select mode="multiple" options={trainerOptions} loading={trainers.isFetching} optionFilterProp="label" placeholder={t('form.choose')} data-testid="programme-trainers" />
        </Form.Item>
        <Form.Item name="description" label={t('training.description')}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
