import { useState, type ReactElement } from 'react';
import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Modal, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { schemeInput, updateSchemeInput, type Scheme, type SchemeBody } from '@cwp/contracts/assessment.contract';
import { fromIsoDate, toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, showSubmitError, validateAtPaths } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useCreateScheme, useUpdateScheme } from '../api/schemes.ts';
import { SchemeBodyFields, type DimensionRow } from './scheme-body-fields.tsx';

/** The 嘉兴南湖 example (rules.md §5): street 30%, peers 10%, residents 60%; four grades; 20% cap; 50 raters, 70% ordinary. */
export const DEFAULT_BODY: SchemeBody = {
  dimensions: [
    { key: 'street', name: '街道综合考评', weight: 0.3, source: 'street' },
    { key: 'peer', name: '社区工作者互评', weight: 0.1, source: 'peer' },
    { key: 'residents', name: '居民群众测评', weight: 0.6, source: 'residents' },
  ],
  grades: [
    { name: '优秀', minScore: 90 },
    { name: '称职', minScore: 70 },
    { name: '基本称职', minScore: 60 },
    { name: '不称职', minScore: 0 },
  ],
  topGradeCap: 0.2,
  tieBreakers: ['residents', 'street'],
  minResidentRaters: 50,
  minOrdinaryShare: 0.7,
};

// The form shows shares as percentages; the contract holds fractions. Rounding keeps 33.33% → 0.3333 exact.
const toPct = (x: number) => Math.round(x * 10000) / 100;
const toShare = (v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 10000 : v);

interface FormValues {
  orgCode?: string;
  year?: number;
  name?: string;
  surveyOpens?: Dayjs | null;
  surveyCloses?: Dayjs | null;
  noCap?: boolean;
  body?: { dimensions?: DimensionRow[]; grades?: { name: string; minScore: number | null }[]; topGradeCap?: number | null; tieBreakers?: string[]; minResidentRaters?: number | null; minOrdinaryShare?: number | null };
}

function initialValues(scheme: Scheme | null, defaultOrg: string, defaultName: (year: number) => string): FormValues {
  const year = scheme?.year ?? dayjs().year();
  const body = scheme?.body ?? DEFAULT_BODY;
  return {
    orgCode: scheme?.orgCode ?? (defaultOrg || undefined),
    year,
    name: scheme?.name ?? defaultName(year),
    surveyOpens: scheme ? fromIsoDate(scheme.surveyOpens) : dayjs(),
    surveyCloses: scheme ? fromIsoDate(scheme.surveyCloses) : dayjs().add(30, 'day'),
    noCap: body.topGradeCap === null,
    body: {
      dimensions: body.dimensions.map((d) => ({ ...d, weight: toPct(d.weight) })),
      grades: body.grades,
      topGradeCap: body.topGradeCap === null ? toPct(DEFAULT_BODY.topGradeCap!) : toPct(body.topGradeCap),
      tieBreakers: body.tieBreakers,
      minResidentRaters: body.minResidentRaters,
      minOrdinaryShare: toPct(body.minOrdinaryShare),
    },
  };
}

interface Props {
  open: boolean;
  /** null = a new scheme. The page remounts the modal (key) per opening, so the form starts clean. */
  scheme: Scheme | null;
  /** The user's own unit when it is a city or county, else ''. */
  defaultOrg: string;
  /** Proposed name for a new scheme of a year. */
  defaultName: (year: number) => string;
  /** Org picker limited to cities and counties in the user's scope, supplied by the page. */
  orgPicker: ReactElement;
  onClose: () => void;
  onSaved?: (s: Scheme) => void;
}

/** Draft or edit a county's annual scheme (A10.1), checked with the shared contract before it is sent. */
export function SchemeFormModal({ open, scheme, defaultOrg, defaultName, orgPicker, onClose, onSaved }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateScheme();
  const update = useUpdateScheme();
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async () => {
    setGeneral([]);
    const v = form.getFieldsValue(true) as FormValues;
    const b = v.body ?? {};
    // A blank name is sent as missing so the form says "required" rather than zod's length message.
    const named = (n: string | undefined) => (n?.trim() ? n : undefined);
    const dimensions = (b.dimensions ?? []).map((d) => ({ ...d, name: named(d.name), weight: toShare(d.weight) }));
    const input = {
      orgCode: v.orgCode ?? '',
      year: v.year ?? undefined,
      name: v.name ?? '',
      surveyOpens: toIsoDate(v.surveyOpens) ?? undefined,
      surveyCloses: toIsoDate(v.surveyCloses) ?? undefined,
      body: {
        dimensions,
        grades: (b.grades ?? []).map((g) => ({ ...g, name: named(g.name) })),
        topGradeCap: v.noCap ? null : toShare(b.topGradeCap),
        // A removed dimension can no longer break a tie; dropping it here saves the user a confusing error.
        tieBreakers: (b.tieBreakers ?? []).filter((k) => dimensions.some((d) => d.key === k)),
        minResidentRaters: b.minResidentRaters ?? undefined,
        minOrdinaryShare: toShare(b.minOrdinaryShare),
      },
      ...(scheme ? { version: scheme.version } : {}),
    };
    const schema = scheme ? updateSchemeInput : schemeInput;
    const checked = validateAtPaths(form, schema, input, tm, t('form.required'));
    if (!checked.ok) {
      // The scheme's own consistency (weights add up to 100%, floors descend) is reported on the body as a whole.
      const parsed = schema.safeParse(input);
      const whole = parsed.success ? [] : parsed.error.issues.filter((i) => i.path.length === 1 && i.path[0] === 'body').map((i) => tm(i.message));
      return setGeneral([...checked.general, ...whole]);
    }
    try {
      const saved = scheme ? await update.mutateAsync({ id: scheme.id, input: { ...checked.data, version: scheme.version } }) : await create.mutateAsync(checked.data);
      message.success(scheme ? t('common.saved') : t('assessment.created'));
      onClose();
      onSaved?.(saved);
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, ['orgCode', 'year', 'name', 'surveyOpens', 'surveyCloses']));
    }
  };

  return (
    <Modal
      open={open}
      title={scheme ? t('assessment.editScheme') : t('assessment.addScheme')}
      onCancel={onClose}
      onOk={submit}
      okText={t('common.save')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={760}
    >
      <Form form={form} layout="vertical" initialValues={initialValues(scheme, defaultOrg, defaultName)} onValuesChange={(c) => clearChangedErrors(form, c)} data-testid="scheme-form">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="orgCode" label={t('assessment.unit')} extra={t('assessment.unitHint')} required>
              {orgPicker}
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="year" label={t('assessment.year')} required>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} data-testid="scheme-year" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="name" label={t('assessment.schemeName')} required>
          <Input maxLength={100} data-testid="scheme-name" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="surveyOpens" label={t('assessment.surveyOpens')} required>
              <DatePicker style={{ width: '100%' }} data-testid="scheme-opens" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="surveyCloses" label={t('assessment.surveyCloses')} required>
              <DatePicker style={{ width: '100%' }} data-testid="scheme-closes" />
            </Form.Item>
          </Col>
        </Row>
        <SchemeBodyFields form={form} />
        {general.length ? <Alert type="error" showIcon title={general.join('；')} data-testid="scheme-form-error" /> : null}
      </Form>
    </Modal>
  );
}
