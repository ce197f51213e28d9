// Approval definitions of kinds that change the register or the quotas (issue 7): an exit proposed by the
// community goes to its street (A9.3); a county's or city's new 总量控制 ceiling goes to the level above it,
// since a ceiling that bounds a unit cannot be raised by that unit alone (A3.1).
import type { WorkflowDefinition } from './workflow.ts';

export const EXIT_REQUEST_WORKFLOW: WorkflowDefinition = {
  key: 'worker_exit',
  name: '人员退出',
  steps: [{ key: 'street', name: '街道审批', role: 'street_admin', level: 'street', dueDays: 10 }],
  cancellable: true,
};

/** A ceiling of a county (6 digits) is approved by its city, a city's (4) by its province. */
export function ceilingChangeWorkflow(unitCode: string): WorkflowDefinition {
  if (unitCode.length === 6) {
    return { key: 'ceiling_change', name: '调整总量控制数', steps: [{ key: 'city_swb', name: '市委社会工作部审批', role: 'swb_admin', level: 'city', dueDays: 15 }], cancellable: true };
  }
  if (unitCode.length === 4) {
    return { key: 'ceiling_change', name: '调整总量控制数', steps: [{ key: 'province_swb', name: '省委社会工作部审批', role: 'swb_admin', level: 'province', dueDays: 15 }], cancellable: true };
  }
  throw new RangeError(`ceilings belong to cities and counties, not unit ${unitCode}`);
}
