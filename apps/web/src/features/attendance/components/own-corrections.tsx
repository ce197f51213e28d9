import { Card, List, Tag, Typography } from 'antd';
import type { Correction } from '@cwp/contracts/attendance.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../../i18n/messages-zh.ts';

const COLOR = { pending: 'processing', approved: 'green', rejected: 'red', cancelled: 'default' } as const;

/** The worker's 补卡 requests of the month and where each stands (the server words the pending step). */
export function OwnCorrections({ items }: { items: Correction[] }) {
  const { t } = useI18n();
  if (!items.length) return null;
  return (
    <Card title={t('att.myCorrections')} size="small" data-testid="own-corrections">
      <List
        dataSource={items}
        rowKey="requestId"
        renderItem={(c) => (
          <List.Item>
            <div style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
              <span>
                {c.workDate} {t(c.kind === 'in' ? 'att.checkIn' : 'att.checkOut')} {c.clockTime} <Tag color={COLOR[c.request.status]}>{t(`att.req.${c.request.status}` as MessageKey)}</Tag>
              </span>
              <Typography.Text type="secondary">{c.request.status === 'pending' || c.request.status === 'rejected' ? c.request.standing : c.reason}</Typography.Text>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
