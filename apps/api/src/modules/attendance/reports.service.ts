// 请示报告 (A9.2): a worker, or the community secretary for the community, files a 请示 (asking for a
// decision) or a 报告 (for the record) to their street; the street's administrator must answer — a decision
// for a 请示, an acknowledgement for a 报告 — within REPORT_ANSWER_WORKING_DAYS working days, after which an
// unanswered one is flagged overdue. The filer reads the answer on their phone.
import type { Report } from '@cwp/contracts/attendance.contract';
import { msg } from '@cwp/contracts/messages';
import { addWorkingDays, REPORT_ANSWER_WORKING_DAYS, REPORT_DECISIONS, reportOverdue, type ReportKind } from '@cwp/domain/attendance';
import { todayIso } from '@cwp/domain/dates';
import { and, or } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import { findWorkerInScope } from '../workers/workers.queries.ts';
import * as q from './reports.queries.ts';

const REPORT_NOT_FOUND = msg('该请示报告不存在或不在您的数据范围内', 'This request or report does not exist or is outside your data scope');

/** Only the administrator of the report's own street answers it. */
const mayAnswer = (actor: Actor, communityCode: string) => actor.role === 'street_admin' && actor.scopeCode === communityCode.slice(0, 9);

function present(x: q.ReportRow, actor: Actor, today: string): Report {
  const r = x.r;
  const answered = r.answeredAt !== null;
  return {
    id: r.id,
    kind: r.kind as ReportKind,
    communityCode: r.communityCode,
    communityName: x.communityName,
    workerId: r.workerId,
    subject: r.subject,
    body: r.body,
    filedByName: r.filedByName,
    filedOn: r.filedOn,
    dueOn: r.dueOn,
    answered,
    overdue: reportOverdue(r.dueOn, answered, today),
    decision: r.decision,
    answer: r.answer,
    answeredByName: r.answeredByName,
    answeredAt: r.answeredAt?.toISOString() ?? null,
    canAnswer: !answered && mayAnswer(actor, r.communityCode),
  };
}

/** Visible to its filer and, with daily:manage, to everyone whose scope holds its community. */
function visible(actor: Actor) {
  const filer = q.reportsFiledBy(actor.userId);
  return actor.permissions.includes('daily:manage') ? or(filer, q.reportsUnder(actor.scopeCode))! : filer;
}

export async function getReport(db: Db, actor: Actor, id: number): Promise<Report> {
  const [row] = await q.listReports(db, and(q.reportById(id), visible(actor))!, 1);
  if (!row) throw notFound(REPORT_NOT_FOUND);
  return present(row, actor, todayIso());
}

export async function fileReport(opts: { db: Db; actor: Actor; input: { kind: ReportKind; workerId?: number; communityCode?: string; subject: string; body: string } }): Promise<Report> {
  const { db, actor, input } = opts;
  let communityCode: string;
  let workerId: number | null = null;
  if (actor.role === 'worker') {
    const id = input.workerId ?? actor.workerId;
    if (!id || id !== actor.workerId) throw new AppError('FORBIDDEN', msg('只能以本人名义提交请示报告', 'You can only file in your own name'));
    const found = await findWorkerInScope(db, actor, id);
    if (!found || found.worker.status === '已退出') throw notFound();
    communityCode = found.worker.communityCode;
    workerId = id;
  } else if (actor.role === 'community_secretary' && actor.scopeCode.length === 12) {
    if (input.communityCode && input.communityCode !== actor.scopeCode) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
    communityCode = actor.scopeCode;
  } else {
    throw new AppError('FORBIDDEN', msg('请示报告由社区工作者或社区书记向街道提交', 'Requests and reports are filed by a community worker or secretary to the street'));
  }
  const today = todayIso();
  const id = await db.transaction(async (tx) => {
    const id = await q.insertReport(tx, { kind: input.kind, communityCode, workerId, subject: input.subject, body: input.body, filedByUserId: actor.userId, filedByName: actor.displayName, filedOn: today, dueOn: addWorkingDays(today, REPORT_ANSWER_WORKING_DAYS) });
    await auditSuccess(tx, actor, 'work_report_file', 'work_report', id, { kind: input.kind, communityCode });
    return id;
  });
  return getReport(db, actor, id);
}

/** The street's list: all, unanswered, or overdue (unanswered past due). */
export async function listReports(opts: { db: Db; actor: Actor; org: string; filter: 'all' | 'unanswered' | 'overdue'; kind?: ReportKind }): Promise<Report[]> {
  const { db, actor } = opts;
  if (!(await findUnitInScope(db, opts.org, actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  const today = todayIso();
  const where = and(
    q.reportsUnder(actor.scopeCode),
    q.reportsUnder(opts.org),
    ...(opts.filter === 'unanswered' ? [q.unanswered()] : opts.filter === 'overdue' ? [q.overdueOn(today)] : []),
    ...(opts.kind ? [q.reportKindIs(opts.kind)] : []),
  )!;
  return (await q.listReports(db, where)).map((x) => present(x, actor, today));
}

/** What the caller filed, newest first (the worker's phone page). */
export async function myReports(db: Db, actor: Actor): Promise<Report[]> {
  const today = todayIso();
  return (await q.listReports(db, q.reportsFiledBy(actor.userId), 200)).map((x) => present(x, actor, today));
}

export async function answerReport(opts: { db: Db; actor: Actor; id: number; input: { decision: string; answer: string } }): Promise<Report> {
  const { db, actor, id, input } = opts;
  const report = await getReport(db, actor, id);
  if (!mayAnswer(actor, report.communityCode)) throw new AppError('FORBIDDEN', msg('请示报告由所属街道答复', 'The street the community belongs to answers it'));
  if (!REPORT_DECISIONS[report.kind].includes(input.decision)) {
    const m = msg(`答复意见应为：${REPORT_DECISIONS[report.kind].join('、')}`, `The decision is one of: ${REPORT_DECISIONS[report.kind].join(', ')}`);
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'decision', message: m }]);
  }
  if (report.kind === '请示' && input.decision !== '同意' && !input.answer) {
    const m = msg('不同意或需修改时请写明答复意见', 'Explain the answer when it is not a plain yes');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'answer', message: m }]);
  }
  await db.transaction(async (tx) => {
    if (!(await q.setAnswer(tx, id, { decision: input.decision, answer: input.answer, answeredByName: actor.displayName }))) throw new AppError('INVALID_STATE', msg('该请示报告已经答复', 'It has already been answered'));
    await auditSuccess(tx, actor, 'work_report_answer', 'work_report', id, { decision: input.decision });
  });
  return getReport(db, actor, id);
}
