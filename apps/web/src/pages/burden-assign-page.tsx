import { useState } from 'react';
import { Alert, App, AutoComplete, Button, Card, Col, Form, Input, Radio, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { assignInput, type Assignment, type CommunityBurden } from '@cwp/contracts/burden.contract';
import type { MatterKind } from '@cwp/domain/burden';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useAssign, useAssignments, useCommunityBurden } from '../features/burden/api/assignments.ts';
import { useMatters } from '../features/burden/api/matters.ts';
import { MatterKindTag } from '../features/burden/components/matter-kind-tag.tsx';
import { ApiError } from '../lib/api-client.ts';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { clearChangedErrors, validateInto } from '../lib/zod-form.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

const FIELDS = ['matterName', 'communityCode', 'role', 'note'] as const;

/** 事项派发 (A17.1, A17.2): hand a listed matter to a community; a refusal shows why, in the form. */
export default function BurdenAssignPage() {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const { orgCode } = useCurrentOrg();
  const [form] = Form.useForm();
  const [refusal, setRefusal] = useState<string | null>(null);
  const matters = useMatters({ all: false });
  const communities = useCommunityBurden(orgCode);
  const assignments = useAssignments(orgCode);
  const assign = useAssign();
  const canAssign = hasPermission(me, 'burden:assign');
  const hasUnit = orgCode.length >= 2;

  const submit = async () => {
    setRefusal(null);
    const r = validateInto(form, assignInput, form.getFieldsValue(), tm, FIELDS, t('form.required'));
    if (!r.ok) return setRefusal(r.general.join('；') || null);
    try {
      const a = await assign.mutateAsync(r.data);
      message.success(`${t('burden.assigned')}：${a.matterName} → ${a.communityName}`);
      form.resetFields(['matterName', 'note']);
    } catch (err) {
      // A 422 carries the reason the sender can act on; it stays in the form until the next try.
      setRefusal(err instanceof ApiError ? errorText(err) : String(err));
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {canAssign ? (
        <Card size="small" title={t('burden.assignTitle')} data-testid="assign-card">
          <Typography.Paragraph type="secondary">{t('burden.assignIntro')}</Typography.Paragraph>
          <Form form={form} layout="vertical" initialValues={{ role: 'assist' }} onValuesChange={(c) => { clearChangedErrors(form, c); setRefusal(null); }} data-testid="assign-form">
            <Row gutter={16}>
              <Col xs={24} md={10}>
                <Form.Item name="matterName" label={t('burden.matter')} required>
                  <AutoComplete
                    options={(matters.data ?? []).map((m) => ({ value: m.name, label: <Space><MatterKindTag kind={m.kind} />{m.name}{m.area !== '其他' ? <Tag>{m.area}</Tag> : null}</Space> }))}
                    filterOption={(input, o) => String(o?.value ?? '').includes(input)}
                    placeholder={t('burden.matterHint')}
                    data-testid="assign-matter"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="communityCode" label={t('burden.community')} required>
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    options={(communities.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
                    placeholder={hasUnit ? t('form.choose') : t('burden.chooseUnit')}
                    data-testid="assign-community"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name="role" label={t('burden.role')} required>
                  <Radio.Group data-testid="assign-role">
                    <Radio.Button value="assist">{t('burden.role.assist')}</Radio.Button>
                    <Radio.Button value="responsible">{t('burden.role.responsible')}</Radio.Button>
                  </Radio.Group>
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="note" label={t('burden.note')}>
              <Input maxLength={500} data-testid="assign-note" />
            </Form.Item>
            {refusal ? <Alert type="error" showIcon title={t('burden.refused')} description={refusal} style={{ marginBottom: 16 }} data-testid="assign-refusal" /> : null}
            <Button type="primary" icon={<SendOutlined />} onClick={submit} loading={assign.isPending} data-testid="assign-submit">
              {t('burden.assignOk')}
            </Button>
          </Form>
        </Card>
      ) : null}
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Card size="small" title={t('burden.assignmentsTitle')} data-testid="assignments">
            {assignments.isError ? <Alert type="error" showIcon title={errorText(assignments.error)} /> : null}
            <Table<Assignment>
              size="small"
              rowKey="id"
              loading={assignments.isFetching}
              dataSource={assignments.data ?? []}
              pagination={{ pageSize: 15, showSizeChanger: false }}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('burden.matter'), dataIndex: 'matterName' },
                { title: t('burden.kind'), dataIndex: 'matterKind', render: (k: MatterKind) => <MatterKindTag kind={k} /> },
                { title: t('burden.community'), dataIndex: 'communityName' },
                { title: t('burden.role'), dataIndex: 'role', render: (r: 'assist' | 'responsible') => <Tag color={r === 'assist' ? 'green' : 'blue'}>{t(`burden.role.${r}`)}</Tag> },
                { title: t('burden.assignedBy'), dataIndex: 'unitName' },
                { title: t('burden.assignedOn'), dataIndex: 'assignedOn' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title={t('burden.countsTitle')} data-testid="assignment-counts">
            <Table<CommunityBurden>
              size="small"
              rowKey="code"
              loading={communities.isFetching}
              dataSource={(communities.data ?? []).filter((c) => c.assignments > 0)}
              pagination={{ pageSize: 15, showSizeChanger: false }}
              columns={[
                { title: t('burden.community'), dataIndex: 'name' },
                { title: t('burden.tasks'), dataIndex: 'assignments', align: 'right' as const, sorter: (a, b) => a.assignments - b.assignments, defaultSortOrder: 'descend' as const },
                { title: t('burden.responsibleCount'), dataIndex: 'responsible', align: 'right' as const },
                { title: t('burden.assistCount'), dataIndex: 'assist', align: 'right' as const },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
