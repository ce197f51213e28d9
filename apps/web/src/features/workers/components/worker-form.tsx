import { useState } from 'react';
import { Alert, Button, Form, Space } from 'antd';
import { registerWorkerInput, updateWorkerInput, type WorkerDetail } from '@cwp/contracts/workers.contract';
import { ApiError } from '../../../lib/api-client.ts';
import { fromIsoDate, toIsoDate } from '../../../lib/dates.ts';
import { apiFieldsToFields, clearChangedErrors, validateInto } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useRegisterWorker } from '../api/register-worker.ts';
import { useUpdateWorker } from '../api/update-worker.ts';
import { WorkerFormSections, type RenderOrgPicker } from './worker-form-sections.tsx';

const DATE_FIELDS = ['partyJoinDate', 'swCertDate', 'workStartDate', 'communityStartDate', 'contractStart', 'contractEnd', 'probationEnd'] as const;
/** Optional free-text and select fields: an empty control means "not given" (null). */
const NULLABLE_FIELDS = [
  'phone',
  'fullTimeSchool',
  'fullTimeMajor',
  'inServiceEducation',
  'inServiceSchool',
  'inServiceMajor',
  'swCertNo',
  'recruitLevel',
  'formerFundingDept',
  'nativePlace',
] as const;
const REQUIRED_DATES: readonly string[] = ['workStartDate', 'communityStartDate'];
const EDIT_FIELDS = [
  'name',
  'idNumber',
  'ethnicity',
  'politicalStatus',
  'education',
  'swQualification',
  'category',
  'postClass',
  'positions',
  'sourceChannel',
  'status',
  'livesInCommunity',
  ...DATE_FIELDS,
  ...NULLABLE_FIELDS,
] as const;
const CREATE_FIELDS = [...EDIT_FIELDS, 'streetCode', 'communityCode'] as const;

type FormValues = Record<string, unknown>;

/** Form state (dayjs, 'yes'/'no', '') → the contract's input shape. */
function toInput(v: FormValues, mode: 'create' | 'edit', omit: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const fields: readonly string[] = mode === 'create' ? CREATE_FIELDS : EDIT_FIELDS;
  for (const k of fields) {
    if (omit.includes(k)) continue;
    const val = v[k];
    if ((DATE_FIELDS as readonly string[]).includes(k)) {
      const iso = toIsoDate(val as Parameters<typeof toIsoDate>[0]);
      out[k] = iso ?? (REQUIRED_DATES.includes(k) ? undefined : null);
    } else if ((NULLABLE_FIELDS as readonly string[]).includes(k)) {
      out[k] = typeof val === 'string' && val.trim() !== '' ? val.trim() : null;
    } else if (k === 'livesInCommunity') {
      out[k] = val === 'yes' ? true : val === 'no' ? false : null;
    } else if (k === 'positions') {
      out[k] = Array.isArray(val) ? val : [];
    } else if (k === 'status') {
      if (val) out[k] = val;
    } else {
      out[k] = typeof val === 'string' ? val.trim() || undefined : (val ?? undefined);
    }
  }
  return out;
}

function fromDetail(w: WorkerDetail): FormValues {
  const v: FormValues = { ...w, livesInCommunity: w.livesInCommunity === null ? undefined : w.livesInCommunity ? 'yes' : 'no' };
  for (const k of DATE_FIELDS) v[k] = fromIsoDate(w[k]);
  // Exited workers cannot be edited back to active here; exit is final.
  if (!['试用', '在岗', '离岗'].includes(w.status)) delete v.status;
  return v;
}

interface WorkerFormProps {
  mode: 'create' | 'edit';
  initial?: WorkerDetail;
  defaultStreetCode?: string;
  defaultCommunityCode?: string;
  scopeCode: string;
  renderOrgPicker: RenderOrgPicker;
  onSaved: (w: WorkerDetail) => void;
  onCancel: () => void;
}

export function WorkerForm({ mode, initial, defaultStreetCode, defaultCommunityCode, scopeCode, renderOrgPicker, onSaved, onCancel }: WorkerFormProps) {
  const { t, tm, errorText } = useI18n();
  const [form] = Form.useForm();
  const register = useRegisterWorker();
  const update = useUpdateWorker(initial?.id ?? 0);
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const saving = register.isPending || update.isPending;
  const known: readonly string[] = mode === 'create' ? CREATE_FIELDS : EDIT_FIELDS;
  // Without the revealed values the detail holds masked ID/phone; never send those back.
  const masked = mode === 'edit' && !!initial && !initial.idNumberRevealed;
  const omit: readonly string[] = masked ? ['idNumber', 'phone'] : [];

  const initialValues: FormValues = initial
    ? fromDetail(initial)
    : { streetCode: defaultStreetCode, communityCode: defaultCommunityCode, positions: [], swQualification: '无', status: '试用', ethnicity: '汉族' };

  const showServerError = (err: unknown) => {
    if (err instanceof ApiError) {
      if (err.code === 'VERSION_CONFLICT') return setConflict(true);
      if (err.fields.length) {
        const m = apiFieldsToFields(err, tm, known);
        form.setFields(m.fields);
        if (m.fields[0]) form.scrollToField(m.fields[0].name);
        return setGeneral(m.general);
      }
      if (err.code === 'DUPLICATE_ID_NUMBER') {
        form.setFields([{ name: 'idNumber', errors: [errorText(err)] }]);
        form.scrollToField('idNumber');
        return;
      }
    }
    setGeneral([errorText(err)]);
  };

  const submit = async () => {
    setGeneral([]);
    const input = toInput(form.getFieldsValue(true) as FormValues, mode, omit);
    try {
      if (mode === 'create') {
        const r = validateInto(form, registerWorkerInput, input, tm, known, t('form.required'));
        if (!r.ok) return setGeneral(r.general);
        onSaved(await register.mutateAsync(r.data));
      } else {
        const r = validateInto(form, updateWorkerInput, { ...input, version: initial?.version }, tm, known, t('form.required'));
        if (!r.ok) return setGeneral(r.general);
        onSaved(await update.mutateAsync(r.data));
      }
    } catch (err) {
      showServerError(err);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={(changed: FormValues) => {
        clearChangedErrors(form, changed);
        // The community must lie inside the chosen street.
        if ('streetCode' in changed) {
          const c = form.getFieldValue('communityCode') as string | undefined;
          const s = changed.streetCode as string | null;
          if (c && (!s || !c.startsWith(s))) form.setFieldValue('communityCode', undefined);
        }
      }}
      onKeyDown={(e) => {
        // A long form: Enter in a field (e.g. confirming a typed date) must not submit it half-filled.
        const el = e.target as HTMLElement;
        if (e.key === 'Enter' && el.tagName === 'INPUT') e.preventDefault();
      }}
      onFinish={submit}
      // Run the contract validation even when a field rule (the ID check) failed, so every error shows at once.
      onFinishFailed={submit}
      scrollToFirstError
    >
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('workers.versionConflict')}
          action={
            <Button size="small" onClick={() => window.location.reload()}>
              {t('common.reload')}
            </Button>
          }
        />
      ) : null}
      <WorkerFormSections
        form={form}
        mode={mode}
        scopeCode={scopeCode}
        renderOrgPicker={renderOrgPicker}
        masked={masked}
        placeText={initial ? `${initial.streetName} / ${initial.communityName}` : undefined}
      />
      {general.length ? <Alert type="error" showIcon style={{ marginTop: 16 }} title={general.join('；')} data-testid="form-errors" /> : null}
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="worker-save">
          {t('common.save')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
