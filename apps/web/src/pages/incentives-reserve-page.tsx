import { useState } from 'react';
import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { levelOfCode } from '@cwp/domain/division-code';
import { RESERVE_POSTS, RESERVE_STATUSES, type ReserveCandidate } from '@cwp/contracts/incentives.contract';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { OrgTreeSelect } from '../features/org/components/org-tree-select.tsx';
import { useReserve, type ReservePost, type ReserveStatus } from '../features/incentives/api/reserve.ts';
import { ChooseUnitAlert, useIncentivesText } from '../features/incentives/components/incentives-text.tsx';
import { NominateModal } from '../features/incentives/components/nominate-modal.tsx';
import { ReserveDrawer } from '../features/incentives/components/reserve-drawer.tsx';
import { ReserveSummary } from '../features/incentives/components/reserve-summary.tsx';
import { ReserveTable } from '../features/incentives/components/reserve-table.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** 后备人才库 (A2.2): candidates for community secretary and 两委 posts under the working unit, with their cultivation. */
export default function IncentivesReservePage() {
  const { t, errorText } = useI18n();
  const text = useIncentivesText();
  const { orgCode } = useCurrentOrg();
  const canWrite = hasPermission(useCurrentUser(), 'incentives:write');
  const [status, setStatus] = useState<ReserveStatus | undefined>();
  const [targetPost, setTargetPost] = useState<ReservePost | undefined>();
  const list = useReserve({ org: orgCode, status, targetPost });
  const [openId, setOpenId] = useState<number | null>(null);
  // A fresh modal (key) per opening so the form starts from the working unit each time.
  const [nominating, setNominating] = useState(false);
  const [session, setSession] = useState(0);

  // The drawer follows the listed copy, so a refetch after an edit or a conflict shows the current version.
  const open: ReserveCandidate | null = (openId !== null && list.data?.items.find((c) => c.id === openId)) || null;
  const hasUnit = orgCode.length >= 2;

  return (
    <Card
      size="small"
      title={t('incentives.reserveTitle')}
      extra={
        canWrite && hasUnit ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setSession((n) => n + 1);
              setNominating(true);
            }}
            data-testid="reserve-nominate"
          >
            {t('incentives.nominate')}
          </Button>
        ) : null
      }
      data-testid="reserve-page"
    >
      <Typography.Paragraph type="secondary">{t('incentives.reserveIntro')}</Typography.Paragraph>
      {hasUnit ? null : <ChooseUnitAlert />}
      <ReserveSummary summary={list.data?.summary} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<ReserveStatus>
          allowClear
          placeholder={t('incentives.allStatuses')}
          aria-label={t('incentives.status')}
          value={status}
          onChange={setStatus}
          options={RESERVE_STATUSES.map((s) => ({ value: s, label: text.reserveStatus(s) }))}
          style={{ width: 160 }}
        />
        <Select<ReservePost>
          allowClear
          placeholder={t('incentives.allPosts')}
          aria-label={t('incentives.targetPost')}
          value={targetPost}
          onChange={setTargetPost}
          options={RESERVE_POSTS.map((p) => ({ value: p, label: text.post(p) }))}
          style={{ width: 220 }}
        />
      </Space>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 16 }} /> : null}
      <ReserveTable items={list.data?.items ?? []} loading={list.isFetching} onOpen={(c) => setOpenId(c.id)} />
      <ReserveDrawer candidate={open} canWrite={canWrite} onClose={() => setOpenId(null)} onReload={() => void list.refetch()} />
      {canWrite && hasUnit ? (
        <NominateModal
          key={session}
          open={nominating}
          org={orgCode}
          defaultCommunity={levelOfCode(orgCode) === 'community' ? orgCode : undefined}
          communityPicker={<OrgTreeSelect rootCode={orgCode} selectableLevels={['community']} placeholder={t('incentives.pickCommunity')} style={{ width: '100%' }} data-testid="nominate-community" />}
          onClose={() => setNominating(false)}
        />
      ) : null}
    </Card>
  );
}
