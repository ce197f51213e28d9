import { useState } from 'react';
import { App, Button, Popconfirm, Space } from 'antd';
import { CheckOutlined, CloseOutlined, RollbackOutlined } from '@ant-design/icons';
import type { WorkflowRequest } from '@cwp/contracts/workflow.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useActOnRequest, type WorkflowAction } from '../api/act-on-request.ts';
import { RejectModal } from './reject-modal.tsx';

/** Phone pages want thumb-sized, full-width buttons; tables want small links. */
const PHONE_BUTTON = { height: 48, fontSize: 16 };

/**
 * The buttons the server says this user may press now (`actions`): 同意 after a confirmation, 不同意 with a
 * reason, 撤回 by the requester. A refusal (409 someone else acted first, 403 no longer the approver) shows the
 * server's message; the lists refetch either way (useActOnRequest).
 */
export function RequestActions({ request, phone = false }: { request: WorkflowRequest; phone?: boolean }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const act = useActOnRequest();
  const [rejecting, setRejecting] = useState(false);
  const busy = (a: WorkflowAction) => act.isPending && act.variables?.id === request.id && act.variables.action === a;
  const run = (action: WorkflowAction, done: string) =>
    act.mutateAsync({ id: request.id, action, comment: '', version: request.version }).then(
      () => void message.success(done),
      (err: unknown) => void message.error(errorText(err)),
    );

  if (!request.actions.length) return null;
  const size = phone ? 'large' : 'small';
  const style = phone ? PHONE_BUTTON : undefined;
  return (
    <>
      <Space wrap size={phone ? 'middle' : 4} style={phone ? { width: '100%' } : undefined}>
        {request.actions.includes('approve') ? (
          <Popconfirm title={t('daily.approveConfirm')} okText={t('daily.approve')} cancelText={t('common.cancel')} onConfirm={() => run('approve', t('daily.approvedDone'))}>
            <Button type="primary" size={size} style={style} icon={<CheckOutlined />} loading={busy('approve')} data-testid={`act-approve-${request.id}`}>
              {t('daily.approve')}
            </Button>
          </Popconfirm>
        ) : null}
        {request.actions.includes('reject') ? (
          <Button danger size={size} style={style} icon={<CloseOutlined />} onClick={() => setRejecting(true)} data-testid={`act-reject-${request.id}`}>
            {t('daily.reject')}
          </Button>
        ) : null}
        {request.actions.includes('cancel') ? (
          <Popconfirm title={t('daily.cancelConfirm')} okText={t('daily.cancel')} cancelText={t('common.cancel')} onConfirm={() => run('cancel', t('daily.cancelledDone'))}>
            <Button size={size} style={style} icon={<RollbackOutlined />} loading={busy('cancel')} data-testid={`act-cancel-${request.id}`}>
              {t('daily.cancel')}
            </Button>
          </Popconfirm>
        ) : null}
      </Space>
      <RejectModal request={rejecting ? request : null} onClose={() => setRejecting(false)} />
    </>
  );
}
