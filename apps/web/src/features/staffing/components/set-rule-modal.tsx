import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { quotaRule, setStaffingRuleInput } from '@cwp/contracts/staffing.contract';
import { PRESET_RULES, type QuotaRule } from '@cwp/domain/staffing';
import { ApiError } from '../../../lib/api-client.ts';
import { toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, validateAtPaths, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSetStaffingRule } from '../api/set-staffing-rule.ts';
import { MODE_LABEL } from './staffing-text.ts';

type Mode = QuotaRule['mode'];
const MODES: Mode[] = ['per10k', 'perHouseholds', 'householdSteps', 'perCommunityCap'];
const META_FIELDS = ['effectiveFrom', 'reason'] as const;
const metaSchema = setStaffingRuleInput.pick({ effectiveFrom: true, reason: true });

interface StepValue {
  below?: number | null;
  quota?: number | null;
}
interface FormValues {
  preset?: string;
  mode: Mode;
  ratio?: number | null;
  householdsPerWorker?: number | null;
  cap?: number | null;
  steps?: (StepValue | undefined)[];
  beyond?: { every?: number | null; add?: number | null };
}

const num = (v: number | null | undefined) => (v === null ? undefined : v);

/** The form's flat fields → the rule the contract expects (empty inputs become missing values). */
function ruleFromForm(v: FormValues): unknown {
  switch (v.mode) {
    case 'per10k':
      return { mode: v.mode, ratio: num(v.ratio) };
    case 'perHouseholds':
      return { mode: v.mode, householdsPerWorker: num(v.householdsPerWorker) };
    case 'perCommunityCap':
      return { mode: v.mode, cap: num(v.cap) };
    case 'householdSteps': {
      const every = num(v.beyond?.every);
      const add = num(v.beyond?.add);
      return {
        mode: v.mode,
        steps: (v.steps ?? []).map((s) => ({ below: num(s?.below), quota: num(s?.quota) })),
        // "Beyond the last band" is optional: both boxes empty means none.
        ...(every === undefined && add === undefined ? {} : { beyond: { every, add } }),
      };
    }
  }
}

function formFromRule(rule: QuotaRule): Partial<FormValues> {
  const cleared = { ratio: null, householdsPerWorker: null, cap: null, steps: [], beyond: { every: null, add: null } };
  switch (rule.mode) {
    case 'per10k':
      return { ...cleared, mode: rule.mode, ratio: rule.ratio };
    case 'perHouseholds':
      return { ...cleared, mode: rule.mode, householdsPerWorker: rule.householdsPerWorker };
    case 'perCommunityCap':
      return { ...cleared, mode: rule.mode, cap: rule.cap };
    case 'householdSteps':
      return { ...cleared, mode: rule.mode, steps: rule.steps.map((s) => ({ ...s })), beyond: { every: rule.beyond?.every ?? null, add: rule.beyond?.add ?? null } };
  }
}

interface Props {
  code: string;
  name: string;
  /** The rule in force now, to start from. */
  current: QuotaRule;
  open: boolean;
  onClose: () => void;
}

/** 设定配备标准 (A3.1): a province, city or county sets the quota rule from a date, with its basis. */
export function SetRuleModal({ code, name, current, open, onClose }: Props) {
  const { t, tm, lang, errorText } = useI18n();
  const [form] = Form.useForm();
  const mutation = useSetStaffingRule(code);
  const [general, setGeneral] = useState<string[]>([]);
  const mode = Form.useWatch('mode', form) ?? current.mode;
  const presetKey = Form.useWatch('preset', form);
  const preset = PRESET_RULES.find((p) => p.key === presetKey);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue(true) as FormValues & { effectiveFrom?: dayjs.Dayjs | null; reason?: string };
    const rule = validateAtPaths(form, quotaRule, ruleFromForm(v), tm, t('form.required'));
    const meta = validateInto(form, metaSchema, { effectiveFrom: toIsoDate(v.effectiveFrom) ?? undefined, reason: v.reason ?? '' }, tm, META_FIELDS, t('form.required'));
    if (!rule.ok || !meta.ok) return setGeneral([...(rule.ok ? [] : rule.general), ...(meta.ok ? [] : meta.general)]);
    try {
      await mutation.mutateAsync({ rule: rule.data, ...meta.data });
      form.resetFields();
      onClose();
    } catch (err) {
      if (err instanceof ApiError && err.fields.length) {
        // Server paths are rule.ratio, rule.steps.0.below, reason …: put them on the same fields.
        form.setFields(err.fields.map((f) => ({ name: f.path.replace(/^rule\./, '').split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors: [tm(f.message)] })));
      } else setGeneral([errorText(err)]);
    }
  };

  const intInput = (label: string, min: number, max: number) => <InputNumber style={{ width: '100%' }} min={min} max={max} precision={0} aria-label={label} />;

  return (
    <Modal
      open={open}
      title={t('staffing.setRuleFor', { name })}
      onCancel={onClose}
      onOk={submit}
      okText={t('common.save')}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      width={620}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ ...formFromRule(current), effectiveFrom: dayjs() }}
        onValuesChange={(changed: Partial<FormValues>) => {
          if (changed.preset) {
            const p = PRESET_RULES.find((x) => x.key === changed.preset);
            if (p) form.setFieldsValue(formFromRule(p.rule));
          }
          clearChangedErrors(form, changed);
        }}
      >
        <Form.Item name="preset" label={t('staffing.preset')} extra={preset ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('staffing.presetSource', { source: preset.source })}</Typography.Text> : null}>
          <Select
            allowClear
            placeholder={t('staffing.presetPlaceholder')}
            options={PRESET_RULES.map((p) => ({ value: p.key, label: lang === 'en' ? p.en : p.label }))}
          />
        </Form.Item>
        <Form.Item name="mode" label={t('staffing.mode')} required>
          <Select options={MODES.map((m) => ({ value: m, label: t(MODE_LABEL[m]) }))} />
        </Form.Item>
        {mode === 'per10k' ? (
          <Form.Item name="ratio" label={t('staffing.ratio')} required>
            <InputNumber style={{ width: '100%' }} min={0} max={200} aria-label={t('staffing.ratio')} />
          </Form.Item>
        ) : null}
        {mode === 'perHouseholds' ? (
          <Form.Item name="householdsPerWorker" label={t('staffing.householdsPerWorker')} required>
            {intInput(t('staffing.householdsPerWorker'), 50, 5000)}
          </Form.Item>
        ) : null}
        {mode === 'perCommunityCap' ? (
          <Form.Item name="cap" label={t('staffing.cap')} required>
            {intInput(t('staffing.cap'), 1, 200)}
          </Form.Item>
        ) : null}
        {mode === 'householdSteps' ? (
          <>
            <Form.List name="steps">
              {(fields, { add, remove }, { errors }) => (
                <Form.Item label={t('staffing.steps')} required extra={t('staffing.stepsHint')}>
                  {fields.map((f, i) => (
                    <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                      <Form.Item name={[f.name, 'below']} style={{ marginBottom: 8 }}>
                        <InputNumber min={1} precision={0} style={{ width: 200 }} prefix={t('staffing.stepBelow')} suffix={t('staffing.unitHouseholds')} aria-label={`${t('staffing.stepBelow')} ${i + 1}`} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'quota']} style={{ marginBottom: 8 }}>
                        <InputNumber min={0} precision={0} style={{ width: 150 }} prefix={t('staffing.stepQuota')} suffix={t('staffing.unitPeople')} aria-label={`${t('staffing.stepQuota')} ${i + 1}`} />
                      </Form.Item>
                      <Button type="text" icon={<DeleteOutlined />} aria-label={t('staffing.removeStep')} onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ below: null, quota: null })}>
                    {t('staffing.addStep')}
                  </Button>
                  <Form.ErrorList errors={errors} />
                </Form.Item>
              )}
            </Form.List>
            <Form.Item label={t('staffing.beyond')} extra={t('staffing.beyondHint')}>
              <Space>
                <Form.Item name={['beyond', 'every']} noStyle>
                  <InputNumber min={1} precision={0} style={{ width: 200 }} prefix={t('staffing.beyondEvery')} suffix={t('staffing.unitHouseholds')} aria-label={t('staffing.beyondEvery')} />
                </Form.Item>
                <Form.Item name={['beyond', 'add']} noStyle>
                  <InputNumber min={1} precision={0} style={{ width: 150 }} prefix={t('staffing.beyondAdd')} suffix={t('staffing.unitPeople')} aria-label={t('staffing.beyondAdd')} />
                </Form.Item>
              </Space>
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="effectiveFrom" label={t('staffing.effectiveFrom')} required>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('staffing.reason')} required>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('staffing.reasonPlaceholder')} />
        </Form.Item>
        {general.length ? <Alert type="error" title={general.join('；')} /> : null}
      </Form>
    </Modal>
  );
}
