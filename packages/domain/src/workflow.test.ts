import { describe as group, expect, it } from 'vitest';
import { act, approverUnit, describe, isOverdue, mayAct, submit, type WorkflowDefinition } from './workflow.ts';

// A street's request to second a worker needs the street's own approval, then the county's (A17.3).
const secondment: WorkflowDefinition = {
  key: 'secondment',
  name: '借调申请',
  cancellable: true,
  steps: [
    { key: 'street', name: '街道审核', role: 'street_admin', level: 'street', dueDays: 3 },
    { key: 'county', name: '县级社会工作部门审批', role: 'swb_admin', level: 'county', dueDays: 5 },
  ],
};
const worker = '370902001001';
const clerk = { id: 1, name: '社区书记', role: 'community_secretary', scopeCode: '370902001001' };
const street = { id: 2, name: '岱庙街道', role: 'street_admin', scopeCode: '370902001' };
const otherStreet = { id: 3, name: '财源街道', role: 'street_admin', scopeCode: '370902002' };
const county = { id: 4, name: '泰山区', role: 'swb_admin', scopeCode: '370902' };
const city = { id: 5, name: '泰安市', role: 'swb_admin', scopeCode: '3709' };

group('approval workflows (A9.2, A17.3)', () => {
  it('A17.3 approvers are resolved from the subject’s code: the worker’s street, then the worker’s county', () => {
    expect(secondment.steps.map((s) => approverUnit(s, worker))).toEqual(['370902001', '370902']);
  });

  it('A17.3 two-level approval: street then county; each step recorded; the requester sees where it stands', () => {
    let s = submit(secondment, clerk, '2026-11-01', '借调至区民政局两周');
    expect(describe(secondment, s, worker)).toBe('待街道审核（第 1/2 步，审批单位 370902001，2026-11-04 前）');
    const a = act(secondment, s, { actor: street, action: 'approve', on: '2026-11-02', subjectCode: worker, requesterId: clerk.id });
    expect(a.ok).toBe(true);
    s = (a as { state: typeof s }).state;
    expect(describe(secondment, s, worker)).toBe('待县级社会工作部门审批（第 2/2 步，审批单位 370902，2026-11-07 前）');
    s = (act(secondment, s, { actor: county, action: 'approve', on: '2026-11-03', subjectCode: worker, requesterId: clerk.id }) as { state: typeof s }).state;
    expect(s.status).toBe('approved');
    expect(s.records.map((r) => `${r.action}:${r.by}`)).toEqual(['submit:社区书记', 'approve:岱庙街道', 'approve:泰山区']);
  });

  it('A17.3 nobody outside the approver unit may act: another street, a higher level, the wrong role', () => {
    const s = submit(secondment, clerk, '2026-11-01');
    expect(mayAct(secondment, s, otherStreet, 'approve', worker, clerk.id)).toBe(false);
    expect(mayAct(secondment, s, county, 'approve', worker, clerk.id)).toBe(false);
    expect(mayAct(secondment, s, city, 'approve', worker, clerk.id)).toBe(false);
    const refused = act(secondment, s, { actor: otherStreet, action: 'approve', on: '2026-11-02', subjectCode: worker, requesterId: clerk.id });
    expect(refused).toEqual({ ok: false, code: 'not_allowed', reason: '当前环节“街道审核”不由您审批', reasonEn: 'You are not the approver of the current step' });
  });

  it('A9.2 a rejection needs a reason and closes the request; a closed request takes no more actions', () => {
    const s = submit(secondment, clerk, '2026-11-01');
    expect(act(secondment, s, { actor: street, action: 'reject', on: '2026-11-02', subjectCode: worker, requesterId: clerk.id }).ok).toBe(false);
    const r = act(secondment, s, { actor: street, action: 'reject', on: '2026-11-02', comment: '社区人手不足', subjectCode: worker, requesterId: clerk.id });
    const closed = (r as { state: typeof s }).state;
    expect(describe(secondment, closed, worker)).toBe('未同意（社区人手不足）');
    expect(act(secondment, closed, { actor: county, action: 'approve', on: '2026-11-03', subjectCode: worker, requesterId: clerk.id }).ok).toBe(false);
  });

  it('A9.2 only the requester withdraws, and only while pending', () => {
    const s = submit(secondment, clerk, '2026-11-01');
    expect(act(secondment, s, { actor: street, action: 'cancel', on: '2026-11-02', subjectCode: worker, requesterId: clerk.id }).ok).toBe(false);
    const c = act(secondment, s, { actor: clerk, action: 'cancel', on: '2026-11-02', subjectCode: worker, requesterId: clerk.id });
    expect((c as { state: typeof s }).state.status).toBe('cancelled');
  });

  it('A9.2 a step past its due date is overdue; the next step gets its own deadline', () => {
    const s = submit(secondment, clerk, '2026-11-01');
    expect(isOverdue(secondment, s, '2026-11-04')).toBe(false);
    expect(isOverdue(secondment, s, '2026-11-05')).toBe(true);
    const next = (act(secondment, s, { actor: street, action: 'approve', on: '2026-11-05', subjectCode: worker, requesterId: clerk.id }) as { state: typeof s }).state;
    expect(isOverdue(secondment, next, '2026-11-09')).toBe(false);
    expect(isOverdue(secondment, next, '2026-11-11')).toBe(true);
  });
});
