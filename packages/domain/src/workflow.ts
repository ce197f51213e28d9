// One approval mechanism for leave, secondment, matter-access changes, quota changes, exits and reports
// (issue 7; A9.2, A17.1, A17.3): a workflow is data — ordered steps, each naming the role and the level of
// the unit that approves it, resolved from the subject's division code ("the street administrator of the
// worker's street", "the county social-work department"). Every step is recorded; a step past its due
// date is overdue. Pure: the API stores the state and calls `act`.
import { addDaysIso } from './dates.ts';

export const APPROVER_LEVELS = { province: 2, city: 4, county: 6, street: 9, community: 12 } as const;
export type ApproverLevel = keyof typeof APPROVER_LEVELS;

export interface WorkflowStep {
  key: string;
  name: string;
  /** Role of the approver (e.g. street_admin, swb_admin). */
  role: string;
  /** Level of the approver's unit above the subject: the unit is the subject code's prefix of this length. */
  level: ApproverLevel;
  dueDays: number;
}

export interface WorkflowDefinition {
  key: string;
  name: string;
  steps: readonly WorkflowStep[];
  /** The requester may withdraw while a decision is pending. */
  cancellable: boolean;
}

export type RequestStatus = 'pending' | 'approved' | 'rejected' | 'cancelled';
export type WorkflowAction = 'approve' | 'reject' | 'cancel';

export interface StepRecord {
  step: string | null;
  action: WorkflowAction | 'submit';
  by: string;
  at: string;
  comment: string;
}

export interface RequestState {
  status: RequestStatus;
  /** Index of the pending step; equals steps.length once approved. */
  stepIndex: number;
  /** When the current step began (ISO date), for its due date. */
  stepSince: string;
  records: StepRecord[];
}

export interface WorkflowActor {
  id: number;
  name: string;
  role: string;
  scopeCode: string;
}

/** The unit that must decide a step for a subject (a worker's or a community's 12-digit code). */
export function approverUnit(step: WorkflowStep, subjectCode: string): string {
  const len = APPROVER_LEVELS[step.level];
  if (subjectCode.length < len) throw new RangeError(`subject ${subjectCode} is above the ${step.level} level`);
  return subjectCode.slice(0, len);
}

export function submit(def: WorkflowDefinition, by: WorkflowActor, on: string, comment = ''): RequestState {
  if (def.steps.length === 0) throw new RangeError(`workflow ${def.key} has no steps`);
  return { status: 'pending', stepIndex: 0, stepSince: on, records: [{ step: null, action: 'submit', by: by.name, at: on, comment }] };
}

export type ActOutcome = { ok: true; state: RequestState } | { ok: false; code: 'closed' | 'reason_required' | 'not_allowed'; reason: string; reasonEn: string };

/** Who may take an action now: the requester to cancel; the pending step's approver (exact unit and role) otherwise. */
export function mayAct(def: WorkflowDefinition, state: RequestState, actor: WorkflowActor, action: WorkflowAction, subjectCode: string, requesterId: number): boolean {
  if (state.status !== 'pending') return false;
  if (action === 'cancel') return def.cancellable && actor.id === requesterId;
  const step = def.steps[state.stepIndex]!;
  return actor.role === step.role && actor.scopeCode === approverUnit(step, subjectCode);
}

export function act(
  def: WorkflowDefinition,
  state: RequestState,
  input: { actor: WorkflowActor; action: WorkflowAction; on: string; comment?: string; subjectCode: string; requesterId: number },
): ActOutcome {
  if (state.status !== 'pending') return { ok: false, code: 'closed', reason: '该申请已办结，不能再操作', reasonEn: 'This request is closed' };
  if (input.action === 'reject' && !input.comment?.trim()) return { ok: false, code: 'reason_required', reason: '不同意时请填写理由', reasonEn: 'Give a reason when rejecting' };
  if (!mayAct(def, state, input.actor, input.action, input.subjectCode, input.requesterId)) {
    return input.action === 'cancel'
      ? { ok: false, code: 'not_allowed', reason: def.cancellable ? '只有申请人可以撤回' : '该类申请不能撤回', reasonEn: def.cancellable ? 'Only the requester can withdraw it' : 'This kind of request cannot be withdrawn' }
      : { ok: false, code: 'not_allowed', reason: `当前环节“${def.steps[state.stepIndex]!.name}”不由您审批`, reasonEn: 'You are not the approver of the current step' };
  }
  const step = def.steps[state.stepIndex]!;
  const records = [...state.records, { step: input.action === 'cancel' ? null : step.key, action: input.action, by: input.actor.name, at: input.on, comment: input.comment?.trim() ?? '' }];
  if (input.action === 'cancel') return { ok: true, state: { ...state, status: 'cancelled', records } };
  if (input.action === 'reject') return { ok: true, state: { ...state, status: 'rejected', records } };
  const next = state.stepIndex + 1;
  return { ok: true, state: { status: next === def.steps.length ? 'approved' : 'pending', stepIndex: next, stepSince: input.on, records } };
}

/** The pending step's due date, or null once the request is closed. */
export function dueOn(def: WorkflowDefinition, state: RequestState): string | null {
  if (state.status !== 'pending') return null;
  return addDaysIso(state.stepSince, def.steps[state.stepIndex]!.dueDays);
}

export function isOverdue(def: WorkflowDefinition, state: RequestState, today: string): boolean {
  const due = dueOn(def, state);
  return due !== null && today > due;
}

/** Where a request stands, in words the requester reads. */
export function describe(def: WorkflowDefinition, state: RequestState, subjectCode: string): string {
  if (state.status === 'approved') return '已同意';
  if (state.status === 'rejected') return `未同意（${state.records.at(-1)!.comment}）`;
  if (state.status === 'cancelled') return '已撤回';
  const step = def.steps[state.stepIndex]!;
  return `待${step.name}（第 ${state.stepIndex + 1}/${def.steps.length} 步，审批单位 ${approverUnit(step, subjectCode)}，${dueOn(def, state)} 前）`;
}
