import { useState } from 'react';
import { App, Button, DatePicker, Popover, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Secondment } from '@cwp/contracts/burden.contract';
import { todayIso } from '@cwp/domain/dates';
import { toIsoDate } from '../../../lib/dates.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { RequestStanding } from '../../workflow/components/workflow-text.tsx';
import { useEndSecondment } from '../api/secondments.ts';

function EndEarly({ s }: { s: Secondment }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const end = useEndSecondment();
  const [day, setDay] = useState<Dayjs | null>(null);
  return (
    <Popover
      trigger="click"
      title={t('burden.endedOn')}
      content={
        <Space>
          <DatePicker value={day} onChange={setDay} />
          <Button type="primary" loading={end.isPending} disabled={!day} onClick={() => end.mutateAsync({ id: s.requestId, endedOn: toIsoDate(day)! }).then(() => message.success(t('burden.endedDone')), (e) => message.error(errorText(e)))}>
            {t('common.confirm')}
          </Button>
        </Space>
      }
    >
      <Button size="small">{t('burden.endEarly')}</Button>
    </Popover>
  );
}

/** Secondments with where each request stands; the street records an early return of an active one. */
export function SecondmentTable({ items, loading, canEnd, showWorker = true }: { items: Secondment[]; loading?: boolean; canEnd: boolean; showWorker?: boolean }) {
  const { t } = useI18n();
  const today = todayIso();
  return (
    <Table<Secondment>
      size="small"
      rowKey="requestId"
      loading={loading}
      dataSource={items}
      pagination={items.length > 15 ? { pageSize: 15, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      columns={[
        ...(showWorker ? [{ title: t('burden.worker'), dataIndex: 'workerName' }, { title: t('burden.community'), dataIndex: 'communityName' }] : []),
        { title: t('burden.borrowingOrg'), key: 'org', render: (_: unknown, s: Secondment) => `${s.borrowingOrg.name}（${t(`burden.level.${s.borrowingOrg.level}`)}）` },
        { title: t('burden.period'), key: 'period', render: (_: unknown, s: Secondment) => `${s.startDate} ~ ${s.endDate}` },
        { title: t('burden.secondmentReason'), dataIndex: 'reason' },
        { title: t('burden.standing'), key: 'standing', render: (_: unknown, s: Secondment) => <Space wrap>{s.active ? <Tag color="orange">{t('burden.active')}</Tag> : null}<RequestStanding request={s.request} maxWidth={300} /></Space> },
        { title: t('burden.endedOn'), dataIndex: 'endedOn', render: (v: string | null, s: Secondment) => v ?? (canEnd && s.request.status === 'approved' && s.startDate <= today && today <= s.endDate ? <EndEarly s={s} /> : '—') },
      ]}
    />
  );
}
