// The work ledgers (工作台账, A9.1): home visits, pairing assistance, proxy services and the first-inquiry
// register. A worker records their own entries from the phone; the community secretary or the street
// (daily:manage) records on a worker's behalf and sees the ledgers under their unit. No entry is dated in
// the future. Each row keeps the worker's community at the time, so scope follows the community.
import { msg } from '@cwp/contracts/messages';
import type { AssistancePair, FirstInquiry, FirstInquiryInput, HouseholdVisit, HouseholdVisitInput, LedgerQuery, PairInput, ProxyService, ProxyServiceInput } from '@cwp/contracts/work-logs.contract';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { maskPhone, validatePhone } from '@cwp/domain/phone';
import { canMoveProxy, pairActiveDuring, proxyDueOn, proxyOverdue, PROXY_DUE_DAYS, type PairType, type ProxyCategory, type ProxyStatus, type VisitCategory } from '@cwp/domain/work-logs';
import type { Db } from '../../db/database.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess as audit } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import { findWorkerInScope } from '../workers/workers.queries.ts';
import { currentAssignmentOf } from './grids.queries.ts';
import * as q from './ledger.queries.ts';

const own = (actor: Actor, workerId: number) => actor.role === 'worker' && actor.workerId === workerId;

/** What a caller may see: their scope, and for a worker their own rows only. */
export function seenBy(actor: Actor): q.LedgerFilter {
  return { scopeCode: actor.scopeCode, ...(actor.role === 'worker' ? { ownWorkerId: actor.workerId ?? -1 } : {}) };
}

function invalid(path: string, zh: string, en: string): AppError {
  const m = msg(zh, en);
  return new AppError('VALIDATION_FAILED', m, [{ path, message: m }]);
}

function notFuture(path: string, day: string) {
  if (day > todayIso()) throw invalid(path, '日期不能晚于今天', 'The date cannot be in the future');
}

/** The worker an entry is written for: the caller themself, or (daily:manage) a worker in post in scope. */
async function entryWorker(db: Db, actor: Actor, workerId: number) {
  if (!own(actor, workerId) && !actor.permissions.includes('daily:manage')) {
    throw new AppError('FORBIDDEN', msg('只能为本人或本辖区人员登记工作台账', 'You can only record work for yourself or a worker in your area'));
  }
  const found = await findWorkerInScope(db, actor, workerId);
  if (!found || found.worker.status === '已退出') throw notFound();
  return found.worker;
}

/** The caller may change an entry: its worker, or daily:manage in scope (the lookup already applied scope). */
function mayChange(actor: Actor, workerId: number) {
  if (!own(actor, workerId) && !actor.permissions.includes('daily:manage')) throw new AppError('FORBIDDEN', msg('您的角色无权进行此操作', 'Your role does not allow this'));
}

const paging = (p: { page: number; pageSize: number }) => ({ limit: p.pageSize, offset: (p.page - 1) * p.pageSize });
/** The list filter of a unit the caller can see; a unit outside the scope is a 404 like a missing one. */
async function listFilter(db: Db, actor: Actor, query: LedgerQuery): Promise<q.LedgerFilter> {
  if (!(await findUnitInScope(db, query.org, actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  return { ...seenBy(actor), org: query.org, workerId: query.workerId, from: query.from, to: query.to };
}

// ── 上门走访 ──
export const presentVisit = (x: q.VisitRow): HouseholdVisit => ({
  id: x.v.id,
  workerId: x.v.workerId,
  workerName: x.workerName,
  communityName: x.communityName,
  recordedBy: x.v.recordedBy,
  gridName: x.gridName,
  pairId: x.v.pairId,
  address: x.v.address,
  residentName: x.v.residentName,
  residentPhone: x.v.residentPhoneMasked,
  visitedOn: x.v.visitedOn,
  category: x.v.category as VisitCategory,
  notes: x.v.notes,
  followUp: x.v.followUp,
});

export async function recordVisit(opts: { db: Db; actor: Actor; input: HouseholdVisitInput }): Promise<HouseholdVisit> {
  const { db, actor, input } = opts;
  const w = await entryWorker(db, actor, input.workerId);
  notFuture('visitedOn', input.visitedOn);
  let phone: string | null = null;
  if (input.residentPhone) {
    if (!validatePhone(input.residentPhone).ok) throw invalid('residentPhone', '请填写 11 位手机号码，或带区号的固定电话（如 0538-1234567）', 'Enter an 11-digit mobile number or a landline with area code (e.g. 0538-1234567)');
    phone = maskPhone(input.residentPhone);
  }
  if (input.pairId) {
    // A visit counts for a pair only when it is that worker's pair and the pair ran on the day.
    const [p] = (await q.listPairs(db, { ...seenBy(actor), id: input.pairId })).items;
    if (!p || p.p.workerId !== w.id || !pairActiveDuring(p.p, input.visitedOn, input.visitedOn)) throw invalid('pairId', '所选帮扶对象不是该工作者当日结对的对象', 'That pair is not this worker’s on the day of the visit');
  }
  const grid = await currentAssignmentOf(db, w.id);
  const id = await db.transaction(async (tx) => {
    const row = await q.insertVisit(tx, {
      communityCode: w.communityCode,
      workerId: w.id,
      gridId: grid?.a.gridId ?? null,
      pairId: input.pairId,
      address: input.address,
      residentName: input.residentName || null,
      residentPhoneMasked: phone,
      visitedOn: input.visitedOn,
      category: input.category,
      notes: input.notes,
      followUp: input.followUp,
      recordedBy: actor.displayName,
    });
    await audit(tx, actor, 'household_visit_record', 'worker', w.id, { id: row.id, category: input.category });
    return row.id;
  });
  return presentVisit((await q.listVisits(db, { scopeCode: actor.scopeCode, id })).items[0]!);
}

export async function listVisits(opts: { db: Db; actor: Actor; query: LedgerQuery }) {
  const r = await q.listVisits(opts.db, await listFilter(opts.db, opts.actor, opts.query), paging(opts.query));
  return { total: r.total, items: r.items.map(presentVisit) };
}

// ── 结对帮扶 ──
export const presentPair = (x: q.PairRow): AssistancePair => ({
  id: x.p.id,
  workerId: x.p.workerId,
  workerName: x.workerName,
  communityName: x.communityName,
  recordedBy: x.p.recordedBy,
  personName: x.p.personName,
  address: x.p.address,
  needType: x.p.needType as PairType,
  startedOn: x.p.startedOn,
  endedOn: x.p.endedOn,
  notes: x.p.notes,
  visits: Number(x.visits ?? 0),
  lastVisitOn: x.lastVisitOn ?? null,
});

async function pairInScope(db: Db, actor: Actor, id: number) {
  const [p] = (await q.listPairs(db, { ...seenBy(actor), id })).items;
  if (!p) throw notFound();
  return p;
}

export async function createPair(opts: { db: Db; actor: Actor; input: PairInput }): Promise<AssistancePair> {
  const { db, actor, input } = opts;
  const w = await entryWorker(db, actor, input.workerId);
  notFuture('startedOn', input.startedOn);
  const id = await db.transaction(async (tx) => {
    const row = await q.insertPair(tx, { ...input, communityCode: w.communityCode, recordedBy: actor.displayName });
    await audit(tx, actor, 'assistance_pair_create', 'worker', w.id, { id: row.id, needType: input.needType });
    return row.id;
  });
  return presentPair(await pairInScope(db, actor, id));
}

export async function endPair(opts: { db: Db; actor: Actor; id: number; endedOn: string }): Promise<AssistancePair> {
  const { db, actor, id, endedOn } = opts;
  const p = await pairInScope(db, actor, id);
  mayChange(actor, p.p.workerId);
  notFuture('endedOn', endedOn);
  if (endedOn < p.p.startedOn) throw invalid('endedOn', '结束日期不能早于结对开始日期', 'The end is before the pairing started');
  await db.transaction(async (tx) => {
    if (!(await q.endPair(tx, id, endedOn))) throw new AppError('INVALID_STATE', msg('该结对已结束', 'This pairing has already ended'));
    await audit(tx, actor, 'assistance_pair_end', 'worker', p.p.workerId, { id, endedOn });
  });
  return presentPair(await pairInScope(db, actor, id));
}

export async function listPairs(opts: { db: Db; actor: Actor; query: LedgerQuery }) {
  const r = await q.listPairs(opts.db, await listFilter(opts.db, opts.actor, opts.query), paging(opts.query));
  return { total: r.total, items: r.items.map(presentPair) };
}

// ── 代办服务 ──
export function presentProxy(x: q.ProxyRow, today: string): ProxyService {
  const s = x.s;
  return {
    id: s.id,
    workerId: s.workerId,
    workerName: x.workerName,
    communityName: x.communityName,
    recordedBy: s.recordedBy,
    category: s.category as ProxyCategory,
    matter: s.matter,
    requesterName: s.requesterName,
    requesterAddress: s.requesterAddress,
    acceptedOn: s.acceptedOn,
    status: s.status as ProxyStatus,
    completedOn: s.completedOn,
    outcome: s.outcome,
    dueOn: proxyDueOn(s.acceptedOn),
    overdue: proxyOverdue({ status: s.status as ProxyStatus, acceptedOn: s.acceptedOn }, today),
  };
}

async function proxyInScope(db: Db, actor: Actor, id: number) {
  const [s] = (await q.listProxies(db, { ...seenBy(actor), id })).items;
  if (!s) throw notFound(msg('该代办事项不存在或不在您的数据范围内', 'This proxy service does not exist or is outside your data scope'));
  return s;
}

export async function acceptProxy(opts: { db: Db; actor: Actor; input: ProxyServiceInput }): Promise<ProxyService> {
  const { db, actor, input } = opts;
  const w = await entryWorker(db, actor, input.workerId);
  notFuture('acceptedOn', input.acceptedOn);
  const id = await db.transaction(async (tx) => {
    const row = await q.insertProxy(tx, { ...input, requesterName: input.requesterName || null, communityCode: w.communityCode, status: '受理', recordedBy: actor.displayName });
    await audit(tx, actor, 'proxy_service_accept', 'worker', w.id, { id: row.id, category: input.category });
    return row.id;
  });
  return presentProxy(await proxyInScope(db, actor, id), todayIso());
}

/** 受理 → 办理中 → 办结 / 退回; a finished matter never reopens. */
export async function moveProxy(opts: { db: Db; actor: Actor; id: number; input: { status: '办理中' | '办结' | '退回'; on: string; outcome: string } }): Promise<ProxyService> {
  const { db, actor, id, input } = opts;
  const s = await proxyInScope(db, actor, id);
  mayChange(actor, s.s.workerId);
  const from = s.s.status as ProxyStatus;
  if (!canMoveProxy(from, input.status)) throw new AppError('INVALID_STATE', msg('代办事项只能按 受理 → 办理中 → 办结/退回 推进，已办结或退回的不能再改', 'A proxy service moves 受理 → 办理中 → 办结/退回 only; a finished one cannot change'));
  const finishing = input.status !== '办理中';
  if (finishing) {
    notFuture('on', input.on);
    if (input.on < s.s.acceptedOn) throw invalid('on', '办结日期不能早于受理日期', 'The completion date is before the acceptance date');
    if (input.status === '退回' && !input.outcome) throw invalid('outcome', '退回须写明原因', 'Give the reason for returning it');
  }
  await db.transaction(async (tx) => {
    const moved = await q.moveProxy(tx, id, from, { status: input.status, completedOn: finishing ? input.on : null, outcome: input.outcome || s.s.outcome });
    if (!moved) throw new AppError('INVALID_STATE', msg('该代办事项已被他人更新，请刷新后重试', 'Someone else has just updated this proxy service; reload and try again'));
    await audit(tx, actor, 'proxy_service_move', 'worker', s.s.workerId, { id, from, to: input.status });
  });
  return presentProxy(await proxyInScope(db, actor, id), todayIso());
}

export async function listProxies(opts: { db: Db; actor: Actor; query: LedgerQuery & { status?: ProxyStatus; overdue?: '0' | '1' } }) {
  const { query } = opts;
  const today = todayIso();
  const r = await q.listProxies(opts.db, { ...(await listFilter(opts.db, opts.actor, query)), status: query.status, overdueBefore: query.overdue === '1' ? addDaysIso(today, -PROXY_DUE_DAYS) : undefined }, paging(query));
  return { total: r.total, items: r.items.map((x) => presentProxy(x, today)) };
}

// ── 首问负责 ──
export const presentInquiry = (x: q.InquiryRow): FirstInquiry => ({
  id: x.i.id,
  workerId: x.i.workerId,
  workerName: x.workerName,
  communityName: x.communityName,
  recordedBy: x.i.recordedBy,
  receivedOn: x.i.receivedOn,
  inquirerName: x.i.inquirerName,
  matter: x.i.matter,
  resolution: x.i.resolution,
  referredTo: x.i.referredTo,
  closedOn: x.i.closedOn,
});

async function inquiryInScope(db: Db, actor: Actor, id: number) {
  const [i] = (await q.listInquiries(db, { ...seenBy(actor), id })).items;
  if (!i) throw notFound();
  return i;
}

function checkClosing(receivedOn: string, c: { closedOn: string; resolution: string; referredTo: string }) {
  notFuture('closedOn', c.closedOn);
  if (c.closedOn < receivedOn) throw invalid('closedOn', '办结日期不能早于接待日期', 'The closing date is before the inquiry was received');
  if (!c.resolution && !c.referredTo) throw invalid('resolution', '请填写办理结果或转交去向', 'Say how it was resolved or to whom it was referred');
}

export async function recordInquiry(opts: { db: Db; actor: Actor; input: FirstInquiryInput }): Promise<FirstInquiry> {
  const { db, actor, input } = opts;
  const w = await entryWorker(db, actor, input.workerId);
  notFuture('receivedOn', input.receivedOn);
  if (input.closedOn) checkClosing(input.receivedOn, { ...input, closedOn: input.closedOn });
  const id = await db.transaction(async (tx) => {
    const row = await q.insertInquiry(tx, { ...input, inquirerName: input.inquirerName || null, communityCode: w.communityCode, recordedBy: actor.displayName });
    await audit(tx, actor, 'first_inquiry_record', 'worker', w.id, { id: row.id });
    return row.id;
  });
  return presentInquiry(await inquiryInScope(db, actor, id));
}

export async function closeInquiry(opts: { db: Db; actor: Actor; id: number; input: { closedOn: string; resolution: string; referredTo: string } }): Promise<FirstInquiry> {
  const { db, actor, id, input } = opts;
  const i = await inquiryInScope(db, actor, id);
  mayChange(actor, i.i.workerId);
  checkClosing(i.i.receivedOn, input);
  await db.transaction(async (tx) => {
    if (!(await q.closeInquiry(tx, id, input))) throw new AppError('INVALID_STATE', msg('该首问登记已办结', 'This inquiry is already closed'));
    await audit(tx, actor, 'first_inquiry_close', 'worker', i.i.workerId, { id });
  });
  return presentInquiry(await inquiryInScope(db, actor, id));
}

export async function listInquiries(opts: { db: Db; actor: Actor; query: LedgerQuery & { open?: '0' | '1' } }) {
  const r = await q.listInquiries(opts.db, { ...await listFilter(opts.db, opts.actor, opts.query), openOnly: opts.query.open === '1' }, paging(opts.query));
  return { total: r.total, items: r.items.map(presentInquiry) };
}
