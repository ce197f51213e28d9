import { useState, type ReactElement } from 'react';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { RESERVE_POSTS, RESERVE_SOURCES, reserveInput } from '@cwp/contracts/incentives.contract';
import { EDUCATION_LEVEL_LABELS, POLITICAL_STATUS_LABELS } from '@cwp/domain/code-tables';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useEnumOptions } from '../../../i18n/enum-labels.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { WorkerSelect } from '../../workers/components/worker-select.tsx';
import { useNominate } from '../api/reserve.ts';
import { useIncentivesText } from './incentives-text.tsx';

const FIELDS = ['communityCode', 'workerId', 'name', 'gender', 'birthYear', 'education', 'politicalStatus', 'source', 'targetPost', 'nominatedOn'] as const;
type Kind = 'registry' | 'outside';

interface Props {
  open: boolean;
  /** The working unit: its community is proposed, and the worker search starts there. */
  org: string;
  defaultCommunity: string | undefined;
  /** Community picker supplied by the page (org tree limited to the working unit). */
  communityPicker: ReactElement;
  onClose: () => void;
}

/**
 * 推荐后备人选 (A2.2): a worker from the registry (background taken from the archive by the server) or a
 * person outside it — grid worker, graduate, veteran, retired Party member — entered by name.
 */
export function NominateModal({ open, org, defaultCommunity, communityPicker, onClose }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useIncentivesText();
  const [form] = Form.useForm();
  const nominate = useNominate();
  const [general, setGeneral] = useState<string[]>([]);
  const kind: Kind = Form.useWatch('kind', form) ?? 'registry';
  const community: string | undefined = Form.useWatch('communityCode', form);
  const educationOptions = useEnumOptions(EDUCATION_LEVEL_LABELS);
  const politicalOptions = useEnumOptions(POLITICAL_STATUS_LABELS);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const common = { communityCode: v.communityCode ?? '', source: v.source, targetPost: v.targetPost, nominatedOn: toIsoDate(v.nominatedOn) ?? undefined };
    const input =
      kind === 'registry'
        ? { ...common, workerId: v.workerId ?? null }
        : { ...common, workerId: null, name: v.name ?? '', gender: v.gender ?? null, birthYear: v.birthYear ?? null, education: v.education ?? null, politicalStatus: v.politicalStatus ?? null };
    const r = validateInto(form, reserveInput, input, tm, FIELDS, t('form.required'));
    // The contract asks for a name when no worker is chosen; in registry mode the missing piece is the worker.
    if (kind === 'registry' && !v.workerId) form.setFields([{ name: 'workerId', errors: [t('incentives.pickWorkerRequired')] }]);
    if (!r.ok) return setGeneral(r.general);
    try {
      await nominate.mutateAsync(r.data);
      message.success(t('incentives.nominated'));
      form.resetFields();
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open={open} title={t('incentives.nominate')} onCancel={onClose} onOk={submit} okText={t('common.save')} confirmLoading={nominate.isPending} destroyOnHidden width={640}>
      <Typography.Paragraph type="secondary">{t('incentives.nominateHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'registry', communityCode: defaultCommunity, source: '社区专职工作人员', nominatedOn: dayjs() }}
        onValuesChange={(c) => {
          clearChangedErrors(form, c);
          // A registry worker is full-time staff; an outside person has some other source.
          if ('kind' in c) form.setFieldsValue({ source: c.kind === 'registry' ? '社区专职工作人员' : undefined, workerId: undefined });
          if ('communityCode' in c) form.setFieldsValue({ workerId: undefined });
        }}
        data-testid="nominate-form"
      >
        <Form.Item name="kind" label={t('incentives.kindOfCandidate')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'registry', label: t('incentives.fromRegistry') },
              { value: 'outside', label: t('incentives.fromOutside') },
            ]}
            data-testid="nominate-kind"
          />
        </Form.Item>
        <Form.Item name="communityCode" label={t('incentives.community')} extra={t('incentives.communityHint')} required>
          {communityPicker}
        </Form.Item>
        {kind === 'registry' ? (
          <Form.Item name="workerId" label={t('incentives.candidate')} extra={t('incentives.workerFromRegistryHint')} required>
            <WorkerSelect org={community ?? org} data-testid="nominate-worker" />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="name" label={t('incentives.name')} required>
              <Input maxLength={30} data-testid="nominate-name" />
            </Form.Item>
            <Form.Item name="gender" label={t('incentives.gender')}>
              <Radio.Group
                options={[
                  { value: '男', label: text.gender('男') },
                  { value: '女', label: text.gender('女') },
                ]}
                data-testid="nominate-gender"
              />
            </Form.Item>
            <Form.Item name="birthYear" label={t('incentives.birthYear')}>
              <InputNumber min={1940} max={2010} precision={0} style={{ width: '100%' }} data-testid="nominate-birth-year" />
            </Form.Item>
            <Form.Item name="education" label={t('incentives.education')}>
              <Select allowClear showSearch options={educationOptions} placeholder={t('form.choose')} data-testid="nominate-education" />
            </Form.Item>
            <Form.Item name="politicalStatus" label={t('incentives.politicalStatus')}>
              <Select allowClear options={politicalOptions} placeholder={t('form.choose')} data-testid="nominate-political" />
            </Form.Item>
          </>
        )}
        <Form.Item name="source" label={t('incentives.source')} required>
          <Select options={RESERVE_SOURCES.map((s) => ({ value: s, label: text.source(s) }))} placeholder={t('form.choose')} data-testid="nominate-source" />
        </Form.Item>
        <Form.Item name="targetPost" label={t('incentives.targetPost')} required>
          <Radio.Group options={RESERVE_POSTS.map((p) => ({ value: p, label: text.post(p) }))} data-testid="nominate-post" />
        </Form.Item>
        <Form.Item name="nominatedOn" label={t('incentives.nominatedOn')} required>
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
