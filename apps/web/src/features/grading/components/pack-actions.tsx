import { useRef, useState } from 'react';
import { Alert, Button, Form, Input, Modal, Space } from 'antd';
import { CopyOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
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

  const download = (text: string, type: string, ext: string) => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type }));
    a.download = `${pack.id}.${ext}`;
    a.click();
    URL.revokeObjectURL(a.href);
  };
  // The same pack as JSON or YAML (YAML is easier to read and comment when a province drafts by hand).
  const importFile = async (f: File) => {
    setImportError(null);
    let data: unknown;
    try {
      const text = await f.text();
      data = /\.ya?ml$/i.test(f.name) ? parseYaml(text) : JSON.parse(text);
    } catch {
      return setImportError(t('grading.importInvalid'));
    }
    const parsed = rulePack.safeParse(data);
    if (!parsed.success) return setImportError(`${t('grading.importInvalid')}：${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).slice(0, 3).join('；')}`);
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
        <Button icon={<DownloadOutlined />} onClick={() => download(JSON.stringify(pack, null, 2), 'application/json', 'json')}>
          {t('grading.exportJson')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => download(toYaml(pack), 'application/yaml', 'yaml')}>
          {t('grading.exportYaml')}
        </Button>
        {canManage ? (
          <>
            <Button icon={<UploadOutlined />} onClick={() => file.current?.click()}>
              {t('grading.importJson')}
            </Button>
            <input ref={file} type="file" accept=".json,.yaml,.yml" hidden onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
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
