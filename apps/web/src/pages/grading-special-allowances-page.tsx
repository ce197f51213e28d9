import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Input, Modal, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { SpecialAllowance } from '@cwp/contracts/special-allowance.contract';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useRevokeSpecialAllowance, useSpecialAllowances } from '../features/grading/api/special-allowances.ts';
import { yuan } from '../features/grading/components/grade-result-view.tsx';
import { useKindText } from '../features/grading/components/special-allowance-kind.ts';
import { SpecialAllowanceModal } from '../features/grading/components/special-allowance-modal.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** 一线津贴 (A12.3): front-line service in major tasks, disasters and emergencies, by pay month. */
export default function GradingSpecialAllowancesPage() {
  const { t, errorText } = useI18n();
  const kindText = useKindText();
  const { orgCode } = useCurrentOrg();
  const me = useCurrentUser();
  const canRecord = hasPermission(me, 'grading:allowance');
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<SpecialAllowance | null>(null);
  const [reason, setReason] = useState('');
  const list = useSpecialAllowances(orgCode, month, true);
  const revoke = useRevokeSpecialAllowance();
  const active = (list.data ?? []).filter((r) => !r.revokedAt);
  const total = active.reduce((s, r) => s + r.payable, 0);

  const confirmRevoke = () =>
    revoking &&
    revoke.mutate(
      { id: revoking.id, reason },
      {
        onSuccess: () => {
          setRevoking(null);
          setReason('');
        },
      },
    );

  return (
    <Card
      size="small"
      title={t('grading.specialTitle')}
      extra={
        <Space>
          <DatePicker picker="month" value={dayjs(`${month}-01`)} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} allowClear={false} />
          {canRecord ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="special-add">
              {t('grading.specialRecord')}
            </Button>
          ) : null}
        </Space>
      }
      data-testid="special-allowances"
    >
      <Typography.Paragraph type="secondary">{t('grading.specialIntro', { n: active.length, total: yuan(total) })}</Typography.Paragraph>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} /> : null}
      <Table<SpecialAllowance>
        size="small"
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('grading.name'), dataIndex: 'workerName', fixed: 'left' },
          { title: t('grading.community'), dataIndex: 'communityName' },
          { title: t('grading.specialKind'), dataIndex: 'kind', render: (k: SpecialAllowance['kind']) => kindText(k) },
          { title: t('grading.specialEvent'), dataIndex: 'event' },
          { title: t('grading.specialDates'), key: 'dates', render: (_: unknown, r) => `${r.startDate} ~ ${r.endDate}` },
          { title: t('grading.specialDays'), dataIndex: 'days', align: 'right' },
          {
            title: t('grading.amount'),
            dataIndex: 'payable',
            align: 'right',
            render: (v: number, r) => (
              <Tooltip title={r.formula}>
                <span data-testid={`special-payable-${r.id}`}>{yuan(v)}</span>
              </Tooltip>
            ),
          },
          { title: t('grading.specialBasis'), dataIndex: 'basis' },
          { title: t('grading.specialRecordedBy'), dataIndex: 'recordedBy' },
          {
            title: t('grading.status'),
            key: 'status',
            render: (_: unknown, r) =>
              r.revokedAt ? (
                <Tooltip title={`${r.revokedBy ?? ''}：${r.revokeReason ?? ''}`}>
                  <Tag>{t('grading.specialRevoked')}</Tag>
                </Tooltip>
              ) : (
                <Tag color="green">{t('grading.specialPaid', { month: r.payMonth })}</Tag>
              ),
          },
          ...(canRecord
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, r: SpecialAllowance) =>
                    r.revokedAt ? null : (
                      <Button size="small" danger onClick={() => setRevoking(r)} data-testid={`special-revoke-${r.id}`}>
                        {t('grading.specialRevoke')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {canRecord ? <SpecialAllowanceModal org={orgCode} month={month} open={adding} onClose={() => setAdding(false)} /> : null}
      <Modal
        open={revoking !== null}
        title={revoking ? t('grading.specialRevokeTitle', { name: revoking.workerName, event: revoking.event }) : ''}
        onCancel={() => setRevoking(null)}
        onOk={confirmRevoke}
        okButtonProps={{ danger: true, disabled: reason.trim().length < 2 }}
        confirmLoading={revoke.isPending}
        destroyOnHidden
      >
        <Input.TextArea rows={3} maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('grading.specialRevokeReason')} data-testid="special-revoke-reason" />
        {revoke.isError ? <Alert type="error" showIcon title={errorText(revoke.error)} style={{ marginTop: 12 }} /> : null}
      </Modal>
    </Card>
  );
}
