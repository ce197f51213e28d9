import { useState, type ReactElement } from 'react';
import { Alert, App, Button, Col, Form, Input, Modal, Row, Select, Space, Tag } from 'antd';
import { caseInput, updateCaseInput } from '@cwp/contracts/skills.contract';
import { clearChangedErrors, showSubmitError, zodIssuesToFields } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { WorkerSelect } from '../../workers/components/worker-select.tsx';
import { useCreateCase, useUpdateCase, type WorkCase } from '../api/skills.ts';
import { useTopicOptions } from './trainer-topics.tsx';

const FIELDS = ['orgCode', 'title', 'methodName', 'topics', 'summary', 'content', 'authorWorkerId'] as const;

interface Props {
  /** null = a new case (a draft until published). The page remounts the modal (key) per opening. */
  workCase: WorkCase | null;
  /** Owner proposed for a new case (the user's own unit), or '' to let the user choose. */
  defaultOwner: string;
  /** Org picker limited to province/city/county/street in the user's scope, supplied by the page. */
  ownerPicker: ReactElement;
  /** Unit the author picker searches under. */
  org: string;
  onClose: () => void;
  onSaved?: (c: WorkCase) => void;
}

/**
 * The author picker searches by name, so an author already on the case is shown by name, with a way to pick
 * another or to drop the author; the picker alone would show a bare id.
 */
function AuthorField({ value, onChange, org, currentName }: { value?: number | null; onChange?: (v: number | null) => void; org: string; currentName: string | null }) {
  const { t } = useI18n();
  const [picking, setPicking] = useState(!value || !currentName);
  if (!picking && value)
    return (
      <Space>
        <Tag>{currentName}</Tag>
        <Button size="small" onClick={() => setPicking(true)}>
          {t('skills.authorChange')}
        </Button>
        <Button
          size="small"
          onClick={() => {
            onChange?.(null);
            setPicking(true);
          }}
        >
          {t('skills.authorClear')}
        </Button>
      </Space>
    );
  return <WorkerSelect org={org} value={value ?? undefined} onChange={(v) => onChange?.(v ?? null)} data-testid="case-author" />;
}

/** Write or edit a 社区工作法 case (A6.1), checked with the shared contract before it is sent. */
export function SkillsCaseFormModal({ workCase, defaultOwner, ownerPicker, org, onClose, onSaved }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const topicOptions = useTopicOptions();
  const [form] = Form.useForm();
  const create = useCreateCase();
  const update = useUpdateCase();
  const [general, setGeneral] = useState<string[]>([]);

  const initialValues = workCase
    ? { orgCode: workCase.orgCode, title: workCase.title, methodName: workCase.methodName, topics: workCase.topics, summary: workCase.summary, content: workCase.content, authorWorkerId: workCase.authorWorkerId }
    : { orgCode: defaultOwner || undefined, topics: [], authorWorkerId: null };

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = {
      orgCode: v.orgCode ?? '',
      title: v.title ?? '',
      methodName: v.methodName ?? '',
      topics: v.topics ?? [],
      summary: v.summary ?? '',
      content: v.content ?? '',
      authorWorkerId: v.authorWorkerId ?? null,
      ...(workCase ? { version: workCase.version } : {}),
    };
    const r = (workCase ? updateCaseInput : caseInput).safeParse(input);
    if (!r.success) {
      const m = zodIssuesToFields(r.error, tm, FIELDS, t('form.required'));
      form.setFields(m.fields);
      if (m.fields[0]) form.scrollToField(m.fields[0].name);
      return setGeneral(m.general);
    }
    try {
      const saved = workCase ? await update.mutateAsync({ id: workCase.id, input: { ...r.data, version: workCase.version } }) : await create.mutateAsync(r.data);
      message.success(workCase ? t('common.saved') : t('skills.caseCreated'));
      onClose();
      onSaved?.(saved);
    } catch (err) {
      // A version conflict has no field: it goes above the form, where "reload" makes sense.
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Modal
      open
      title={workCase ? t('skills.caseEdit') : t('skills.caseAdd')}
      onCancel={onClose}
      onOk={submit}
      okText={t('common.save')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={880}
      // A long text is being written: a stray click outside must not throw it away.
      mask={{ closable: false }}
    >
      <Form form={form} layout="vertical" initialValues={initialValues} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="case-form">
        <Form.Item name="title" label={t('skills.caseTitle')} required>
          <Input maxLength={100} data-testid="case-title" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="methodName" label={t('skills.methodName')} extra={t('skills.methodNameHint')} required>
              <Input maxLength={50} data-testid="case-method" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="orgCode" label={t('skills.caseOwner')} extra={t('skills.caseOwnerHint')} required>
              {ownerPicker}
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="topics" label={t('skills.topics')} required>
          <Select mode="multiple" options={topicOptions} placeholder={t('form.choose')} data-testid="case-topics" />
        </Form.Item>
        <Form.Item name="authorWorkerId" label={t('skills.author')} extra={t('skills.authorHint')}>
          <AuthorField org={org} currentName={workCase?.authorName ?? null} />
        </Form.Item>
        <Form.Item name="summary" label={t('skills.summary')} required>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('skills.summaryPlaceholder')} data-testid="case-summary" />
        </Form.Item>
        <Form.Item name="content" label={t('skills.content')} extra={t('skills.contentHint')} required>
          <Input.TextArea rows={18} maxLength={20000} showCount placeholder={t('skills.contentPlaceholder')} data-testid="case-content-input" />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
