import { useState } from 'react';
import { Alert, Button, Checkbox, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { createApiKeyInput, OPEN_FIELD_LABELS, OPEN_FIELDS, type CreatedApiKey } from '@cwp/contracts/open-data.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useCreateKey } from '../api/create-key.ts';
import { useScopeUnitSearch } from '../api/search-scope-units.ts';

const FORM_FIELDS = ['name', 'contact', 'scopeCode', 'fields', 'expiresOn'] as const;

/** A unit picker by search: the system administrator has no org tree, only names and codes. */
function ScopeSelect(props: { value?: string; onChange?: (v: string | undefined) => void }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const units = useScopeUnitSearch(q);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={props.value}
      onChange={props.onChange}
      placeholder={t('openData.scopePlaceholder')}
      loading={units.isFetching}
      options={(units.data ?? []).map((u) => ({ value: u.code, label: `${u.pathNames}（${u.code}）` }))}
      data-testid="open-key-scope"
    />
  );
}

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (created: CreatedApiKey) => void;
}

/** New key for a consuming system (A17.4): who, which scope, which fields, until when. */
export function CreateKeyModal({ open, onClose, onCreated }: Props) {
  const { t, tm, lang, errorText } = useI18n();
  const [form] = Form.useForm();
  const mutation = useCreateKey();
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = { name: v.name ?? '', contact: v.contact ?? '', scopeCode: v.scopeCode ?? '', fields: v.fields ?? [], expiresOn: toIsoDate(v.expiresOn) };
    const r = validateInto(form, createApiKeyInput, input, tm, FORM_FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      const created = await mutation.mutateAsync(r.data);
      form.resetFields();
      onCreated(created);
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FORM_FIELDS));
    }
  };

  return (
    <Modal open={open} title={t('openData.create')} onCancel={onClose} onOk={submit} okText={t('common.save')} confirmLoading={mutation.isPending} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" onValuesChange={(c) => clearChangedErrors(form, c)} autoComplete="off">
        <Form.Item name="name" label={t('openData.name')} required>
          <Input placeholder={t('openData.namePlaceholder')} data-testid="open-key-name" />
        </Form.Item>
        <Form.Item name="contact" label={t('openData.contact')} required>
          <Input placeholder={t('openData.contactPlaceholder')} data-testid="open-key-contact" />
        </Form.Item>
        <Form.Item name="scopeCode" label={t('openData.scope')} required extra={t('openData.scopeHint')}>
          <ScopeSelect />
        </Form.Item>
        <Form.Item label={t('openData.fields')} required extra={t('openData.fieldsHint')}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Button size="small" onClick={() => form.setFieldValue('fields', [...OPEN_FIELDS])}>
              {t('openData.selectAll')}
            </Button>
            <Form.Item name="fields" noStyle>
              <Checkbox.Group
                data-testid="open-key-fields"
                style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', rowGap: 4 }}
                options={OPEN_FIELDS.map((f) => ({ value: f, label: OPEN_FIELD_LABELS[f][lang === 'en' ? 'en' : 'zh'] }))}
              />
            </Form.Item>
          </Space>
        </Form.Item>
        <Form.Item name="expiresOn" label={t('openData.expiresOn')}>
          <DatePicker style={{ width: 200 }} disabledDate={(d) => d.isBefore(dayjs().startOf('day'))} />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
