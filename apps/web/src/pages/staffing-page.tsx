import { useState } from 'react';
import { Alert, Button, Card, Result, Skeleton, Space, Typography } from 'antd';
import { ArrowUpOutlined, ControlOutlined, FundProjectionScreenOutlined, SettingOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useOrgUnit } from '../features/org/api/get-org-unit.ts';
import { useStaffing } from '../features/staffing/api/get-staffing.ts';
import { useStaffingChildren } from '../features/staffing/api/get-staffing-children.ts';
import { RuleHistoryTable } from '../features/staffing/components/rule-history-table.tsx';
import { SetCeilingModal } from '../features/staffing/components/set-ceiling-modal.tsx';
import { SetRuleModal } from '../features/staffing/components/set-rule-modal.tsx';
import { StaffingChildrenTable } from '../features/staffing/components/staffing-children-table.tsx';
import { StaffingSummaryCard } from '../features/staffing/components/staffing-summary-card.tsx';
import { CEILING_LEVELS, RULE_LEVELS, ruleOf } from '../features/staffing/components/staffing-text.ts';
import { ApiError } from '../lib/api-client.ts';
import { parentWithinScope, useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** 配备管理 (A3.1): standard quota vs headcount of the working node and its children, rules and ceilings. */
export default function StaffingPage() {
  const me = useCurrentUser();
  const { t, errorText } = useI18n();
  const navigate = useNavigate();
  const { orgCode, scopeCode, setOrgCode } = useCurrentOrg();
  const node = useStaffing(orgCode);
  const children = useStaffingChildren(orgCode);
  const [modal, setModal] = useState<'rule' | 'ceiling' | null>(null);
  // The summary names the ancestor a rule is inherited from; the staffing line only carries its code.
  const from = node.data?.rule.inheritedFrom ?? '';
  const ancestor = useOrgUnit(from && from !== orgCode ? from : undefined);
  const up = parentWithinScope(orgCode, scopeCode);

  if (node.isPending) return <Card><Skeleton active /></Card>;
  if (node.isError) {
    const notFound = node.error instanceof ApiError && node.error.status === 404;
    return <Result status={notFound ? '404' : 'error'} title={notFound ? t('error.notFound') : errorText(node.error)} />;
  }
  const n = node.data;
  const canWrite = hasPermission(me, 'staffing:write');
  const canRule = canWrite && RULE_LEVELS.includes(n.level);
  const canCeiling = canWrite && CEILING_LEVELS.includes(n.level);
  const ownUnit = n.code === me.scope.code;

  const actions = (
    <Space wrap>
      {up !== null ? (
        <Button icon={<ArrowUpOutlined />} onClick={() => setOrgCode(up)}>
          {t('stats.up')}
        </Button>
      ) : null}
      {n.level === 'street' ? (
        <Button icon={<FundProjectionScreenOutlined />} onClick={() => navigate('/staffing/allocation')}>
          {t('menu.allocation')}
        </Button>
      ) : null}
      {canRule ? (
        <Button icon={<SettingOutlined />} onClick={() => setModal('rule')} data-testid="set-rule">
          {t('staffing.setRule')}
        </Button>
      ) : null}
      {canCeiling ? (
        <Button icon={<ControlOutlined />} onClick={() => setModal('ceiling')} data-testid={ownUnit ? 'request-ceiling' : 'set-ceiling'}>
          {ownUnit ? t('staffing.requestCeiling') : t('staffing.setCeiling')}
        </Button>
      ) : null}
    </Space>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <StaffingSummaryCard node={n} inheritedFromName={ancestor.data?.name} actions={actions} />
      <Alert
        type="info"
        showIcon
        title={
          <span>
            {t('staffing.populationNote')}
            {hasPermission(me, 'org:read') ? <Link to="/org">{t('staffing.populationNoteLink')}</Link> : null}
          </span>
        }
      />
      {n.level !== 'community' ? (
        <Card size="small" title={t('staffing.children')} extra={<Typography.Text type="secondary">{t('stats.drillHint')}</Typography.Text>}>
          {children.isError ? <Alert type="error" showIcon title={errorText(children.error)} style={{ marginBottom: 12 }} /> : null}
          <StaffingChildrenTable rows={children.data ?? []} loading={children.isPending} onOpen={setOrgCode} />
        </Card>
      ) : null}
      {RULE_LEVELS.includes(n.level) ? (
        <Card size="small" title={t('staffing.history')}>
          <RuleHistoryTable code={n.code} />
        </Card>
      ) : null}
      {canRule ? <SetRuleModal code={n.code} name={n.name} current={ruleOf(n)} open={modal === 'rule'} onClose={() => setModal(null)} /> : null}
      {canCeiling ? (
        <SetCeilingModal code={n.code} name={n.name} current={n.ceiling} headcount={n.headcount} open={modal === 'ceiling'} onClose={() => setModal(null)} viaApproval={ownUnit} />
      ) : null}
    </Space>
  );
}
