import { Alert, Badge, Button, Card, Tabs, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useInbox, type InboxBox } from '../features/workflow/api/inbox.ts';
import { useListParams } from '../lib/list-params.ts';
import { InboxTable } from '../features/workflow/components/inbox-table.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/messages-zh.ts';

const TABS: { box: InboxBox; label: MessageKey; empty: MessageKey }[] = [
  { box: 'todo', label: 'daily.tabTodo', empty: 'daily.emptyTodo' },
  { box: 'mine', label: 'daily.tabMine', empty: 'daily.emptyMine' },
  { box: 'overdue', label: 'daily.tabOverdue', empty: 'daily.emptyOverdue' },
];

/** 审批待办 (A9.2, issue 7): requests this user may decide now, those they asked for, and steps past due in their area. */
export default function DailyInboxPage() {
  const { t, errorText } = useI18n();
  // The tab is in the URL so the 工作台 can link straight to the overdue steps.
  const [params, setParam] = useListParams();
  const box = TABS.find((x) => x.box === params.get('box'))?.box ?? 'todo';
  const setBox = (b: InboxBox) => setParam({ box: b === 'todo' ? undefined : b });
  // All three load at once so every tab shows its count.
  const lists = { todo: useInbox('todo'), mine: useInbox('mine'), overdue: useInbox('overdue') };
  const current = lists[box];
  const fetching = Object.values(lists).some((q) => q.isFetching);

  return (
    <Card
      size="small"
      title={t('daily.inboxTitle')}
      extra={
        <Button icon={<ReloadOutlined />} loading={fetching} onClick={() => Object.values(lists).forEach((q) => void q.refetch())} data-testid="inbox-reload">
          {t('daily.reload')}
        </Button>
      }
      data-testid="inbox-page"
    >
      <Typography.Paragraph type="secondary">{t('daily.inboxIntro')}</Typography.Paragraph>
      <Tabs
        activeKey={box}
        onChange={(k) => setBox(k as InboxBox)}
        data-testid="inbox-tabs"
        items={TABS.map((tab) => ({
          key: tab.box,
          label: (
            <span data-testid={`inbox-tab-${tab.box}`}>
              {t(tab.label)}{' '}
              <Badge
                count={lists[tab.box].data?.length ?? 0}
                showZero
                color={tab.box === 'overdue' && lists.overdue.data?.length ? '#cf1322' : tab.box === 'todo' ? '#1d5fb4' : '#8c8c8c'}
                data-testid={`inbox-count-${tab.box}`}
              />
            </span>
          ),
        }))}
      />
      {current.isError ? <Alert type="error" showIcon title={errorText(current.error)} style={{ marginBottom: 16 }} /> : null}
      <InboxTable items={current.data ?? []} loading={current.isPending} emptyText={t(TABS.find((x) => x.box === box)!.empty)} />
    </Card>
  );
}
