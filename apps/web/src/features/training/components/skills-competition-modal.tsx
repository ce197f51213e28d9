import { useState, type ReactElement } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { COMPETITION_LEVELS, competitionInput } from '@cwp/contracts/skills.contract';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, zodIssuesToFields } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useCreateCompetition } from '../api/skills.ts';
import { useSkillsText, type CompetitionLevel } from './skills-text.ts';

const FIELDS = ['orgCode', 'name', 'level', 'heldOn', 'description'] as const;
/** The level a unit of each code length usually holds, proposed when the organiser is chosen. */
const LEVEL_OF_UNIT: Readonly<Record<number, CompetitionLevel>> = { 2: '省级', 4: '市级', 6: '县级', 9: '街道级' };

interface Props {
  /** Organiser proposed (the user's own unit), or '' to let the user choose. */
  defaultOrganiser: string;
  /** Org picker limited to province/city/county/street in the user's scope, supplied by the page. */
  organiserPicker: ReactElement;
  onClose: () => void;
}

/** 登记竞赛 (A6.2): a skills competition a unit held; awards are recorded on it afterwards. */
export function SkillsCompetitionModal({ defaultOrganiser, organiserPicker, onClose }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useSkillsText();
  const [form] = Form.useForm();
  const create = useCreateCompetition();
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const r = competitionInput.safeParse({
      orgCode: v.orgCode ?? '',
      name: v.name ?? '',
      level: v.level,
      heldOn: toIsoDate(v.heldOn as Dayjs | null) ?? undefined,
      description: v.description ?? '',
    });
    if (!r.success) {
      const m = zodIssuesToFields(r.error, tm, FIELDS, t('form.required'));
      form.setFields(m.fields);
      return setGeneral(m.general);
    }
    try {
      await create.mutateAsync(r.data);
      message.success(t('skills.competitionCreated'));
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open title={t('skills.competitionAdd')} onCancel={onClose} onOk={submit} okText={t('common.save')} confirmLoading={create.isPending} destroyOnHidden width={600}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ orgCode: defaultOrganiser || undefined, level: LEVEL_OF_UNIT[defaultOrganiser.length] }}
        onValuesChange={(changed: Record<string, unknown>) => {
          clearChangedErrors(form, changed);
          if (typeof changed.orgCode === 'string' && LEVEL_OF_UNIT[changed.orgCode.length]) form.setFieldValue('level', LEVEL_OF_UNIT[changed.orgCode.length]);
        }}
        data-testid="competition-form"
      >
        <Form.Item name="name" label={t('skills.competitionName')} required>
          <Input maxLength={100} data-testid="competition-name" />
        </Form.Item>
        <Form.Item name="orgCode" label={t('skills.organiser')} extra={t('skills.organiserHint')} required>
          {organiserPicker}
        </Form.Item>
        <Form.Item name="level" label={t('skills.level')} required>
          <Select options={COMPETITION_LEVELS.map((l) => ({ value: l, label: text.level(l) }))} data-testid="competition-level" />
        </Form.Item>
        <Form.Item name="heldOn" label={t('skills.heldOn')} required>
          <DatePicker style={{ width: '100%' }} data-testid="competition-date" />
        </Form.Item>
        <Form.Item name="description" label={t('skills.description')}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
