import { useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, Popconfirm, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { platformInput, type CommunityBurden, type Platform } from '@cwp/contracts/burden.contract';
import { PLATFORM_KINDS } from '@cwp/domain/burden';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useCommunityBurden } from '../features/burden/api/assignments.ts';
import { useRemoveRecord } from '../features/burden/api/community.ts';
import { useAddPlatform, usePlatforms } from '../features/burden/api/platforms.ts';
import { OrgTreeSelect } from '../features/org/components/org-tree-select.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { clearChangedErrors, showSubmitError, validateInto } from '../lib/zod-form.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

const FIELDS = ['kind', 'name', 'ownerDept', 'purpose', 'servedPrefix'] as const;

/** 应用与工作群 (指尖上的形式主义): what communities must serve, and who serves more than the limit. */
export default function BurdenPlatformsPage() {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const { orgCode } = useCurrentOrg();
  const platforms = usePlatforms(orgCode);
  const communities = useCommunityBurden(orgCode);
  const add = useAddPlatform();
  const remove = useRemoveRecord();
  const [form] = Form.useForm();
  const [adding, setAdding] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const canManage = hasPermission(me, 'burden:manage');
  const ranked = [...(communities.data ?? [])].sort((a, b) => b.platforms - a.platforms);

  const save = async () => {
    setGeneral([]);
    const r = validateInto(form, platformInput, form.getFieldsValue(), tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await add.mutateAsync(r.data);
      message.success(t('burden.saved'));
      form.resetFields();
      setAdding(false);
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
    }
  };

  return (
    <Row gutter={16}>
      <Col xs={24} xl={15}>
        <Card
          size="small"
          title={t('burden.platformsTitle')}
          extra={canManage ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding((v) => !v)}>{t('burden.addPlatform')}</Button> : null}
          data-testid="platforms-page"
        >
          <Typography.Paragraph type="secondary">{t('burden.platformsIntro')}</Typography.Paragraph>
          {adding ? (
            <Form form={form} layout="vertical" initialValues={{ kind: 'app', servedPrefix: orgCode }} onValuesChange={(c) => clearChangedErrors(form, c)} style={{ marginBottom: 16 }}>
              <Row gutter={12}>
                <Col xs={24} md={6}><Form.Item name="kind" label={t('burden.platformKind')} required><Select options={PLATFORM_KINDS.map((k) => ({ value: k, label: k }))} /></Form.Item></Col>
                <Col xs={24} md={9}><Form.Item name="name" label={t('burden.platformName')} required><Input maxLength={100} /></Form.Item></Col>
                <Col xs={24} md={9}><Form.Item name="ownerDept" label={t('burden.ownerDept')} required><Input maxLength={100} /></Form.Item></Col>
                <Col xs={24} md={12}><Form.Item name="purpose" label={t('burden.purpose')} required><Input maxLength={500} /></Form.Item></Col>
                <Col xs={24} md={12}><Form.Item name="servedPrefix" label={t('burden.served')} required><OrgTreeSelect rootCode={me.scope.code} selectableLevels={['province', 'city', 'county', 'street', 'community']} /></Form.Item></Col>
              </Row>
              {general.length ? <Alert type="error" title={general.join('；')} style={{ marginBottom: 8 }} /> : null}
              <Button type="primary" onClick={save} loading={add.isPending}>{t('common.save')}</Button>
            </Form>
          ) : null}
          {platforms.isError ? <Alert type="error" showIcon title={errorText(platforms.error)} /> : null}
          <Table<Platform>
            size="small"
            rowKey="id"
            loading={platforms.isFetching}
            dataSource={platforms.data ?? []}
            pagination={{ pageSize: 20, showSizeChanger: false }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('burden.platformKind'), dataIndex: 'kind', render: (k: string) => <Tag>{k}</Tag> },
              { title: t('burden.platformName'), dataIndex: 'name' },
              { title: t('burden.ownerDept'), dataIndex: 'ownerDept' },
              { title: t('burden.purpose'), dataIndex: 'purpose' },
              { title: t('burden.served'), dataIndex: 'servedName' },
              { title: t('burden.servedCommunities'), dataIndex: 'communities', align: 'right' as const },
              ...(canManage
                ? [{ title: '', key: 'x', render: (_: unknown, p: Platform) => <Popconfirm title={t('burden.removeConfirm')} onConfirm={() => remove.mutateAsync({ what: 'platforms', id: p.id }).catch((e) => message.error(errorText(e)))}><Button size="small" type="link" danger>{t('burden.remove')}</Button></Popconfirm> }]
                : []),
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={9}>
        <Card size="small" title={t('burden.perCommunityTitle')} data-testid="platform-counts">
          <Table<CommunityBurden>
            size="small"
            rowKey="code"
            loading={communities.isFetching}
            dataSource={ranked}
            pagination={{ pageSize: 15, showSizeChanger: false }}
            columns={[
              { title: t('burden.community'), dataIndex: 'name' },
              {
                title: t('burden.platforms'),
                key: 'n',
                align: 'right' as const,
                render: (_: unknown, c) => (
                  <Space>
                    {c.platforms} / {c.limits.maxPlatforms}
                    {c.platforms > c.limits.maxPlatforms ? <Tag color="red">{t('burden.overThreshold')}</Tag> : null}
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
