import { useState, type ReactElement } from 'react';
import { Alert, App, Form, Modal, Radio, Select } from 'antd';
import { enrolInput } from '@cwp/contracts/training.contract';
import { useEnumOptions } from '../../../i18n/enum-labels.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useEnrol } from '../api/programmes.ts';

const POST_CLASSES = ['正职', '副职', '其他'] as const;
const FIELDS = ['workerIds', 'org', 'postClass'] as const;

interface Props {
  programmeId: number;
  open: boolean;
  /** Unit proposed for a whole-unit enrolment (the working unit when it is a county, street or community). */
  defaultUnit: string;
  /** Multi-select of workers in post, supplied by the page. */
  workerPicker: ReactElement;
  /** Org picker limited to county/street/community in the user's scope, supplied by the page. */
  unitPicker: ReactElement;
  onClose: () => void;
}

/** Enrol chosen workers, or everyone in post under a unit, optionally of one post class (A8.1). */
export function EnrolModal({ programmeId, open, defaultUnit, workerPicker, unitPicker, onClose }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const enrol = useEnrol(programmeId);
  const [by, setBy] = useState<'unit' | 'workers'>('unit');
  const [general, setGeneral] = useState<string[]>([]);
  const postClassOptions = useEnumOptions(POST_CLASSES);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    // Only the chosen way is sent, so a unit picked and then abandoned does not enrol its people.
    const input = by === 'unit' ? { org: v.org ?? undefined, postClass: v.postClass ?? undefined } : { workerIds: v.workerIds ?? [] };
    const r = validateInto(form, enrolInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      const res = await enrol.mutateAsync(r.data);
      message.success(t('training.enrolDone', { added: res.added, already: res.alreadyEnrolled }));
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open={open} title={t('training.enrolTitle')} onCancel={onClose} onOk={submit} okText={t('training.enrol')} confirmLoading={enrol.isPending} destroyOnHidden width={600}>
      <Form form={form} layout="vertical" initialValues={{ org: defaultUnit || undefined }} data-testid="enrol-form">
        <Form.Item label={t('training.enrolBy')}>
          <Radio.Group
            value={by}
            onChange={(e) => {
              setBy(e.target.value as 'unit' | 'workers');
              setGeneral([]);
            }}
            options={[
              { value: 'unit', label: t('training.enrolUnit') },
              { value: 'workers', label: t('training.enrolWorkers') },
            ]}
            data-testid="enrol-by"
          />
        </Form.Item>
        {by === 'unit' ? (
          <>
            <Form.Item name="org" label={t('training.enrolUnitField')} extra={t('training.enrolUnitHint')} required>
              {unitPicker}
            </Form.Item>
            <Form.Item name="postClass" label={t('training.postClass')}>
              <Select allowClear options={postClassOptions} placeholder={t('training.allPostClasses')} data-testid="enrol-post-class" />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="workerIds" label={t('training.enrolWorkersField')} extra={t('training.enrolWorkersHint')} required>
            {workerPicker}
          </Form.Item>
        )}
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
