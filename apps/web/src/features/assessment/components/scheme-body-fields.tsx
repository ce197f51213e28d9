import { Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Typography, type FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { DIMENSION_SOURCES, type DimensionSource } from '@cwp/domain/assessment';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useAssessmentText } from './assessment-text.tsx';

/** One dimension as the form holds it: the weight in percent (the contract's share × 100). */
export interface DimensionRow {
  key: string;
  name: string;
  weight: number | null;
  source: DimensionSource;
}

/**
 * Keys identify a dimension in scores and tie-breakers; users never type them. A new row takes its source's
 * name, or the first free numbered variant when the scheme already has one (two street-scored dimensions).
 */
export function freeKey(rows: readonly Pick<DimensionRow, 'key'>[], source: DimensionSource): string {
  const used = new Set(rows.map((r) => r.key));
  if (!used.has(source)) return source;
  let n = 2;
  while (used.has(`${source}_${n}`)) n++;
  return `${source}_${n}`;
}

/** The scheme body's controls (A10.1): dimensions with weights, grades with floors, the cap, ties and rater minimums. */
export function SchemeBodyFields({ form }: { form: FormInstance }) {
  const { t } = useI18n();
  const text = useAssessmentText();
  const dims = (Form.useWatch(['body', 'dimensions'], form) ?? []) as (DimensionRow | undefined)[];
  const noCap = Form.useWatch('noCap', form) as boolean | undefined;
  const sum = Math.round(dims.reduce((s, d) => s + (typeof d?.weight === 'number' ? d.weight : 0), 0) * 100) / 100;
  const tieOptions = dims.flatMap((d) => (d?.key ? [{ value: d.key, label: d.name || d.key }] : []));

  return (
    <>
      <Typography.Text strong>{t('assessment.dimensions')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('assessment.dimensionsHint')}
      </Typography.Paragraph>
      <Form.List name={['body', 'dimensions']}>
        {(fields, { add, remove }) => (
          <div data-testid="scheme-dimensions">
            {fields.map((f) => (
              <Row gutter={8} key={f.key} align="top">
                <Form.Item name={[f.name, 'key']} hidden>
                  <Input />
                </Form.Item>
                <Col flex="auto">
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: t('form.required') }]}>
                    <Input maxLength={30} placeholder={t('assessment.dimensionName')} aria-label={t('assessment.dimensionName')} />
                  </Form.Item>
                </Col>
                <Col flex="180px">
                  <Form.Item name={[f.name, 'source']}>
                    <Select aria-label={t('assessment.dimensionSource')} options={DIMENSION_SOURCES.map((s) => ({ value: s, label: text.source(s) }))} />
                  </Form.Item>
                </Col>
                <Col flex="120px">
                  <Form.Item name={[f.name, 'weight']}>
                    <InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} aria-label={t('assessment.weight')} data-testid={`dimension-weight-${f.name}`} />
                  </Form.Item>
                </Col>
                <Col flex="32px">
                  <Button type="text" icon={<DeleteOutlined />} aria-label={t('assessment.remove')} disabled={fields.length <= 1} onClick={() => remove(f.name)} />
                </Col>
              </Row>
            ))}
            <Space style={{ marginBottom: 16 }} wrap>
              <Button
                icon={<PlusOutlined />}
                size="small"
                disabled={fields.length >= 10}
                onClick={() => add({ key: freeKey(dims.filter((d): d is DimensionRow => !!d), 'street'), name: '', weight: 0, source: 'street' })}
              >
                {t('assessment.addDimension')}
              </Button>
              <Typography.Text type={sum === 100 ? 'success' : 'danger'} data-testid="weight-sum">
                {t('assessment.weightSum', { n: sum })}
              </Typography.Text>
            </Space>
          </div>
        )}
      </Form.List>

      <Typography.Text strong>{t('assessment.grades')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('assessment.gradesHint')}
      </Typography.Paragraph>
      <Form.List name={['body', 'grades']}>
        {(fields, { add, remove }) => (
          <div data-testid="scheme-grades">
            {fields.map((f) => (
              <Row gutter={8} key={f.key}>
                <Col flex="auto">
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: t('form.required') }]}>
                    <Input maxLength={10} placeholder={t('assessment.gradeName')} aria-label={t('assessment.gradeName')} />
                  </Form.Item>
                </Col>
                <Col flex="170px">
                  <Form.Item name={[f.name, 'minScore']}>
                    <InputNumber min={0} max={100} prefix="≥" suffix={t('assessment.points')} style={{ width: '100%' }} aria-label={t('assessment.minScore')} />
                  </Form.Item>
                </Col>
                <Col flex="32px">
                  <Button type="text" icon={<DeleteOutlined />} aria-label={t('assessment.remove')} disabled={fields.length <= 2} onClick={() => remove(f.name)} />
                </Col>
              </Row>
            ))}
            <Button icon={<PlusOutlined />} size="small" disabled={fields.length >= 6} onClick={() => add({ name: '', minScore: 0 }, fields.length - 1)} style={{ marginBottom: 16 }}>
              {t('assessment.addGrade')}
            </Button>
          </div>
        )}
      </Form.List>

      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={t('assessment.topGradeCap')} extra={t('assessment.topGradeCapHint')}>
            <Space>
              <Form.Item name={['body', 'topGradeCap']} noStyle>
                <InputNumber min={0} max={100} suffix="%" disabled={noCap} style={{ width: 120 }} aria-label={t('assessment.topGradeCap')} />
              </Form.Item>
              <Form.Item name="noCap" valuePropName="checked" noStyle>
                <Checkbox>{t('assessment.noCap')}</Checkbox>
              </Form.Item>
            </Space>
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['body', 'tieBreakers']} label={t('assessment.tieBreakers')} extra={t('assessment.tieBreakersHint')}>
            <Select mode="multiple" options={tieOptions} placeholder={t('form.choose')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['body', 'minResidentRaters']} label={t('assessment.minRaters')} extra={t('assessment.minRatersHint')}>
            <InputNumber min={0} max={10000} precision={0} suffix={t('assessment.people')} style={{ width: '100%' }} data-testid="scheme-min-raters" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['body', 'minOrdinaryShare']} label={t('assessment.minOrdinaryShare')} extra={t('assessment.minOrdinaryShareHint')}>
            <InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} data-testid="scheme-min-ordinary" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
