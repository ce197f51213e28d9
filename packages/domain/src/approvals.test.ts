import { describe, expect, it } from 'vitest';
import { ceilingChangeWorkflow, EXIT_REQUEST_WORKFLOW } from './approvals.ts';
import { act, approverUnit, mayAct, submit } from './workflow.ts';

const requester = { id: 1, name: '东湖社区书记', role: 'community_secretary', scopeCode: '370902001001' };

describe('approvals of exits and ceilings', () => {
  it('A9.3 an exit proposed in a community is decided by the street administrator of its street, nobody else', () => {
    const state = submit(EXIT_REQUEST_WORKFLOW, requester, '2026-11-02');
    const subject = '370902001001';
    expect(approverUnit(EXIT_REQUEST_WORKFLOW.steps[0]!, subject)).toBe('370902001');
    expect(mayAct(EXIT_REQUEST_WORKFLOW, state, { id: 2, name: '岱庙街道', role: 'street_admin', scopeCode: '370902001' }, 'approve', subject, 1)).toBe(true);
    expect(mayAct(EXIT_REQUEST_WORKFLOW, state, { id: 3, name: '财源街道', role: 'street_admin', scopeCode: '370902002' }, 'approve', subject, 1)).toBe(false);
    expect(mayAct(EXIT_REQUEST_WORKFLOW, state, { id: 4, name: '泰山区', role: 'swb_admin', scopeCode: '370902' }, 'approve', subject, 1)).toBe(false);
    const done = act(EXIT_REQUEST_WORKFLOW, state, { actor: { id: 2, name: '岱庙街道', role: 'street_admin', scopeCode: '370902001' }, action: 'approve', on: '2026-11-03', subjectCode: subject, requesterId: 1 });
    expect(done.ok && done.state.status).toBe('approved');
  });

  it('A3.1 a county ceiling goes to its city, a city ceiling to its province; a street has none', () => {
    const county = ceilingChangeWorkflow('370902');
    expect(approverUnit(county.steps[0]!, '370902')).toBe('3709');
    expect(county.steps[0]!.role).toBe('swb_admin');
    const city = ceilingChangeWorkflow('3709');
    expect(approverUnit(city.steps[0]!, '3709')).toBe('37');
    expect(() => ceilingChangeWorkflow('370902001')).toThrow(RangeError);
  });
});
