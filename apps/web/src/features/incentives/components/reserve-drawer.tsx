import { useState } from 'react';
import { Alert, App, Button, DatePicker, Descriptions, Divider, Drawer, Empty, Form, Input, Select, Space, Timeline, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { RESERVE_STATUSES, reserveUpdateInput, type ReserveCandidate } from '@cwp/contracts/incentives.contract';
import { ApiError } from '../../../lib/api-client.ts';
import { fromIsoDate, toIsoDate } from '../../../lib/dates.ts';
import { clearChangedErrors, validateAtPaths } from '../../../lib/zod-form.ts';
import { useEnumText } from '../../../i18n/enum-labels.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useUpdateReserve } from '../api/reserve.ts';
import { ReserveStatusTag, useIncentivesText } from './incentives-text.tsx';

interface Props {
  /** The candidate as last listed; null closes the drawer. */
  candidate: ReserveCandidate | null;
  canWrite: boolean;
  onClose: () => void;
  /** Reloads the list after a version conflict so the drawer shows the other editor's change. */
  onReload: () => void;
}

/**
 * One reserve candidate (A2.2): the cultivation measures so far, adding one, and the review with the status.
 * Every change sends the version it was made on, so two editors never overwrite each other (409 otherwise).
 */
export function ReserveDrawer({ candidate, canWrite, onClose, onReload }: Props) {
  const { t, tm, errorText } = useI18n();
  const { message } = App.useApp();
  const et = useEnumText();
  const text = useIncentivesText();
  const update = useUpdateReserve();
  const [measureForm] = Form.useForm();
  const [reviewForm] = Form.useForm();
  // The server's answer is newer than the listed copy until the list refetches.
  const [latest, setLatest] = useState<ReserveCandidate | null>(null);
  const c = latest && candidate && latest.id === candidate.id && latest.version > candidate.version ? latest : candidate;
  const conflict = update.error instanceof ApiError && update.error.status === 409;

  const send = async (input: unknown, form: ReturnType<typeof Form.useForm>[0], done: string) => {
    if (!c) return;
    const r = validateAtPaths(form, reserveUpdateInput, input, tm, t('form.required'));
    if (!r.ok) return;
    try {
      setLatest(await update.mutateAsync({ id: c.id, input: r.data }));
      message.success(done);
      return true;
    } catch {
      // Shown above the forms (conflict with a reload button, anything else as text).
      return false;
    }
  };

  const addMeasure = async () => {
    const v = measureForm.getFieldsValue();
    const ok = await send({ version: c?.version, addMeasure: { on: toIsoDate(v.on) ?? undefined, measure: v.measure ?? '' } }, measureForm, t('incentives.measureAdded'));
    if (ok) measureForm.resetFields();
  };

  const saveReview = async () => {
    const v = reviewForm.getFieldsValue();
    await send({ version: c?.version, status: v.status, review: v.review ?? '', reviewedOn: toIsoDate(v.reviewedOn) ?? undefined }, reviewForm, t('incentives.reviewSaved'));
  };

  return (
    <Drawer open={!!candidate} onClose={onClose} size={560} title={c ? t('incentives.drawerTitle', { name: c.name }) : ''} destroyOnHidden>
      {c ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="reserve-drawer">
          <Descriptions
            size="small"
            column={2}
            items={[
              { key: 'community', label: t('incentives.community'), children: c.communityName },
              { key: 'status', label: t('incentives.status'), children: <ReserveStatusTag status={c.status} /> },
              { key: 'person', label: t('incentives.genderBirth'), children: [text.gender(c.gender), c.birthYear].filter(Boolean).join(' / ') || '—' },
              { key: 'edu', label: t('incentives.education'), children: c.education ? et(c.education) : '—' },
              { key: 'source', label: t('incentives.source'), children: text.source(c.source) },
              { key: 'post', label: t('incentives.targetPost'), children: text.post(c.targetPost) },
              { key: 'on', label: t('incentives.nominatedOn'), children: c.nominatedOn },
              { key: 'by', label: t('incentives.nominatedBy'), children: c.nominatedBy },
            ]}
          />
          {update.isError ? (
            <Alert
              type={conflict ? 'warning' : 'error'}
              showIcon
              title={errorText(update.error)}
              action={
                conflict ? (
                  <Button
                    size="small"
                    icon={<ReloadOutlined />}
                    onClick={() => {
                      update.reset();
                      onReload();
                    }}
                  >
                    {t('incentives.reload')}
                  </Button>
                ) : undefined
              }
              data-testid="reserve-error"
            />
          ) : null}
          <Divider titlePlacement="start" style={{ margin: 0 }}>
            {t('incentives.measures')}
          </Divider>
          {c.measures.length ? (
            <Timeline
              data-testid="reserve-measures"
              items={c.measures.map((m, i) => ({ key: i, content: <><Typography.Text strong>{m.on}</Typography.Text> {m.measure} <Typography.Text type="secondary">（{m.by}）</Typography.Text></> }))}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incentives.noMeasures')} />
          )}
          {canWrite ? (
            <Form form={measureForm} layout="vertical" initialValues={{ on: dayjs() }} onValuesChange={(ch) => clearChangedErrors(measureForm, ch)} data-testid="measure-form">
              <Form.Item name="on" label={t('incentives.measureOn')} required style={{ marginBottom: 8 }}>
                <DatePicker allowClear={false} style={{ width: 200 }} />
              </Form.Item>
              <Form.Item name="measure" label={t('incentives.measure')} required style={{ marginBottom: 8 }}>
                <Input.TextArea rows={2} maxLength={300} showCount placeholder={t('incentives.measurePlaceholder')} data-testid="measure-text" />
              </Form.Item>
              <Button icon={<PlusOutlined />} onClick={addMeasure} loading={update.isPending} data-testid="measure-add">
                {t('incentives.addMeasure')}
              </Button>
            </Form>
          ) : null}
          <Divider titlePlacement="start" style={{ margin: 0 }}>
            {t('incentives.review')}
          </Divider>
          {canWrite ? (
            <Form
              form={reviewForm}
              layout="vertical"
              initialValues={{ status: c.status, review: c.review, reviewedOn: fromIsoDate(c.reviewedOn) }}
              onValuesChange={(ch) => clearChangedErrors(reviewForm, ch)}
              data-testid="review-form"
            >
              <Form.Item name="review" label={t('incentives.review')} style={{ marginBottom: 8 }}>
                <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('incentives.reviewPlaceholder')} />
              </Form.Item>
              <Space wrap align="end">
                <Form.Item name="reviewedOn" label={t('incentives.reviewedOn')} style={{ marginBottom: 0 }}>
                  <DatePicker style={{ width: 180 }} />
                </Form.Item>
                <Form.Item name="status" label={t('incentives.status')} style={{ marginBottom: 0 }}>
                  <Select options={RESERVE_STATUSES.map((s) => ({ value: s, label: text.reserveStatus(s) }))} style={{ width: 160 }} data-testid="review-status" />
                </Form.Item>
                <Button type="primary" onClick={saveReview} loading={update.isPending} data-testid="review-save">
                  {t('incentives.saveReview')}
                </Button>
              </Space>
            </Form>
          ) : c.review || c.reviewedOn ? (
            <Typography.Paragraph>
              {c.reviewedOn ? <Typography.Text strong>{c.reviewedOn} </Typography.Text> : null}
              {c.review}
            </Typography.Paragraph>
          ) : (
            <Typography.Text type="secondary">{t('incentives.noReview')}</Typography.Text>
          )}
        </Space>
      ) : null}
    </Drawer>
  );
}
