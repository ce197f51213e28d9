import { useMemo } from 'react';
import { Tag } from 'antd';
import type { WorkflowRequest } from '@cwp/contracts/workflow.contract';
import { LEAVE_TYPE_EN, LEAVE_TYPES, type LeaveType } from '@cwp/domain/leave';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../../i18n/messages-zh.ts';

type Status = WorkflowRequest['status'];
type RecordAction = WorkflowRequest['records'][number]['action'];

const STATUS_COLOR: Record<Status, string> = { pending: 'processing', approved: 'green', rejected: 'red', cancelled: 'default' };
const STATUS_KEY: Record<Status, MessageKey> = { pending: 'daily.status.pending', approved: 'daily.status.approved', rejected: 'daily.status.rejected', cancelled: 'daily.status.cancelled' };
const ACTION_KEY: Record<RecordAction, MessageKey> = { submit: 'daily.record.submit', approve: 'daily.record.approve', reject: 'daily.record.reject', cancel: 'daily.record.cancel' };
// Step names arrive in Chinese inside each request's copy of its workflow; the known step keys get an English twin.
const STEP_KEY: Record<string, MessageKey> = { community: 'daily.step.community', street: 'daily.step.street' };

/** Labels of stored values: leave types (stored in Chinese, LEAVE_TYPE_EN in English), statuses, record actions, step names. */
export function useWorkflowText() {
  const { lang, t } = useI18n();
  return useMemo(
    () => ({
      leaveType: (v: string) => (lang === 'en' && (LEAVE_TYPES as readonly string[]).includes(v) ? LEAVE_TYPE_EN[v as LeaveType] : v),
      status: (s: Status) => t(STATUS_KEY[s]),
      recordAction: (a: RecordAction) => t(ACTION_KEY[a]),
      stepName: (step: { key: string; name: string }) => (lang === 'en' && STEP_KEY[step.key] ? t(STEP_KEY[step.key]!) : step.name),
    }),
    [lang, t],
  );
}

export function RequestStatusTag({ status }: { status: Status }) {
  const text = useWorkflowText();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="request-status">
      {text.status(status)}
    </Tag>
  );
}

/** A pending step past its due date: red so it stands out in a long list. */
export function OverdueTag() {
  const { t } = useI18n();
  return (
    <Tag color="red" data-testid="request-overdue">
      {t('daily.overdue')}
    </Tag>
  );
}

/** Approved leave that ended more than a day ago with no return recorded (未销假). */
export function UnreturnedTag() {
  const { t } = useI18n();
  return (
    <Tag color="red" data-testid="leave-unreturned">
      {t('daily.unreturned')}
    </Tag>
  );
}

/**
 * Status tag and the server's words for where a request stands (Chinese: step, approving unit, due date, or the
 * rejection reason). Approved and withdrawn say nothing beyond the tag, so their words are not repeated.
 */
export function RequestStanding({ request, maxWidth = 260, withOverdue = true }: { request: WorkflowRequest; maxWidth?: number; withOverdue?: boolean }) {
  const wordy = request.status === 'pending' || request.status === 'rejected';
  return (
    // Inline flow, so long words wrap under the tags instead of spilling into the next column.
    <div style={{ maxWidth, whiteSpace: 'normal' }}>
      <RequestStatusTag status={request.status} />
      {withOverdue && request.overdue ? <OverdueTag /> : null}
      {wordy ? <span data-testid="request-standing">{request.standing}</span> : null}
    </div>
  );
}
