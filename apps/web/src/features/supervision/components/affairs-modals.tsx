import type { ReactNode } from 'react';
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { disclosureCheckInput, disclosureInput } from '@cwp/contracts/supervision.contract';
import { todayIso } from '@cwp/domain/dates';
import { CHECK_RESULTS, DISCLOSURE_CHANNELS, DISCLOSURE_KINDS, quarterOf } from '@cwp/domain/supervision';
import { fromIsoDate, toIsoDate } from '../../../lib/dates.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useCheckDisclosure, useRecordDisclosure } from '../api/disclosures.ts';
import { FormModal } from './form-modal.tsx';
import { useSupervisionText } from './supervision-text.ts';

const FIELDS = ['communityCode', 'kind', 'period', 'title', 'summary', 'disclosedOn', 'channel'] as const;

/** The last eight quarters, newest first: a disclosure is recorded for the quarter it covers. */
function recentQuarters(): string[] {
  const out: string[] = [];
  let q = quarterOf(todayIso());
  for (let i = 0; i < 8; i++) {
    out.push(q);
    const y = Number(q.slice(0, 4));
    const k = Number(q.slice(-1));
    q = k === 1 ? `${y - 1}-Q4` : `${y}-Q${k - 1}`;
  }
  return out;
}

/** 登记三务公开 (A11.2); `communityPicker` is the page's org picker limited to communities. */
export function DisclosureFormModal(p: { open: boolean; onClose: () => void; communityCode?: string; communityPicker: ReactNode; preset?: { kind?: string; period?: string } }) {
  const { t } = useI18n();
  const label = useSupervisionText();
  const record = useRecordDisclosure();
  return (
    <FormModal
      open={p.open}
      title={t('sup.recordDisclosure')}
      schema={disclosureInput}
      fields={FIELDS}
      toInput={(v) => ({ ...v, title: v.title ?? '', summary: v.summary ?? '', disclosedOn: toIsoDate(v.disclosedOn as Dayjs) ?? undefined })}
      submit={(data) => record.mutateAsync(data)}
      pending={record.isPending}
      onClose={p.onClose}
      doneText={t('common.saved')}
      initialValues={{ communityCode: p.communityCode, kind: p.preset?.kind ?? '财务', period: p.preset?.period ?? recentQuarters()[1], disclosedOn: fromIsoDate(todayIso()), channel: '公开栏' }}
      width={620}
      testId="disclosure-form"
    >
      <Form.Item name="communityCode" label={t('sup.community')} required>
        {p.communityPicker}
      </Form.Item>
      <Form.Item name="kind" label={t('sup.kind')} required>
        <Select options={DISCLOSURE_KINDS.map((k) => ({ value: k, label: label(k) }))} data-testid="disclosure-kind" />
      </Form.Item>
      <Form.Item name="period" label={t('sup.period')} required>
        <Select options={recentQuarters().map((q) => ({ value: q, label: q }))} data-testid="disclosure-period" />
      </Form.Item>
      <Form.Item name="title" label={t('sup.title')} required>
        <Input maxLength={100} data-testid="disclosure-title" />
      </Form.Item>
      <Form.Item name="summary" label={t('sup.summary')} required>
        <Input.TextArea rows={3} maxLength={2000} data-testid="disclosure-summary" />
      </Form.Item>
      <Form.Item name="disclosedOn" label={t('sup.disclosedOn')} required>
        <DatePicker style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
      <Form.Item name="channel" label={t('sup.channel')} required>
        <Select options={DISCLOSURE_CHANNELS.map((k) => ({ value: k, label: label(k) }))} />
      </Form.Item>
    </FormModal>
  );
}

/** 街道检查 of one disclosure. */
export function CheckModal({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useI18n();
  const label = useSupervisionText();
  const check = useCheckDisclosure();
  return (
    <FormModal
      open={id !== null}
      title={t('sup.check')}
      schema={disclosureCheckInput}
      fields={['checkedOn', 'result', 'note']}
      toInput={(v) => ({ ...v, note: v.note ?? '', checkedOn: toIsoDate(v.checkedOn as Dayjs) ?? undefined })}
      submit={(data) => check.mutateAsync({ id: id!, input: data })}
      pending={check.isPending}
      onClose={onClose}
      doneText={t('common.saved')}
      initialValues={{ checkedOn: fromIsoDate(todayIso()), result: '合格' }}
      testId="check-form"
    >
      <Form.Item name="checkedOn" label={t('sup.checkedOn')} required>
        <DatePicker style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
      <Form.Item name="result" label={t('sup.checkResult')} required>
        <Select options={CHECK_RESULTS.map((k) => ({ value: k, label: label(k) }))} />
      </Form.Item>
      <Form.Item name="note" label={t('sup.checkNote')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
