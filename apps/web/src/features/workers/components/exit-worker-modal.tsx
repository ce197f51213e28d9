import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { EXIT_TYPES } from '@cwp/domain/worker-enums';
import { exitWorkerInput, type WorkerDetail } from '@cwp/contracts/workers.contract';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useEnumOptions } from '../../../i18n/enum-labels.ts';
import { useExitWorker } from '../api/exit-worker.ts';
import { useRequestExit } from '../api/request-exit.ts';

const FIELDS = ['exitType', 'reason', 'exitDate'] as const;

/**
 * 退出 (A9.3). `viaApproval`: a community secretary cannot change the register, so the same form asks the street,
 * whose approval in 审批待办 records the exit.
 */
export function ExitWorkerModal({ worker, open, onClose, viaApproval = false }: { worker: WorkerDetail; open: boolean; onClose: () => void; viaApproval?: boolean }) {
  const { t, tm, errorText } = useI18n();
  const [form] = Form.useForm();
  const direct = useExitWorker(worker.id);
  const requested = useRequestExit(worker.id);
  const mutation = viaApproval ? requested : direct;
  const [general, setGeneral] = useState<string[]>([]);
  const exitTypes = useEnumOptions(EXIT_TYPES);
  const { modal, message } = App.useApp();

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue();
    const input = { exitType: v.exitType, reason: v.reason ?? '', exitDate: toIsoDate(v.exitDate) ?? undefined };
    const r = validateInto(form, exitWorkerInput, input, tm, FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    // Exiting ends the worker's service: ask once more, naming the person.
    modal.confirm({
      title: t(viaApproval ? 'workers.exitRequestConfirmTitle' : 'workers.exitConfirmTitle', { name: worker.name }),
      content: t(viaApproval ? 'workers.exitRequestConfirmBody' : 'workers.exitConfirmBody'),
      okType: 'danger',
      okText: t(viaApproval ? 'workers.exitRequestOk' : 'workers.exitOk'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await mutation.mutateAsync(r.data);
          if (viaApproval) void message.success(t('workers.exitRequested'));
          form.resetFields();
          onClose();
        } catch (err) {
          setGeneral(showSubmitError(form, err, tm, errorText, FIELDS));
        }
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t(viaApproval ? 'workers.exitRequestTitle' : 'workers.exitTitle', { name: worker.name })}
      onCancel={onClose}
      onOk={submit}
      okText={t(viaApproval ? 'workers.exitRequestOk' : 'workers.exitOk')}
      okButtonProps={{ danger: true }}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ exitDate: dayjs() }} onValuesChange={(c) => clearChangedErrors(form, c)}>
        <Form.Item name="exitType" label={t('workers.exitType')} required>
          <Select options={exitTypes} placeholder={t('form.choose')} />
        </Form.Item>
        <Form.Item name="reason" label={t('workers.exitReason')} required>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Form.Item name="exitDate" label={t('workers.exitDate')} required>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
