import { useEffect, useState } from 'react';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Radio, Table, Tag, type ButtonProps } from 'antd';
import { assignInput, gridInput, gridUpdateInput, type Grid } from '@cwp/contracts/work-logs.contract';
import { GRID_ROLES } from '@cwp/domain/work-logs';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { WorkerSelect } from '../../workers/components/worker-select.tsx';
import { useAssignWorker } from '../api/assign-worker.ts';
import { useGridHistory } from '../api/grid-history.ts';
import { useSaveGrid } from '../api/save-grid.ts';
import { noFuture, todayValue } from './entry-form-parts.tsx';
import { useWorkLogText } from './work-log-text.tsx';

const GRID_FIELDS = ['communityCode', 'number', 'name', 'households', 'buildings'] as const;

/** New grid in the header's community, or edit of one. */
export function GridFormModal({ open, community, grid, onClose }: { open: boolean; community: string; grid: Grid | null; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const save = useSaveGrid();
  const [general, setGeneral] = useState<string[]>([]);
  useEffect(() => {
    if (open) form.setFieldsValue(grid ? { number: grid.number, name: grid.name, households: grid.households, buildings: grid.buildings } : { number: '', name: '', households: null, buildings: '' });
    setGeneral([]);
  }, [open, grid, form]);
  const submit = async () => {
    const v = form.getFieldsValue();
    const base = { number: v.number ?? '', name: v.name ?? '', households: v.households ?? undefined, buildings: v.buildings ?? '' };
    const r = grid ? validateInto(form, gridUpdateInput, base, tm, GRID_FIELDS, t('form.required')) : validateInto(form, gridInput, { ...base, communityCode: community }, tm, GRID_FIELDS, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await save.mutateAsync({ id: grid?.id, input: r.data });
      message.success(t('common.saved'));
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, GRID_FIELDS));
    }
  };
  return (
    <Modal open={open} title={grid ? t('wl.editGrid') : t('wl.newGrid')} onCancel={onClose} onOk={submit} confirmLoading={save.isPending} okButtonProps={{ 'data-testid': 'wl-grid-ok' } as ButtonProps} destroyOnHidden>
      <Form form={form} layout="vertical" onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="wl-grid-form">
        <div style={{ display: 'flex', gap: 8 }}>
          <Form.Item name="number" label={t('wl.gridNumber')} required style={{ flex: 1 }}>
            <Input maxLength={20} data-testid="wl-grid-number" />
          </Form.Item>
          <Form.Item name="name" label={t('wl.gridName')} required style={{ flex: 2 }}>
            <Input maxLength={50} data-testid="wl-grid-name" />
          </Form.Item>
        </div>
        <Form.Item name="households" label={t('wl.households')} required>
          <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} data-testid="wl-grid-households" />
        </Form.Item>
        <Form.Item name="buildings" label={t('wl.buildings')}>
          <Input.TextArea rows={2} maxLength={500} placeholder={t('wl.buildingsHint')} />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}

/** Puts a worker of the grid's community into it as 网格长 or 网格员. */
export function AssignModal({ grid, onClose }: { grid: Grid | null; onClose: () => void }) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const { name } = useWorkLogText();
  const [form] = Form.useForm();
  const assign = useAssignWorker();
  const [general, setGeneral] = useState<string[]>([]);
  useEffect(() => setGeneral([]), [grid?.id]);
  if (!grid) return null;
  const hasLeader = grid.members.some((m) => m.role === '网格长');
  const submit = async () => {
    const v = form.getFieldsValue();
    const r = validateInto(form, assignInput, { workerId: v.workerId, role: v.role, startedOn: toIsoDate(v.startedOn) ?? undefined }, tm, ['workerId', 'role', 'startedOn'], t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    try {
      await assign.mutateAsync({ gridId: grid.id, input: r.data });
      message.success(t('common.saved'));
      form.resetFields();
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, ['workerId', 'role', 'startedOn']));
    }
  };
  return (
    <Modal open title={`${t('wl.assign')}：${grid.name}`} onCancel={onClose} onOk={submit} confirmLoading={assign.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ role: hasLeader ? '网格员' : '网格长', startedOn: todayValue() }} onValuesChange={(c) => clearChangedErrors(form, c)}>
        <Form.Item name="workerId" label={t('wl.worker')} required extra={t('wl.oneGridHint')}>
          <WorkerSelect org={grid.communityCode} data-testid="wl-assign-worker" />
        </Form.Item>
        <Form.Item name="role" label={t('wl.gridRole')} required>
          <Radio.Group options={GRID_ROLES.map((r) => ({ value: r, label: name(r), disabled: r === '网格长' && hasLeader }))} />
        </Form.Item>
        <Form.Item name="startedOn" label={t('wl.startedOn')} required>
          <DatePicker disabledDate={noFuture} style={{ width: '100%' }} />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}

/** Everyone who served the grid, with the dates, most recent first. */
export function GridHistoryModal({ grid, onClose }: { grid: Grid | null; onClose: () => void }) {
  const { t } = useI18n();
  const { name } = useWorkLogText();
  const history = useGridHistory(grid?.id ?? null);
  if (!grid) return null;
  return (
    <Modal open title={`${t('wl.history')}：${grid.name}`} onCancel={onClose} footer={null} width={640}>
      <Table
        size="small"
        rowKey="id"
        loading={history.isPending}
        dataSource={history.data ?? []}
        pagination={false}
        columns={[
          { title: t('wl.worker'), dataIndex: 'name' },
          { title: t('wl.gridRole'), dataIndex: 'role', render: (v: string) => <Tag>{name(v)}</Tag> },
          { title: t('wl.period'), key: 'p', render: (_: unknown, a) => `${a.startedOn} — ${a.endedOn ?? t('wl.ongoing')}` },
          { title: t('wl.recordedBy'), key: 'by', render: (_: unknown, a) => [a.assignedBy, a.endedBy].filter(Boolean).join(' / ') },
        ]}
      />
    </Modal>
  );
}
