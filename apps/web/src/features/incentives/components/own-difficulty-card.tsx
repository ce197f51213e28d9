import { App, Button, Card, Space, Tag, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import type { Difficulty } from '@cwp/contracts/incentives.contract';
import { formatDateTime } from '../../../lib/dates.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useCloseDifficulty } from '../api/difficulties.ts';
import { DifficultyStatusTags, useIncentivesText } from './incentives-text.tsx';

/** One of the worker's own difficulties on the phone: what they wrote, the street's answer, and closing it. */
export function OwnDifficultyCard({ d }: { d: Difficulty }) {
  const { t, errorText } = useI18n();
  const { message, modal } = App.useApp();
  const text = useIncentivesText();
  const close = useCloseDifficulty();

  const confirmClose = () =>
    modal.confirm({
      title: t('care.myCloseConfirm'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      centered: true,
      onOk: () =>
        close.mutateAsync(d.id).then(
          () => void message.success(t('care.closedDone')),
          (err: unknown) => void message.error(errorText(err)),
        ),
    });

  return (
    <Card size="small" data-testid="own-difficulty" styles={{ body: { padding: 16 } }}>
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
          <Tag style={{ fontSize: 14, padding: '2px 8px' }}>{text.category(d.category)}</Tag>
          <DifficultyStatusTags status={d.status} overdue={d.overdue} />
        </div>
        <Typography.Paragraph style={{ margin: 0, fontSize: 16, whiteSpace: 'pre-wrap' }}>{d.content}</Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {formatDateTime(d.submittedAt)}
          {d.status === '待答复' ? ` · ${t('care.myDue', { date: d.dueOn })}` : ''}
        </Typography.Text>
        {d.answer ? (
          <div style={{ background: '#f0f6ff', borderRadius: 8, padding: 12 }} data-testid="own-answer">
            <Typography.Text strong>{t('care.myAnswer')}</Typography.Text>
            <Typography.Paragraph style={{ margin: '4px 0', fontSize: 16, whiteSpace: 'pre-wrap' }}>{d.answer}</Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {d.answeredBy} {formatDateTime(d.answeredAt)}
            </Typography.Text>
          </div>
        ) : d.status === '待答复' ? (
          <Typography.Text type="secondary">{t('care.myWaiting')}</Typography.Text>
        ) : null}
        {d.status === '已答复' ? (
          <Button block size="large" icon={<CheckOutlined />} onClick={confirmClose} loading={close.isPending} style={{ height: 48, fontSize: 16 }} data-testid="own-close">
            {t('care.myClose')}
          </Button>
        ) : null}
      </Space>
    </Card>
  );
}
