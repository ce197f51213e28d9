import { useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, Popconfirm, Radio, Row, Space, Switch, Table, Tag } from 'antd';
import { certificateInput, signboardInput, type Certificate, type Signboard } from '@cwp/contracts/burden.contract';
import { SIGNBOARD_KINDS } from '@cwp/domain/burden';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useAddCertificate, useAddSignboard, useCertificates, useRemoveRecord, useSignboards } from '../api/community.ts';

/** One community's signboards and the certificates it still issues, with forms to record more (A17.1). */
export function CommunityRecords({ community, name, canRecord }: { community: string; name: string; canRecord: boolean }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const boards = useSignboards(community);
  const certs = useCertificates(community);
  const addBoard = useAddSignboard();
  const addCert = useAddCertificate();
  const remove = useRemoveRecord();
  const [boardForm] = Form.useForm();
  const [certForm] = Form.useForm();
  const [boardErr, setBoardErr] = useState<string[]>([]);
  const [certErr, setCertErr] = useState<string[]>([]);

  const saveBoard = async () => {
    setBoardErr([]);
    const r = validateInto(boardForm, signboardInput, { ...boardForm.getFieldsValue(), communityCode: community }, tm, ['name', 'issuingDept', 'kind', 'approved'], t('form.required'));
    if (!r.ok) return setBoardErr(r.general);
    try {
      await addBoard.mutateAsync(r.data);
      message.success(t('burden.saved'));
      boardForm.resetFields();
    } catch (err) {
      setBoardErr(showSubmitError(boardForm, err, tm, errorText, ['name', 'issuingDept', 'kind', 'approved']));
    }
  };
  const saveCert = async () => {
    setCertErr([]);
    const r = validateInto(certForm, certificateInput, { ...certForm.getFieldsValue(), communityCode: community }, tm, ['name', 'basis'], t('form.required'));
    if (!r.ok) return setCertErr(r.general);
    try {
      await addCert.mutateAsync(r.data);
      message.success(t('burden.saved'));
      certForm.resetFields();
    } catch (err) {
      // A refusal (no-longer-issued list) is a sentence, not a field hint: it goes in the alert under the form.
      setCertErr([errorText(err)]);
    }
  };
  const removeButton = (what: 'signboards' | 'certificates', id: number) =>
    canRecord ? (
      <Popconfirm title={t('burden.removeConfirm')} onConfirm={() => remove.mutateAsync({ what, id }).catch((e) => message.error(errorText(e)))}>
        <Button size="small" danger type="link">{t('burden.remove')}</Button>
      </Popconfirm>
    ) : null;

  return (
    <Row gutter={16}>
      <Col xs={24} xl={12}>
        <Card size="small" title={`${name} · ${t('burden.signboards')}`} data-testid="signboards">
          <Table<Signboard>
            size="small"
            rowKey="id"
            dataSource={boards.data ?? []}
            loading={boards.isFetching}
            pagination={false}
            columns={[
              { title: t('burden.signboardName'), dataIndex: 'name' },
              { title: t('burden.issuingDept'), dataIndex: 'issuingDept' },
              { title: t('burden.signboardKind'), dataIndex: 'kind', render: (k: string) => <Tag color={k === '外挂' ? 'orange' : 'default'}>{k}</Tag> },
              { title: t('burden.approved'), dataIndex: 'approved', render: (a: boolean) => (a ? t('burden.yes') : <Tag color="red">{t('burden.no')}</Tag>) },
              { title: '', key: 'x', render: (_: unknown, s) => removeButton('signboards', s.id) },
            ]}
          />
          {canRecord ? (
            <Form form={boardForm} layout="inline" initialValues={{ kind: '外挂', approved: true }} onValuesChange={(c) => clearChangedErrors(boardForm, c)} style={{ marginTop: 12, rowGap: 8 }}>
              <Form.Item name="name"><Input placeholder={t('burden.signboardName')} maxLength={100} /></Form.Item>
              <Form.Item name="issuingDept"><Input placeholder={t('burden.issuingDept')} maxLength={100} /></Form.Item>
              <Form.Item name="kind"><Radio.Group options={SIGNBOARD_KINDS.map((k) => ({ value: k, label: k }))} /></Form.Item>
              <Form.Item name="approved" label={t('burden.approved')} valuePropName="checked"><Switch /></Form.Item>
              <Button onClick={saveBoard} loading={addBoard.isPending}>{t('burden.addSignboard')}</Button>
            </Form>
          ) : null}
          {boardErr.length ? <Alert type="error" title={boardErr.join('；')} style={{ marginTop: 8 }} /> : null}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={`${name} · ${t('burden.certificates')}`} data-testid="certificates">
          <Table<Certificate>
            size="small"
            rowKey="id"
            dataSource={certs.data ?? []}
            loading={certs.isFetching}
            pagination={false}
            columns={[
              { title: t('burden.certificateName'), dataIndex: 'name' },
              { title: t('burden.basis'), dataIndex: 'basis' },
              { title: '', key: 'x', render: (_: unknown, c) => removeButton('certificates', c.id) },
            ]}
          />
          {canRecord ? (
            <Form form={certForm} layout="vertical" onValuesChange={(c) => clearChangedErrors(certForm, c)} style={{ marginTop: 12 }}>
              <Space.Compact block>
                <Form.Item name="name" style={{ flex: 1, marginBottom: 0 }}><Input placeholder={t('burden.certificateName')} maxLength={100} data-testid="certificate-name" /></Form.Item>
                <Form.Item name="basis" style={{ flex: 2, marginBottom: 0 }}><Input placeholder={t('burden.basis')} maxLength={500} data-testid="certificate-basis" /></Form.Item>
                <Button onClick={saveCert} loading={addCert.isPending} data-testid="certificate-add">{t('burden.addCertificate')}</Button>
              </Space.Compact>
            </Form>
          ) : null}
          {certErr.length ? <Alert type="error" title={certErr.join('；')} style={{ marginTop: 8 }} /> : null}
        </Card>
      </Col>
    </Row>
  );
}
