import { Button, Card, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { auditInput, rectificationInput, type Finding } from '@cwp/contracts/supervision.contract';
import { todayIso } from '@cwp/domain/dates';
import { AUDIT_KINDS, AUDITED_POSITIONS, FINDING_CATEGORIES, RECTIFICATION_STATUSES } from '@cwp/domain/supervision';
import { fromIsoDate, toIsoDate } from '../../../lib/dates.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { WorkerSelect } from '../../workers/components/worker-select.tsx';
import { useRecordAudit, useRectify } from '../api/audits.ts';
import { FormModal } from './form-modal.tsx';
import { useSupervisionText } from './supervision-text.ts';

const FIELDS = ['workerId', 'position', 'kind', 'periodFrom', 'periodTo', 'auditBody', 'startedOn', 'reportedOn', 'findings'] as const;
const iso = (d: unknown) => toIsoDate(d as Dayjs) ?? undefined;

/** 登记经济责任审计 (A11.3) with its findings. */
export function AuditFormModal({ org, open, onClose }: { org: string; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const label = useSupervisionText();
  const record = useRecordAudit();
  return (
    <FormModal
      open={open}
      title={t('sup.recordAudit')}
      schema={auditInput}
      fields={FIELDS}
      toInput={(v) => {
        const period = (v.period ?? []) as Dayjs[];
        const findings = ((v.findings ?? []) as Record<string, unknown>[]).map((f) => ({ ...f, description: f.description ?? '', amount: f.amount ?? null, rectifyBy: iso(f.rectifyBy) }));
        return { ...v, period: undefined, periodFrom: iso(period[0]), periodTo: iso(period[1]), startedOn: iso(v.startedOn), reportedOn: toIsoDate(v.reportedOn as Dayjs), auditBody: v.auditBody ?? '', findings };
      }}
      submit={(data) => record.mutateAsync(data)}
      pending={record.isPending}
      onClose={onClose}
      doneText={t('common.saved')}
      initialValues={{ position: '党组织书记', kind: '任中', startedOn: fromIsoDate(todayIso()), findings: [] }}
      width={760}
      testId="audit-form"
    >
      <Form.Item name="workerId" label={t('sup.audited')} required>
        <WorkerSelect org={org} data-testid="audit-worker" />
      </Form.Item>
      <Form.Item name="position" label={t('sup.position')} required>
        <Select options={AUDITED_POSITIONS.map((k) => ({ value: k, label: label(k) }))} />
      </Form.Item>
      <Form.Item name="kind" label={t('sup.auditKind')} required>
        <Select options={AUDIT_KINDS.map((k) => ({ value: k, label: label(k) }))} />
      </Form.Item>
      <Form.Item name="period" label={t('sup.auditPeriod')} required>
        <DatePicker.RangePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="auditBody" label={t('sup.auditBody')} required>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="startedOn" label={t('sup.startedOn')} required>
        <DatePicker style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
      <Form.Item name="reportedOn" label={t('sup.reportedOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label={t('sup.findings')}>
        <Form.List name="findings">
          {(items, { add, remove }, { errors }) => (
            <>
              {items.map((it) => (
                <Card key={it.key} size="small" style={{ marginBottom: 8 }} extra={<MinusCircleOutlined onClick={() => remove(it.name)} />}>
                  <Form.Item name={[it.name, 'category']} label={t('sup.category')} required>
                    <Select options={FINDING_CATEGORIES.map((k) => ({ value: k, label: label(k) }))} />
                  </Form.Item>
                  <Form.Item name={[it.name, 'description']} label={t('sup.description')} required>
                    <Input.TextArea rows={2} maxLength={1000} />
                  </Form.Item>
                  <Form.Item name={[it.name, 'amount']} label={t('sup.amount')}>
                    <InputNumber min={0} style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item name={[it.name, 'rectifyBy']} label={t('sup.rectifyBy')} required>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ category: '财务收支' })} block>
                {t('sup.addFinding')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form.Item>
    </FormModal>
  );
}

/** 整改情况 of one finding. */
export function RectifyModal({ finding, onClose }: { finding: Finding | null; onClose: () => void }) {
  const { t } = useI18n();
  const label = useSupervisionText();
  const rectify = useRectify();
  return (
    <FormModal
      open={finding !== null}
      title={t('sup.rectify')}
      schema={rectificationInput}
      fields={['status', 'evidence', 'rectifiedOn']}
      toInput={(v) => ({ ...v, evidence: v.evidence ?? '', rectifiedOn: toIsoDate(v.rectifiedOn as Dayjs) })}
      submit={(data) => rectify.mutateAsync({ id: finding!.id, input: data })}
      pending={rectify.isPending}
      onClose={onClose}
      doneText={t('common.saved')}
      initialValues={{ status: finding?.status === '整改中' ? '已整改' : finding?.status, evidence: finding?.evidence, rectifiedOn: fromIsoDate(finding?.rectifiedOn ?? todayIso()) }}
      testId="rectify-form"
    >
      <Form.Item name="status" label={t('sup.status')} required>
        <Select options={RECTIFICATION_STATUSES.map((k) => ({ value: k, label: label(k) }))} />
      </Form.Item>
      <Form.Item name="evidence" label={t('sup.evidence')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Form.Item name="rectifiedOn" label={t('sup.rectifiedOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
