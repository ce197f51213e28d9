import { useEffect } from 'react';
import { Alert, Button, Checkbox, Col, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import type { RulePack } from '@cwp/contracts/grading.contract';
import { SPECIAL_ALLOWANCE_KINDS } from '@cwp/domain/special-allowance';
import { POST_CLASSES } from '@cwp/domain/worker-enums';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useUpdatePack } from '../api/manage-packs.ts';
import { useKindText } from './special-allowance-kind.ts';

const EDU = ['大学本科', '硕士研究生', '博士研究生'] as const;
const CERTS = ['助理社会工作师', '社会工作师', '高级社会工作师'] as const;

type Values = {
  name: string;
  posts: Record<string, { min: number; max: number }>;
  stepYears: number;
  educationYears: Record<string, number | null>;
  certBonus: Record<string, number | null>;
  stackCert: boolean;
  failedYearsCount: boolean;
  yearsAcrossProvinces: boolean;
  base?: number;
  atGrade1?: number;
  perGrade?: number;
  socialInsurancePct: number;
  housingFundPct: number;
  special: Record<string, { perDay: number | null; monthlyCap: number | null }>;
};

const pct = (x: number) => Math.round(x * 10000) / 100;

/** The numbers a city changes most (ranges, steps, education years, bonuses, base, coefficient, rates). */
export function PackDraftEditor({ pack }: { pack: RulePack }) {
  const { t, errorText } = useI18n();
  const kindText = useKindText();
  const update = useUpdatePack();
  const [form] = Form.useForm<Values>();
  const base = pack.pay.base;
  const coef = pack.pay.coefficient;
  useEffect(() => {
    form.setFieldsValue({
      name: pack.name,
      posts: pack.grading.posts,
      stepYears: pack.grading.stepYears,
      educationYears: Object.fromEntries(EDU.map((e) => [e, pack.grading.educationYears[e] ?? null])),
      certBonus: Object.fromEntries(CERTS.map((c) => [c, pack.grading.certBonus[c] ?? null])),
      stackCert: pack.grading.stackCert,
      failedYearsCount: pack.grading.failedYearsCount,
      yearsAcrossProvinces: pack.grading.yearsAcrossProvinces,
      base: base ? (base.mode === 'fixed' ? base.monthly : base.annualAverageWage) : undefined,
      atGrade1: coef?.mode === 'linear' ? coef.atGrade1 : undefined,
      perGrade: coef?.mode === 'linear' ? coef.perGrade : undefined,
      socialInsurancePct: pct(pack.pay.employer.socialInsuranceRate),
      housingFundPct: pct(pack.pay.employer.housingFundRate),
      special: Object.fromEntries(
        SPECIAL_ALLOWANCE_KINDS.map((k) => {
          const r = pack.pay.specialAllowances?.find((x) => x.kind === k);
          return [k, { perDay: r?.perDay ?? null, monthlyCap: r?.monthlyCap ?? null }];
        }),
      ),
    });
  }, [pack, form, base, coef]);

  const save = (v: Values) => {
    const clean = (r: Record<string, number | null>) => Object.fromEntries(Object.entries(r).filter(([, n]) => n !== null && n !== undefined)) as Record<string, number>;
    const next: RulePack = {
      ...pack,
      name: v.name,
      grading: { ...pack.grading, posts: v.posts as RulePack['grading']['posts'], stepYears: v.stepYears, educationYears: clean(v.educationYears), certBonus: clean(v.certBonus), stackCert: v.stackCert, failedYearsCount: v.failedYearsCount, yearsAcrossProvinces: v.yearsAcrossProvinces },
      pay: {
        ...pack.pay,
        base: base && v.base !== undefined ? (base.mode === 'fixed' ? { ...base, monthly: v.base } : { ...base, annualAverageWage: v.base }) : base,
        coefficient: coef?.mode === 'linear' && v.atGrade1 !== undefined && v.perGrade !== undefined ? { mode: 'linear', atGrade1: v.atGrade1, perGrade: v.perGrade } : coef,
        employer: { socialInsuranceRate: v.socialInsurancePct / 100, housingFundRate: v.housingFundPct / 100 },
        specialAllowances: SPECIAL_ALLOWANCE_KINDS.flatMap((kind) => {
          const e = v.special[kind];
          const name = pack.pay.specialAllowances?.find((x) => x.kind === kind)?.name;
          if (!e || (e.perDay === null && e.monthlyCap === null)) return [];
          return [{ kind, ...(name ? { name } : {}), ...(e.perDay !== null ? { perDay: e.perDay } : {}), ...(e.monthlyCap !== null ? { monthlyCap: e.monthlyCap } : {}) }];
        }),
      },
    };
    update.mutate(next);
  };

  return (
    <Form form={form} layout="vertical" onFinish={save} data-testid="pack-editor">
      <Form.Item name="name" label={t('grading.packName')} rules={[{ required: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Typography.Text strong>{t('grading.posts')}</Typography.Text>
      <Row gutter={8}>
        {POST_CLASSES.map((p) => (
          <Col span={8} key={p}>
            <Space.Compact>
              <Form.Item name={['posts', p, 'min']} label={`${p} ${t('grading.from')}`} rules={[{ required: true }]}>
                <InputNumber min={1} max={60} precision={0} />
              </Form.Item>
              <Form.Item name={['posts', p, 'max']} label={t('grading.to')} rules={[{ required: true }]}>
                <InputNumber min={1} max={60} precision={0} />
              </Form.Item>
            </Space.Compact>
          </Col>
        ))}
      </Row>
      <Row gutter={8}>
        <Col span={6}>
          <Form.Item name="stepYears" label={t('grading.stepYears')} rules={[{ required: true }]}>
            <InputNumber min={1} max={10} precision={0} addonAfter={t('grading.yearsUnit')} data-testid="pack-step-years" />
          </Form.Item>
        </Col>
        {EDU.map((e) => (
          <Col span={6} key={e}>
            <Form.Item name={['educationYears', e]} label={`${e}${t('grading.asYears')}`}>
              <InputNumber min={0} max={10} precision={0} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Row gutter={8}>
        {CERTS.map((c) => (
          <Col span={8} key={c}>
            <Form.Item name={['certBonus', c]} label={`${c}${t('grading.plusGrades')}`}>
              <InputNumber min={0} max={10} precision={0} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Space wrap>
        <Form.Item name="stackCert" valuePropName="checked">
          <Checkbox>{t('grading.stack')}</Checkbox>
        </Form.Item>
        <Form.Item name="failedYearsCount" valuePropName="checked">
          <Checkbox>{t('grading.failedCounts')}</Checkbox>
        </Form.Item>
        <Form.Item name="yearsAcrossProvinces" valuePropName="checked">
          <Checkbox>{t('grading.acrossProvinces')}</Checkbox>
        </Form.Item>
      </Space>
      <Row gutter={8}>
        {base ? (
          <Col span={8}>
            <Form.Item name="base" label={base.mode === 'fixed' ? t('grading.baseMonthly') : t('grading.baseAnnualWage')} rules={[{ required: true }]}>
              <InputNumber min={0} max={1000000} precision={2} style={{ width: '100%' }} data-testid="pack-base" />
            </Form.Item>
          </Col>
        ) : null}
        {coef?.mode === 'linear' ? (
          <>
            <Col span={4}>
              <Form.Item name="atGrade1" label={t('grading.coefAtGrade1')} rules={[{ required: true }]}>
                <InputNumber min={0.01} max={20} step={0.01} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="perGrade" label={t('grading.coefPerGrade')} rules={[{ required: true }]}>
                <InputNumber min={0} max={5} step={0.01} />
              </Form.Item>
            </Col>
          </>
        ) : null}
        <Col span={4}>
          <Form.Item name="socialInsurancePct" label={t('grading.siPct')} rules={[{ required: true }]}>
            <InputNumber min={0} max={100} step={0.5} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="housingFundPct" label={t('grading.hfPct')} rules={[{ required: true }]}>
            <InputNumber min={0} max={24} step={0.5} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong>{t('grading.specialRates')}</Typography.Text>
      <Row gutter={8}>
        {SPECIAL_ALLOWANCE_KINDS.map((k) => (
          <Col span={8} key={k}>
            <Space.Compact>
              <Form.Item name={['special', k, 'perDay']} label={`${kindText(k)} ${t('grading.specialPerDay')}`}>
                <InputNumber min={0} max={1000000} precision={2} data-testid={`pack-special-${k}`} />
              </Form.Item>
              <Form.Item name={['special', k, 'monthlyCap']} label={t('grading.specialCap')}>
                <InputNumber min={0} max={1000000} precision={2} />
              </Form.Item>
            </Space.Compact>
          </Col>
        ))}
      </Row>
      {update.isError ? <Alert type="error" showIcon title={errorText(update.error)} style={{ marginBottom: 12 }} /> : null}
      <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="pack-save">
        {t('grading.saveDraft')}
      </Button>
    </Form>
  );
}
