import { useRef, useState } from 'react';
import { Alert, Button, Form, Input, Modal, Space } from 'antd';
import { CopyOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { rulePack, type RulePack } from '@cwp/contracts/grading.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useCreatePack } from '../api/manage-packs.ts';

/** Copy a pack into a draft of the working unit, export it as JSON, or import a JSON pack as a draft. */
export function PackActions({ pack, org, canManage, onCreated }: { pack: RulePack; org: string; canManage: boolean; onCreated: (id: string) => void }) {
  const { t, errorText } = useI18n();
  const create = useCreatePack();
  const [copying, setCopying] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const [form] = Form.useForm<{ id: string; name: string }>();

  const exportJson = () => {
    const blob = new Blob([JSON.stringify(pack, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${pack.id}.json`;
    a.click();
    URL.revokeObjectURL(a.href);
  };
  const importJson = async (f: File) => {
    setImportError(null);
    const parsed = rulePack.safeParse(JSON.parse(await f.text()));
    if (!parsed.success) return setImportError(t('grading.importInvalid'));
    create.mutate(parsed.data, { onSuccess: (p) => onCreated(p.id) });
  };
  const copy = (v: { id: string; name: string }) =>
    create.mutate({ ...pack, id: v.id, name: v.name, orgCode: org, status: 'draft' }, {
      onSuccess: (p) => {
        setCopying(false);
        onCreated(p.id);
      },
    });

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {canManage ? (
          <Button icon={<CopyOutlined />} onClick={() => { form.setFieldsValue({ id: `${pack.id}-${org || 'cn'}-draft`.slice(0, 60), name: `${pack.name}（副本）` }); setCopying(true); }} data-testid="pack-copy">
            {t('grading.copyToDraft')}
          </Button>
        ) : null}
        <Button icon={<DownloadOutlined />} onClick={exportJson}>
          {t('grading.exportJson')}
        </Button>
        {canManage ? (
          <>
            <Button icon={<UploadOutlined />} onClick={() => file.current?.click()}>
              {t('grading.importJson')}
            </Button>
            <input ref={file} type="file" accept="application/json,.json" hidden onChange={(e) => e.target.files?.[0] && void importJson(e.target.files[0])} />
          </>
        ) : null}
      </Space>
      {importError ? <Alert type="error" showIcon title={importError} /> : null}
      {create.isError && !copying ? <Alert type="error" showIcon title={errorText(create.error)} /> : null}
      <Modal open={copying} title={t('grading.copyToDraft')} onCancel={() => setCopying(false)} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={copy}>
          <Form.Item name="id" label={t('grading.packId')} rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9-]{1,62}$/, message: t('grading.packIdRule') }]}>
            <Input data-testid="pack-copy-id" />
          </Form.Item>
          <Form.Item name="name" label={t('grading.packName')} rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          {create.isError ? <Alert type="error" showIcon title={errorText(create.error)} /> : null}
        </Form>
      </Modal>
    </Space>
  );
}
