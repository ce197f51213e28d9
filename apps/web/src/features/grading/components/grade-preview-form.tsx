import { useState } from 'react';
import { Alert, Button, Checkbox, Form, InputNumber, Select, Space } from 'antd';
import type { PreviewInput } from '@cwp/contracts/grading.contract';
import { EDUCATION_LEVELS } from '@cwp/domain/code-tables';
import { POST_CLASSES, SW_QUALIFICATIONS } from '@cwp/domain/worker-enums';
import { useEnumOptions } from '../../../i18n/enum-labels.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { usePreviewGrade } from '../api/preview-grade.ts';
import { GradeResultView } from './grade-result-view.tsx';

const EDUCATION_VALUES = EDUCATION_LEVELS.map((e) => e.label);
type Values = Omit<PreviewInput, 'packId' | 'positions'> & { oneShoulder?: boolean };

/** 测算: grade and pay of a hypothetical worker under the chosen pack, with the full explanation. */
export function GradePreviewForm({ packId }: { packId: string }) {
  const { t, errorText } = useI18n();
  const preview = usePreviewGrade();
  const [form] = Form.useForm<Values>();
  const posts = useEnumOptions(POST_CLASSES);
  const educations = useEnumOptions(EDUCATION_VALUES);
  const quals = useEnumOptions(SW_QUALIFICATIONS);
  const [submitted, setSubmitted] = useState(false);
  const run = (v: Values) => {
    setSubmitted(true);
    const { oneShoulder, ...rest } = v;
    preview.mutate({ ...rest, packId, positions: oneShoulder ? ['党组织书记', '居委会主任'] : [] });
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Form form={form} layout="inline" onFinish={run} initialValues={{ postClass: '其他', communityYears: 6, education: '大学本科', certLevel: '无', failedYears: 0 }} data-testid="grade-preview-form">
        <Form.Item name="postClass" label={t('grading.postClass')} rules={[{ required: true }]}>
          <Select options={posts} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="communityYears" label={t('grading.communityYears')} rules={[{ required: true }]}>
          <InputNumber min={0} max={60} precision={0} />
        </Form.Item>
        <Form.Item name="failedYears" label={t('grading.failedYears')}>
          <InputNumber min={0} max={60} precision={0} />
        </Form.Item>
        <Form.Item name="education" label={t('grading.education')} rules={[{ required: true }]}>
          <Select options={educations} style={{ width: 130 }} />
        </Form.Item>
        <Form.Item name="certLevel" label={t('grading.certLevel')} rules={[{ required: true }]}>
          <Select options={quals} style={{ width: 150 }} />
        </Form.Item>
        <Form.Item name="oneShoulder" valuePropName="checked">
          <Checkbox>{t('grading.oneShoulder')}</Checkbox>
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={preview.isPending} data-testid="grade-preview-run">
            {t('grading.previewRun')}
          </Button>
        </Form.Item>
      </Form>
      {submitted && preview.isError ? <Alert type="error" showIcon title={errorText(preview.error)} /> : null}
      {preview.data ? <GradeResultView result={preview.data} /> : null}
    </Space>
  );
}
