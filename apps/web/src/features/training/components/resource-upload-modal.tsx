import { useRef, useState, type ReactElement } from 'react';
import { Alert, App, Button, Form, Input, Modal, Progress, Select, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { resourceFields } from '@cwp/contracts/training.contract';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { uploadResource, useRefreshResources } from '../api/resources.ts';
import { useResourceKindOptions } from './resource-kind.tsx';
import { useTopicOptions } from './trainer-topics.tsx';

const FIELDS = ['orgCode', 'title', 'kind', 'topics', 'description', 'file'] as const;
/** Mirrors the server's list, so a wrong file is refused before it travels; the server checks again. */
const ACCEPT = '.pdf,.doc,.docx,.ppt,.pptx,.xls,.xlsx,.mp4,.mp3,.jpg,.jpeg,.png,.txt,.zip';
const ALLOWED = /\.(pdf|docx?|pptx?|xlsx?|mp4|mp3|jpe?g|png|txt|zip)$/i;
const MAX_BYTES = 100 * 1024 * 1024;

interface Props {
  open: boolean;
  /** Owner proposed for the upload: the working unit, or '' to let the user choose. */
  defaultOrg: string;
  /** Org picker for the sharing unit, supplied by the page. */
  ownerPicker: ReactElement;
  onClose: () => void;
}

/**
 * Upload a resource (A8.4). The file is only picked here (beforeUpload returns false); on OK the fields are
 * checked with the shared contract and the form is sent with upload progress. The page remounts the modal
 * for each opening, so the form and the picked file start clean.
 */
export function ResourceUploadModal({ open, defaultOrg, ownerPicker, onClose }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const refresh = useRefreshResources();
  const kindOptions = useResourceKindOptions();
  const topicOptions = useTopicOptions();
  const [general, setGeneral] = useState<string[]>([]);
  const [percent, setPercent] = useState<number | null>(null);
  const abort = useRef<(() => void) | null>(null);

  const fileError = (text: string) => form.setFields([{ name: 'file', errors: [text] }]);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = { orgCode: v.orgCode ?? '', title: v.title ?? '', kind: v.kind, topics: v.topics ?? [], description: v.description ?? '' };
    const r = validateInto(form, resourceFields, input, tm, FIELDS, t('form.required'));
    const file = (v.file as UploadFile[] | undefined)?.[0]?.originFileObj;
    if (!file) fileError(t('resources.fileRequired'));
    if (!r.ok) return setGeneral(r.general);
    if (!file) return;
    setPercent(0);
    const upload = uploadResource({ ...r.data, file }, setPercent);
    abort.current = upload.abort;
    try {
      await upload.done;
      refresh();
      message.success(t('resources.uploaded'));
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    } finally {
      abort.current = null;
      setPercent(null);
    }
  };

  const cancel = () => {
    abort.current?.();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('resources.upload')}
      onCancel={cancel}
      onOk={submit}
      okText={t('resources.uploadOk')}
      confirmLoading={percent !== null}
      destroyOnHidden
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ orgCode: defaultOrg || undefined, kind: '课件', topics: [] }}
        onValuesChange={(c) => clearChangedErrors(form, c)}
        disabled={percent !== null}
        data-testid="resource-form"
      >
        <Form.Item name="orgCode" label={t('resources.owner')} extra={t('resources.ownerHint')} required>
          {ownerPicker}
        </Form.Item>
        <Form.Item name="title" label={t('resources.name')} required>
          <Input maxLength={100} data-testid="resource-title" />
        </Form.Item>
        <Form.Item name="kind" label={t('resources.kind')} required>
          <Select options={kindOptions} data-testid="resource-kind" />
        </Form.Item>
        <Form.Item name="topics" label={t('resources.topics')} required>
          <Select mode="multiple" options={topicOptions} placeholder={t('form.choose')} data-testid="resource-topics" />
        </Form.Item>
        <Form.Item name="description" label={t('resources.description')}>
          <Input.TextArea rows={2} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item
          name="file"
          label={t('resources.file')}
          extra={t('resources.fileHint')}
          required
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList?: UploadFile[] }) => e?.fileList ?? []}
        >
          <Upload
            accept={ACCEPT}
            maxCount={1}
            beforeUpload={(file) => {
              if (!ALLOWED.test(file.name)) {
                fileError(t('resources.badType'));
                return Upload.LIST_IGNORE;
              }
              if (file.size > MAX_BYTES) {
                fileError(t('resources.tooLarge'));
                return Upload.LIST_IGNORE;
              }
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="resource-file">
              {t('resources.chooseFile')}
            </Button>
          </Upload>
        </Form.Item>
        {percent !== null ? <Progress percent={percent} size="small" format={(p) => t('resources.uploading', { percent: p ?? 0 })} /> : null}
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
