import { useEffect, useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AssistancePair, FirstInquiry, ProxyService } from '@cwp/contracts/work-logs.contract';
import { canMoveProxy, type ProxyStatus } from '@cwp/domain/work-logs';
import { toIsoDate } from '../../../lib/dates.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useCloseInquiry } from '../api/close-inquiry.ts';
import { useEndPair } from '../api/end-pair.ts';
import { useMoveProxy } from '../api/move-proxy.ts';
import { noFuture, todayValue } from './entry-form-parts.tsx';
import { useWorkLogText } from './work-log-text.tsx';

/** Runs one action from a modal and shows the server's refusal in it. */
function useAction() {
  const { errorText } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const run = async (fn: () => Promise<unknown>, done: () => void) => {
    setError(null);
    try {
      await fn();
      done();
    } catch (err) {
      setError(errorText(err));
    }
  };
  return { error, setError, run };
}

/** 代办 推进: 办理中, 办结 or 退回 (with a reason), on a date not in the future. */
export function MoveProxyModal({ item, onClose }: { item: ProxyService | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { name } = useWorkLogText();
  const move = useMoveProxy();
  const a = useAction();
  const [status, setStatus] = useState<'办理中' | '办结' | '退回'>('办结');
  const [on, setOn] = useState<Dayjs | null>(todayValue());
  const [outcome, setOutcome] = useState('');
  useEffect(() => {
    a.setError(null);
    setStatus('办结');
    setOn(todayValue());
    setOutcome('');
  }, [item?.id]);
  if (!item) return null;
  const options = (['办理中', '办结', '退回'] as const).filter((s) => canMoveProxy(item.status as ProxyStatus, s));
  const ok = () => a.run(() => move.mutateAsync({ id: item.id, status, on: toIsoDate(on) ?? '', outcome }), () => { message.success(t('common.saved')); onClose(); });
  return (
    <Modal open title={`${t('wl.moveProxy')}：${item.matter}`} onCancel={onClose} onOk={ok} confirmLoading={move.isPending} okButtonProps={{ 'data-testid': 'wl-move-ok' } as ButtonProps} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item label={t('wl.status')}>
          <Radio.Group value={status} onChange={(e) => setStatus(e.target.value)} options={options.map((s) => ({ value: s, label: name(s) }))} data-testid="wl-move-status" />
        </Form.Item>
        {status !== '办理中' ? (
          <Form.Item label={t('wl.completedDate')}>
            <DatePicker value={on} onChange={setOn} disabledDate={noFuture} style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        <Form.Item label={status === '退回' ? t('wl.returnReason') : t('wl.outcome')} required={status === '退回'}>
          <Input.TextArea rows={2} maxLength={500} value={outcome} onChange={(e) => setOutcome(e.target.value)} data-testid="wl-move-outcome" />
        </Form.Item>
        {a.error ? <Alert type="error" title={a.error} /> : null}
      </Form>
    </Modal>
  );
}

/** 首问 办结: how it was resolved, or to whom it was referred. */
export function CloseInquiryModal({ item, onClose }: { item: FirstInquiry | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const close = useCloseInquiry();
  const a = useAction();
  const [form] = Form.useForm();
  if (!item) return null;
  const ok = () => {
    const v = form.getFieldsValue();
    return a.run(() => close.mutateAsync({ id: item.id, closedOn: toIsoDate(v.closedOn) ?? '', resolution: v.resolution ?? '', referredTo: v.referredTo ?? '' }), () => { message.success(t('common.saved')); onClose(); });
  };
  return (
    <Modal open title={`${t('wl.closeInquiry')}：${item.matter}`} onCancel={onClose} onOk={ok} confirmLoading={close.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ closedOn: todayValue() }}>
        <Form.Item name="closedOn" label={t('wl.closedOn')}>
          <DatePicker disabledDate={noFuture} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="resolution" label={t('wl.resolution')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="referredTo" label={t('wl.referredTo')}>
          <Input maxLength={100} />
        </Form.Item>
        {a.error ? <Alert type="error" title={a.error} /> : null}
      </Form>
    </Modal>
  );
}

export function EndPairModal({ item, onClose }: { item: AssistancePair | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const end = useEndPair();
  const a = useAction();
  const [on, setOn] = useState<Dayjs | null>(todayValue());
  if (!item) return null;
  const ok = () => a.run(() => end.mutateAsync({ id: item.id, endedOn: toIsoDate(on) ?? '' }), () => { message.success(t('common.saved')); onClose(); });
  return (
    <Modal open title={`${t('wl.endPair')}：${item.personName}`} onCancel={onClose} onOk={ok} confirmLoading={end.isPending} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item label={t('wl.endedOn')}>
          <DatePicker value={on} onChange={setOn} disabledDate={noFuture} style={{ width: '100%' }} />
        </Form.Item>
        {a.error ? <Alert type="error" title={a.error} /> : null}
      </Form>
    </Modal>
  );
}
