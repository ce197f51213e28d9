import { useState } from 'react';
import { Alert, Button, Card, Col, Popconfirm, QRCode, Row, Space, Switch, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { Commitment, CommunityDisclosure } from '@cwp/contracts/supervision.contract';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { publicCommunityUrl, useCommunityDisclosure, useSetPublication, useWithdrawCommitment } from '../features/supervision/api/community-disclosure.ts';
import { CommitmentFormModal, DutyFormModal, type DutyTarget } from '../features/supervision/components/disclosure-modals.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

type DutyRow = CommunityDisclosure['workers'][number];

/** 服务承诺与职责公开 (A11.2) of the header's community, its public page and the QR code residents scan. */
export default function SupervisionCommitmentsPage() {
  const { t, errorText } = useI18n();
  const me = useCurrentUser();
  const { orgCode } = useCurrentOrg();
  const isCommunity = /^\d{12}$/.test(orgCode);
  const data = useCommunityDisclosure(orgCode);
  const publish = useSetPublication(orgCode);
  const withdraw = useWithdrawCommitment(orgCode);
  const [adding, setAdding] = useState(false);
  const [duty, setDuty] = useState<DutyTarget | null>(null);
  const canWrite = hasPermission(me, 'supervision:write') || hasPermission(me, 'supervision:disclose');
  const d = data.data;
  const url = publicCommunityUrl(orgCode);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="commitments-page">
      <Card size="small" title={d ? `${t('sup.commitmentsTitle')} · ${d.communityName}` : t('sup.commitmentsTitle')}>
        <Typography.Paragraph type="secondary">{t('sup.commitmentsIntro')}</Typography.Paragraph>
        {isCommunity ? null : <Alert type="info" showIcon title={t('sup.chooseCommunity')} />}
        {data.isError ? <Alert type="error" showIcon title={errorText(data.error)} /> : null}
        {d ? (
          <Row gutter={24} align="middle">
            <Col flex="auto">
              <Space direction="vertical">
                <Space>
                  <Switch checked={d.published} disabled={!canWrite} loading={publish.isPending} onChange={(v) => publish.mutate(v)} data-testid="publish-switch" />
                  <Tag color={d.published ? 'green' : 'default'}>{d.published ? t('sup.published') : t('sup.unpublished')}</Tag>
                </Space>
                {d.published ? (
                  <Typography.Link href={url} target="_blank" data-testid="public-link">
                    {t('sup.openPublic')}：{url}
                  </Typography.Link>
                ) : null}
              </Space>
            </Col>
            {d.published ? (
              <Col>
                <div style={{ textAlign: 'center' }}>
                  <QRCode value={url} size={140} type="svg" bordered={false} />
                  <Typography.Text type="secondary">{t('sup.publicLink')}</Typography.Text>
                </div>
              </Col>
            ) : null}
          </Row>
        ) : null}
      </Card>
      {d ? (
        <Card size="small" title={t('sup.commitments')} extra={canWrite ? <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="commitment-add">{t('sup.addCommitment')}</Button> : null}>
          <Table<Commitment>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.commitments}
            data-testid="commitments-table"
            columns={[
              { title: t('sup.commitment'), dataIndex: 'content' },
              { title: t('sup.effectiveFrom'), dataIndex: 'effectiveFrom', width: 120 },
              { title: t('sup.withdrawnOn'), dataIndex: 'withdrawnOn', width: 120, render: (w: string | null) => w ?? <Tag color="green">{t('sup.inForce')}</Tag> },
              {
                title: t('common.actions'),
                width: 90,
                render: (_, r) =>
                  canWrite && !r.withdrawnOn ? (
                    <Popconfirm title={t('sup.withdraw')} onConfirm={() => withdraw.mutate(r.id)}>
                      <Button type="link" size="small" danger>{t('sup.withdraw')}</Button>
                    </Popconfirm>
                  ) : null,
              },
            ]}
          />
        </Card>
      ) : null}
      {d ? (
        <Card size="small" title={t('sup.duties')}>
          <Table<DutyRow>
            rowKey="workerId"
            size="small"
            pagination={false}
            dataSource={d.workers}
            data-testid="duties-table"
            columns={[
              { title: t('sup.worker'), dataIndex: 'name', width: 110 },
              { title: t('sup.positions'), dataIndex: 'positions', width: 200, render: (ps: string[]) => ps.join('、') },
              { title: t('sup.post'), dataIndex: 'post', width: 180, render: (p: string | null) => p ?? <Tag color="orange">{t('sup.dutyMissing')}</Tag> },
              { title: t('sup.duty'), dataIndex: 'duty' },
              {
                title: t('common.actions'),
                width: 90,
                render: (_, r) =>
                  canWrite ? (
                    <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setDuty({ workerId: r.workerId, name: r.name, post: r.post ?? r.positions.join('、'), duty: r.duty ?? '' })} data-testid={`duty-edit-${r.workerId}`}>
                      {t('sup.editDuty')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </Card>
      ) : null}
      {isCommunity ? <CommitmentFormModal code={orgCode} open={adding} onClose={() => setAdding(false)} /> : null}
      {isCommunity ? <DutyFormModal code={orgCode} target={duty} onClose={() => setDuty(null)} /> : null}
    </Space>
  );
}
