import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { commitmentInput, dutyInput } from '@cwp/contracts/supervision.contract';
import { todayIso } from '@cwp/domain/dates';
import { fromIsoDate, toIsoDate } from '../../../lib/dates.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useAddCommitment, useSetDuty } from '../api/community-disclosure.ts';
import { FormModal } from './form-modal.tsx';

export function CommitmentFormModal({ code, open, onClose }: { code: string; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const add = useAddCommitment(code);
  return (
    <FormModal
      open={open}
      title={t('sup.addCommitment')}
      schema={commitmentInput}
      fields={['content', 'effectiveFrom']}
      toInput={(v) => ({ content: v.content ?? '', effectiveFrom: toIsoDate(v.effectiveFrom as Dayjs) ?? undefined })}
      submit={(data) => add.mutateAsync(data)}
      pending={add.isPending}
      onClose={onClose}
      doneText={t('common.saved')}
      initialValues={{ effectiveFrom: fromIsoDate(todayIso()) }}
      testId="commitment-form"
    >
      <Form.Item name="content" label={t('sup.commitment')} required>
        <Input.TextArea rows={3} maxLength={300} showCount data-testid="commitment-content" />
      </Form.Item>
      <Form.Item name="effectiveFrom" label={t('sup.effectiveFrom')} required>
        <DatePicker style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
    </FormModal>
  );
}

export interface DutyTarget {
  workerId: number;
  name: string;
  post: string;
  duty: string;
}

export function DutyFormModal({ code, target, onClose }: { code: string; target: DutyTarget | null; onClose: () => void }) {
  const { t } = useI18n();
  const set = useSetDuty(code);
  return (
    <FormModal
      open={target !== null}
      title={t('sup.dutyOf', { name: target?.name ?? '' })}
      schema={dutyInput}
      fields={['post', 'duty']}
      toInput={(v) => ({ post: v.post ?? '', duty: v.duty ?? '' })}
      submit={(data) => set.mutateAsync({ workerId: target!.workerId, input: data })}
      pending={set.isPending}
      onClose={onClose}
      doneText={t('common.saved')}
      initialValues={{ post: target?.post, duty: target?.duty }}
      testId="duty-form"
    >
      <Form.Item name="post" label={t('sup.post')} required>
        <Input maxLength={40} data-testid="duty-post" />
      </Form.Item>
      <Form.Item name="duty" label={t('sup.duty')} required>
        <Input.TextArea rows={4} maxLength={500} showCount data-testid="duty-text" />
      </Form.Item>
    </FormModal>
  );
}
