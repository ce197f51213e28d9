import { useState } from 'react';
import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { CAREER_EVENT_KINDS } from '@cwp/contracts/incentives.contract';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useCareerEvents, type CareerEvent, type CareerEventKind } from '../features/incentives/api/career-events.ts';
import { CareerEventModal } from '../features/incentives/components/career-event-modal.tsx';
import { ChooseUnitAlert, useIncentivesText } from '../features/incentives/components/incentives-text.tsx';
import { YearSelect } from '../features/incentives/components/year-select.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

// Career moves out of community work read differently from honours: one colour per family of kinds.
const KIND_COLOR: Record<CareerEventKind, string> = {
  荣誉表彰: 'gold',
  推荐党代表: 'red',
  推荐人大代表: 'red',
  推荐政协委员: 'red',
  发展党员: 'volcano',
  招录为公务员: 'blue',
  招聘为事业单位人员: 'blue',
  进入街道领导班子: 'purple',
};

/** 表彰与发展 (A13.1, A13.3): honours, nominations, Party admission and career moves under the working unit. */
export default function IncentivesEventsPage() {
  const { t, errorText } = useI18n();
  const text = useIncentivesText();
  const { orgCode } = useCurrentOrg();
  const canWrite = hasPermission(useCurrentUser(), 'incentives:write');
  const [year, setYear] = useState<number | undefined>(new Date().getFullYear());
  const [kind, setKind] = useState<CareerEventKind | undefined>();
  const list = useCareerEvents({ org: orgCode, year, kind });
  const [open, setOpen] = useState(false);
  const hasUnit = orgCode.length >= 2;

  return (
    <Card
      size="small"
      title={t('incentives.eventsTitle')}
      extra={
        canWrite && hasUnit ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="event-add">
            {t('incentives.recordEvent')}
          </Button>
        ) : null
      }
      data-testid="events-page"
    >
      <Typography.Paragraph type="secondary">{t('incentives.eventsIntro')}</Typography.Paragraph>
      {hasUnit ? null : <ChooseUnitAlert />}
      <Space wrap style={{ marginBottom: 16 }}>
        <YearSelect value={year} onChange={setYear} allowAll data-testid="events-year" />
        <Select<CareerEventKind>
          allowClear
          placeholder={t('incentives.allKinds')}
          aria-label={t('incentives.kind')}
          value={kind}
          onChange={setKind}
          options={CAREER_EVENT_KINDS.map((k) => ({ value: k, label: text.kind(k) }))}
          style={{ width: 220 }}
        />
      </Space>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<CareerEvent>
        size="middle"
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('incentives.noEvents') }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => t('common.totalN', { n }) }}
        data-testid="events-table"
        columns={[
          { title: t('incentives.occurredOn'), dataIndex: 'occurredOn', width: 110 },
          { title: t('incentives.name'), dataIndex: 'workerName', render: (n: string, r) => <Link to={`/workers/${r.workerId}`}>{n}</Link> },
          { title: t('incentives.community'), dataIndex: 'communityName' },
          { title: t('incentives.kind'), dataIndex: 'kind', render: (k: CareerEventKind) => <Tag color={KIND_COLOR[k]}>{text.kind(k)}</Tag> },
          { title: t('incentives.eventTitle'), dataIndex: 'title' },
          { title: t('incentives.level'), dataIndex: 'level', render: (l: CareerEvent['level']) => text.level(l) },
          { title: t('incentives.issuer'), dataIndex: 'issuer' },
          { title: t('incentives.notes'), dataIndex: 'notes', render: (v: string) => v || '—' },
          { title: t('incentives.recordedBy'), dataIndex: 'recordedBy' },
        ]}
      />
      {canWrite && hasUnit ? <CareerEventModal open={open} org={orgCode} onClose={() => setOpen(false)} /> : null}
    </Card>
  );
}
