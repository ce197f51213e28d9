import { useState, type ReactElement } from 'react';
import { Alert, App, Form, Input, Modal, Select, Switch } from 'antd';
import { trainerInput, type Trainer } from '@cwp/contracts/training.contract';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useCreateTrainer, useUpdateTrainer } from '../api/trainers.ts';
import { useTopicOptions } from './trainer-topics.tsx';

const FIELDS = ['orgCode', 'name', 'affiliation', 'title', 'topics', 'intro', 'active'] as const;

interface Props {
  open: boolean;
  /** null = a new trainer. The page remounts the modal (key) for each opening, so the form starts clean. */
  trainer: Trainer | null;
  /** Owner proposed for a new trainer: the working unit, or '' to let the user choose. */
  defaultOrg: string;
  /** Org picker for the owning unit, supplied by the page. */
  ownerPicker: ReactElement;
  onClose: () => void;
}

/** Add a trainer to a pool or edit one (A8.4); checked with the shared contract before it is sent. */
export function TrainerFormModal({ open, trainer, defaultOrg, ownerPicker, onClose }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const create = useCreateTrainer();
  const update = useUpdateTrainer();
  const [general, setGeneral] = useState<string[]>([]);
  const topicOptions = useTopicOptions();

  const initialValues = trainer
    ? { orgCode: trainer.orgCode, name: trainer.name, affiliation: trainer.affiliation, title: trainer.title, topics: trainer.topics, intro: trainer.intro, active: trainer.active }
    : { orgCode: defaultOrg || undefined, topics: [], active: true };

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = {
      orgCode: v.orgCode ?? '',
      name: v.name ?? '',
      affiliation: v.affiliation ?? '',
      title: v.title ?? '',
      topics: v.topics ?? [],
      intro: v.intro ?? '',
      active: v.active ?? true,
    };
    const r = validateInto(form, trainerInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      if (trainer) await update.mutateAsync({ id: trainer.id, input: r.data });
      else await create.mutateAsync(r.data);
      message.success(t('common.saved'));
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal
      open={open}
      title={trainer ? t('trainers.edit') : t('trainers.add')}
      onCancel={onClose}
      onOk={submit}
      okText={t('common.save')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical" initialValues={initialValues} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="trainer-form">
        <Form.Item name="orgCode" label={t('trainers.owner')} extra={t('trainers.ownerHint')} required>
          {ownerPicker}
        </Form.Item>
        <Form.Item name="name" label={t('trainers.name')} required>
          <Input maxLength={30} data-testid="trainer-name" />
        </Form.Item>
        <Form.Item name="affiliation" label={t('trainers.affiliation')} required>
          <Input maxLength={100} data-testid="trainer-affiliation" />
        </Form.Item>
        <Form.Item name="title" label={t('trainers.jobTitle')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="topics" label={t('trainers.topics')} required>
          <Select mode="multiple" options={topicOptions} placeholder={t('form.choose')} data-testid="trainer-topics" />
        </Form.Item>
        <Form.Item name="intro" label={t('trainers.introField')}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item name="active" label={t('trainers.status')} valuePropName="checked">
          <Switch checkedChildren={t('trainers.active')} unCheckedChildren={t('trainers.retired')} aria-label={t('trainers.activeSwitch')} />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
