import { useState } from 'react';
import { Alert, App, AutoComplete, Button, Descriptions, Form, Modal, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { competitionResultsInput } from '@cwp/contracts/skills.contract';
import { showSubmitError, validateAtPaths } from '../../../lib/zod-form.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { WorkerSelect } from '../../workers/components/worker-select.tsx';
import { useRecordAwards, type Competition } from '../api/skills.ts';
import { useSkillsText } from './skills-text.ts';

interface Row {
  workerId?: number;
  award?: string;
}

interface Props {
  competition: Competition;
  /** Unit the worker pickers search under (the page's working unit). */
  org: string;
  onClose: () => void;
}

/**
 * 登记获奖 (A6.2): awards of the caller's workers, several rows at once. Each saved row writes an archive entry,
 * so the form holds only new or changed awards; those already recorded are listed above it.
 */
export function SkillsCompetitionAwardsModal({ competition: c, org, onClose }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const text = useSkillsText();
  const [form] = Form.useForm();
  const record = useRecordAwards();
  const [general, setGeneral] = useState<string[]>([]);
  const suggestions = [t('skills.awardFirst'), t('skills.awardSecond'), t('skills.awardThird'), t('skills.awardMerit')].map((value) => ({ value }));

  // Fields without antd rules keep errors until told; clear those of the cells just edited.
  const clearRowErrors = (changed: { items?: (Row | undefined)[] }) => {
    setGeneral([]);
    form.setFields((changed.items ?? []).flatMap((row, i) => (row ? Object.keys(row).map((k) => ({ name: ['items', i, k], errors: [] })) : [])));
  };

  const submit = async () => {
    setGeneral([]);
    const rows = ((form.getFieldValue('items') ?? []) as Row[]).map((r) => ({ workerId: r.workerId, award: r.award ?? '' }));
    if (!rows.length) return setGeneral([t('skills.awardsNone')]);
    const r = validateAtPaths(form, competitionResultsInput, { items: rows }, tm, t('form.required'));
    if (!r.ok) return setGeneral(r.general);
    // One award per worker: a repeated row would be written twice to the archive.
    const repeated = r.data.items.flatMap((item, i) => (r.data.items.findIndex((x) => x.workerId === item.workerId) < i ? [i] : []));
    if (repeated.length) return form.setFields(repeated.map((i) => ({ name: ['items', i, 'workerId'], errors: [t('skills.awardRepeated')] })));
    try {
      await record.mutateAsync({ id: c.id, input: r.data });
      message.success(t('skills.awardsSaved', { n: r.data.items.length }));
      onClose();
    } catch (err) {
      setGeneral(showSubmitError(form, err, tm, errorText, []));
    }
  };

  return (
    <Modal open title={t('skills.recordAwards')} onCancel={onClose} onOk={submit} okText={t('common.save')} confirmLoading={record.isPending} destroyOnHidden width={720}>
      <Descriptions
        size="small"
        column={2}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'name', label: t('skills.competitionName'), children: c.name, span: 2 },
          { key: 'level', label: t('skills.level'), children: text.level(c.level) },
          { key: 'heldOn', label: t('skills.heldOn'), children: c.heldOn },
          {
            key: 'recorded',
            label: t('skills.awardsRecorded'),
            span: 2,
            children: c.results.length ? c.results.map((x) => `${x.name}（${x.communityName}）${x.award}`).join('；') : t('skills.awardsNoneYet'),
          },
        ]}
      />
      <Typography.Paragraph type="secondary">{t('skills.awardsHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ items: [{}] }} onValuesChange={clearRowErrors} data-testid="awards-form">
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="start" style={{ display: 'flex' }} data-testid={`award-row-${i}`}>
                  <Form.Item name={[f.name, 'workerId']} label={i === 0 ? t('skills.worker') : undefined} required style={{ width: 400, marginBottom: 8 }}>
                    <WorkerSelect org={org} data-testid={`award-worker-${i}`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'award']} label={i === 0 ? t('skills.award') : undefined} required style={{ width: 200, marginBottom: 8 }}>
                    <AutoComplete options={suggestions} maxLength={30} placeholder={t('skills.awardPlaceholder')} aria-label={`${t('skills.award')} ${i + 1}`} data-testid={`award-text-${i}`} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('skills.removeRow')}
                    onClick={() => remove(f.name)}
                    style={i === 0 ? { marginTop: 30 } : undefined}
                  />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} data-testid="award-add-row">
                {t('skills.addRow')}
              </Button>
            </>
          )}
        </Form.List>
        {general.length ? <Alert type="error" title={general.join('；')} style={{ marginTop: 12 }} /> : null}
      </Form>
    </Modal>
  );
}
