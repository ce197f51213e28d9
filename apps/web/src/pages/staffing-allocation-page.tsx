import { useEffect, useState } from 'react';
import { Alert, Card, Result, Segmented, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { allocationPlanInput, type AllocationPlanInput } from '@cwp/contracts/staffing.contract';
import { levelOfCode } from '@cwp/domain/division-code';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useOrgUnit } from '../features/org/api/get-org-unit.ts';
import { useAllocationPlan } from '../features/staffing/api/plan-allocation.ts';
import { AllocationMovesTable, type AllocationMove } from '../features/staffing/components/allocation-moves-table.tsx';
import { AllocationPlanTable } from '../features/staffing/components/allocation-plan-table.tsx';
import { allocationMoveReason } from '../features/staffing/components/staffing-text.ts';
import { MoveWorkersModal, type WorkerMove } from '../features/workers/components/move-workers-modal.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

type Basis = NonNullable<AllocationPlanInput['basis']>;
const BASES: Basis[] = ['households', 'urbanPopulation', 'headcount'];
// The plan distributes the street's full-time staff only; committee members are elected, not assigned.
const FULL_TIME = '社区专职工作人员';

/** Waits until typing pauses, so each keystroke in a factor box does not recompute the plan. */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

/** 街道统筹调配 (A3.2): suggested distribution of a street's full-time staff, and carrying out the moves. */
export default function StaffingAllocationPage() {
  const me = useCurrentUser();
  const { t, errorText } = useI18n();
  const qc = useQueryClient();
  const { orgCode } = useCurrentOrg();
  const isStreet = levelOfCode(orgCode) === 'street';
  const street = useOrgUnit(isStreet ? orgCode : undefined);
  const [basis, setBasis] = useState<Basis>('households');
  const [factors, setFactors] = useState<Record<string, number>>({});
  const [move, setMove] = useState<WorkerMove | null>(null);
  const debounced = useDebounced(factors, 400);

  // Factors belong to the communities of one street.
  useEffect(() => setFactors({}), [orgCode]);

  // Checked against the contract before sending: a half-typed factor keeps the last valid plan.
  const parsed = allocationPlanInput.safeParse({ basis, workloadFactors: debounced });
  const input: AllocationPlanInput = parsed.success ? parsed.data : { basis };
  const plan = useAllocationPlan(orgCode, input, isStreet);

  if (!isStreet) return <Result status="info" title={t('allocation.pickStreet')} />;

  const setFactor = (code: string, f: number | null) =>
    setFactors((prev) => {
      const next = { ...prev };
      if (f === null) delete next[code];
      else next[code] = f;
      return next;
    });

  const execute = (m: AllocationMove) =>
    setMove({ fromCode: m.from, fromName: m.fromName, toCode: m.to, toName: m.toName, count: m.count, category: FULL_TIME, reason: allocationMoveReason(m.fromName, m.toName) });

  // Transfers change headcounts everywhere above the two communities.
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['staffing'] });
    void qc.invalidateQueries({ queryKey: ['stats'] });
    void qc.invalidateQueries({ queryKey: ['org-unit'] });
  };

  const unknownWeights = basis !== 'headcount' && (plan.data?.communities ?? []).some((c) => c.weight === null);
  const canMove = hasPermission(me, 'workers:write');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <span data-testid="allocation-street">{street.data?.name ?? orgCode}</span>
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {t('menu.allocation')}
            </Typography.Text>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t('allocation.intro', { total: plan.data?.total ?? '—' })}</Typography.Paragraph>
        <Space wrap>
          <Typography.Text>{t('allocation.basis')}</Typography.Text>
          <Segmented<Basis>
            value={basis}
            onChange={setBasis}
            options={BASES.map((b) => ({ value: b, label: t(`allocation.basis.${b}`) }))}
            data-testid="allocation-basis"
          />
        </Space>
        {unknownWeights ? <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('allocation.weightUnknownNote')} /> : null}
        {!parsed.success ? <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('allocation.factorRange')} /> : null}
        {plan.isError ? <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorText(plan.error)} /> : null}
      </Card>
      <Card size="small" title={t('allocation.plan')}>
        <AllocationPlanTable plan={plan.data} loading={plan.isFetching} factors={factors} onFactorChange={setFactor} />
      </Card>
      <Card size="small" title={t('allocation.moves')} extra={canMove ? null : <Typography.Text type="secondary">{t('allocation.adviceOnly')}</Typography.Text>}>
        <AllocationMovesTable moves={plan.data?.moves ?? []} loading={plan.isFetching} onExecute={canMove ? execute : undefined} />
      </Card>
      <MoveWorkersModal move={move} onClose={() => setMove(null)} onDone={refresh} />
    </Space>
  );
}
