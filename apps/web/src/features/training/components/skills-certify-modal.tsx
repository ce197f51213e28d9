import { useState } from 'react';
import { Alert, App, Button, Checkbox, DatePicker, Form, Modal, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { certifyInput } from '@cwp/contracts/skills.contract';
import { FRONT_DESK_POSTS } from '@cwp/domain/training';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, zodIssuesToFields } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { WorkerSelect } from '../../workers/components/worker-select.tsx';
import { useCertifyPosts } from '../api/skills.ts';
import { useSkillsText } from './skills-text.ts';

const FIELDS = ['workerId', 'posts', 'certifiedOn'] as const;

interface Props {
  /** Unit the worker picker searches under (the page's working unit). */
  org: string;
  /** Opened from a row: that worker, fixed. null = pick one. */
  worker: { workerId: number; name: string; communityName: string } | null;
  /** Posts a worker already holds, from the coverage list; offered as done rather than again. */
  heldOf: (workerId: number) => string[];
  onClose: () => void;
}

/** 岗位认定 (A6.2): one worker, several front-desk posts at once, on the date the street assessed them. */
export function SkillsCertifyModal({ org, worker, heldOf, onClose }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useSkillsText();
  const [form] = Form.useForm();
  const certify = useCertifyPosts();
  const [general, setGeneral] = useState<string[]>([]);
  const picked: number | undefined = Form.useWatch('workerId', form);
  const workerId = worker?.workerId ?? picked;
  const held = workerId ? heldOf(workerId) : [];
  const open = FRONT_DESK_POSTS.filter((p) => !held.includes(p));

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const r = certifyInput.safeParse({ workerId, posts: v.posts ?? [], certifiedOn: toIsoDate(v.certifiedOn as Dayjs | null) ?? undefined });
    if (!r.success) {
      const m = zodIssuesToFields(r.error, tm, FIELDS, t('form.required'));
      form.setFields(m.fields);
      return setGeneral(m.general);
    }
    try {
      const { added } = await certify.mutateAsync(r.data);
      message.success(added.length ? t('skills.certified', { n: added.length }) : t('skills.certifiedNone'));
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal open title={t('skills.certifyTitle')} onCancel={onClose} onOk={submit} okText={t('skills.certifyOk')} confirmLoading={certify.isPending} destroyOnHidden width={600}>
      <Typography.Paragraph type="secondary">{t('skills.certifyHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ posts: [], certifiedOn: dayjs() }}
        onValuesChange={(changed: Record<string, unknown>) => {
          clearChangedErrors(form, changed);
          // Another worker holds other posts: keep only what is still open for them.
          if ('workerId' in changed) form.setFieldValue('posts', []);
        }}
        data-testid="certify-form"
      >
        <Form.Item name={worker ? undefined : 'workerId'} label={t('skills.worker')} required>
          {worker ? (
            <Typography.Text strong data-testid="certify-worker-name">
              {worker.name}（{worker.communityName}）
            </Typography.Text>
          ) : (
            <WorkerSelect org={org} data-testid="certify-worker" />
          )}
        </Form.Item>
        <Form.Item
          label={
            <Space>
              <span>{t('skills.posts')}</span>
              <Button type="link" size="small" disabled={!open.length} onClick={() => form.setFields([{ name: 'posts', value: open, errors: [] }])} data-testid="certify-all">
                {t('skills.selectAllOpen')}
              </Button>
            </Space>
          }
          required
        >
          {/* noStyle: its errors show under the labelled item above. */}
          <Form.Item name="posts" noStyle>
            <Checkbox.Group style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8 }} data-testid="certify-posts">
              {FRONT_DESK_POSTS.map((p) => (
                <Checkbox key={p} value={p} disabled={held.includes(p)}>
                  {text.post(p)}
                  {held.includes(p) ? <Typography.Text type="secondary">{t('skills.alreadyHeld')}</Typography.Text> : null}
                </Checkbox>
              ))}
            </Checkbox.Group>
          </Form.Item>
        </Form.Item>
        <Form.Item name="certifiedOn" label={t('skills.certifiedOn')} required>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} allowClear={false} data-testid="certify-date" />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
