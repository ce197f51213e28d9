// Training programmes (A5.1, A6.1, A8.1): organised by a unit at any level, seen by the units below it so
// their workers can attend; enrolment and attendance stay inside each caller's scope. Completing a
// programme writes an archive row (A9.5) and every change an audit row, in the same transaction.
import { msg } from '@cwp/contracts/messages';
import type { AttendanceInput, Enrolment, Programme, ProgrammeInput, WorkerTraining } from '@cwp/contracts/training.contract';
import { todayIso } from '@cwp/domain/dates';
import { countyOrAbove, tierFitsOrganiser, type TrainingPolicy } from '@cwp/domain/training';
import type { Db } from '../../db/database.ts';
import { codeInScope } from '../../db/scope.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import { findWorkerInScope } from '../workers/workers.queries.ts';
import { complianceOf } from './compliance.service.ts';
import * as q from './programmes.queries.ts';

export const PROGRAMME_NOT_FOUND = msg('培训项目不存在或不在您的数据范围内', 'This programme does not exist or is outside your data scope');
const NOT_YOURS = msg('该培训由上级单位组织，只能由组织单位修改', 'A higher unit organises this programme; only the organiser can change it');
const VERSION_CONFLICT = msg('该培训项目已被他人修改，请刷新后重试', 'Someone else changed this programme; reload and try again');

type Listed = { p: q.ProgrammeRow; organiserName: string };

async function present(db: Db, actor: Actor, rows: Listed[]): Promise<Programme[]> {
  const counts = await q.enrolmentCounts(db, rows.map((r) => r.p.id), actor.scopeCode);
  const names = await q.trainerNames(db, [...new Set(rows.flatMap((r) => r.p.trainerIds))]);
  return rows.map(({ p, organiserName }) => ({
    id: p.id,
    title: p.title,
    organiserCode: p.organiserCode,
    organiserName,
    countyOrAbove: countyOrAbove(p.organiserCode),
    tier: p.tier as Programme['tier'],
    kind: p.kind as Programme['kind'],
    topics: p.topics as Programme['topics'],
    mode: p.mode as Programme['mode'],
    startDate: p.startDate,
    endDate: p.endDate,
    hours: p.hours,
    location: p.location,
    description: p.description,
    trainers: p.trainerIds.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! })),
    enrolled: counts.get(p.id)?.enrolled ?? 0,
    completed: counts.get(p.id)?.completed ?? 0,
    editable: codeInScope(p.organiserCode, actor.scopeCode),
    version: p.version,
    createdBy: p.createdBy,
    createdAt: p.createdAt.toISOString(),
  }));
}

export async function listProgrammes(opts: { db: Db; actor: Actor; query: { org?: string; year?: number; tier?: string; q?: string; page: number; pageSize: number } }) {
  const { db, actor, query } = opts;
  const f = { scopeCode: actor.scopeCode, org: query.org && codeInScope(query.org, actor.scopeCode) ? query.org : undefined, year: query.year, tier: query.tier, q: query.q };
  const [rows, total] = await Promise.all([q.listProgrammes(db, f, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }), q.countProgrammes(db, f)]);
  return { items: await present(db, actor, rows), total };
}

async function visible(db: Db, actor: Actor, id: number): Promise<Listed> {
  const row = await q.findProgramme(db, id, actor.scopeCode);
  if (!row) throw notFound(PROGRAMME_NOT_FOUND);
  return row;
}

export async function getProgramme(opts: { db: Db; actor: Actor; id: number }): Promise<Programme> {
  return (await present(opts.db, opts.actor, [await visible(opts.db, opts.actor, opts.id)]))[0]!;
}

async function checkInput(db: Db, actor: Actor, input: ProgrammeInput): Promise<void> {
  if (!(await findUnitInScope(db, input.organiserCode, actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  if (!tierFitsOrganiser(input.tier, input.organiserCode)) {
    const m = msg('培训层级不能高于组织单位的层级（例如街道不能组织县级骨干培训）', 'The tier cannot be above the organiser (a street cannot run county backbone training)');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'tier', message: m }]);
  }
  const ok = await q.visibleTrainerIds(db, input.trainerIds, actor.scopeCode);
  if (ok.length !== new Set(input.trainerIds).size) {
    const m = msg('所选授课老师不在您可用的师资库中', 'A chosen trainer is not in a trainer pool you can use');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'trainerIds', message: m }]);
  }
}

const values = (input: ProgrammeInput) => ({
  organiserCode: input.organiserCode,
  title: input.title,
  tier: input.tier,
  kind: input.kind,
  topics: input.topics,
  mode: input.mode,
  startDate: input.startDate,
  endDate: input.endDate,
  hours: input.hours,
  location: input.location,
  description: input.description,
  trainerIds: [...new Set(input.trainerIds)],
});

export async function createProgramme(opts: { db: Db; actor: Actor; input: ProgrammeInput }): Promise<Programme> {
  const { db, actor, input } = opts;
  await checkInput(db, actor, input);
  const row = await db.transaction(async (tx) => {
    const row = await q.insertProgramme(tx, { ...values(input), createdBy: actor.displayName });
    await auditSuccess(tx, actor, 'training_programme_create', 'training_programme', row.id, { title: input.title, organiserCode: input.organiserCode });
    return row;
  });
  return getProgramme({ db, actor, id: row.id });
}

export async function updateProgramme(opts: { db: Db; actor: Actor; id: number; input: ProgrammeInput & { version: number } }): Promise<Programme> {
  const { db, actor, input } = opts;
  const current = await visible(db, actor, opts.id);
  if (!codeInScope(current.p.organiserCode, actor.scopeCode)) throw new AppError('FORBIDDEN', NOT_YOURS);
  await checkInput(db, actor, input);
  await db.transaction(async (tx) => {
    const row = await q.updateProgrammeAtVersion(tx, opts.id, input.version, values(input));
    if (!row) throw new AppError('VERSION_CONFLICT', VERSION_CONFLICT);
    await auditSuccess(tx, actor, 'training_programme_update', 'training_programme', opts.id, { title: input.title });
  });
  return getProgramme({ db, actor, id: opts.id });
}

/** Enrols workers in post inside the caller's scope: a list of them, or a whole unit (optionally one post class). */
export async function enrolWorkers(opts: { db: Db; actor: Actor; id: number; input: { workerIds?: number[]; org?: string; postClass?: string } }) {
  const { db, actor, input } = opts;
  const { p } = await visible(db, actor, opts.id);
  if (input.org && !(await findUnitInScope(db, input.org, actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  const ids = await q.inPostWorkerIds(db, { scopeCode: actor.scopeCode, ids: input.workerIds, org: input.org, postClass: input.postClass });
  if (input.workerIds && ids.length !== new Set(input.workerIds).size) throw notFound(msg('部分人员不存在、已退出或不在您的数据范围内', 'Some workers do not exist, have exited or are outside your data scope'));
  return db.transaction(async (tx) => {
    const added = await q.enrol(tx, p.id, ids, actor.displayName);
    await auditSuccess(tx, actor, 'training_enrol', 'training_programme', p.id, { added, org: input.org ?? null });
    return { added, alreadyEnrolled: ids.length - added };
  });
}

export async function listEnrolments(opts: { db: Db; actor: Actor; id: number }): Promise<Enrolment[]> {
  const { p } = await visible(opts.db, opts.actor, opts.id);
  return (await q.listEnrolments(opts.db, p.id, opts.actor.scopeCode)).map(({ e, name, positions, communityName }) => ({
    workerId: e.workerId,
    name,
    communityName,
    positions,
    attended: e.attended,
    hours: e.hours,
    onlineHours: e.onlineHours,
    result: e.result as Enrolment['result'],
    completed: e.completed,
  }));
}

/** Attendance and results for enrolled workers in the caller's scope; archive rows for completions gained or lost. */
export async function recordAttendance(opts: { db: Db; actor: Actor; id: number; input: AttendanceInput }): Promise<{ written: number }> {
  const { db, actor, input } = opts;
  const { p } = await visible(db, actor, opts.id);
  const ids = input.items.map((i) => i.workerId);
  const enrolled = await q.enrolledInScope(db, p.id, ids, actor.scopeCode);
  const missing = ids.filter((id) => !enrolled.has(id));
  if (missing.length) throw notFound(msg('部分人员未报名该培训或不在您的数据范围内', 'Some workers are not enrolled in this programme or are outside your data scope'));
  const today = todayIso();
  await db.transaction(async (tx) => {
    const changed = await q.setAttendance(
      tx,
      p.id,
      input.items.map((i) => ({ workerId: i.workerId, attended: i.attended, hours: i.hours ?? null, onlineHours: i.onlineHours ?? null, result: i.result ?? null })),
      actor.displayName,
    );
    await q.insertHistoryRows(
      tx,
      changed
        .filter((c) => c.was !== c.now)
        .map((c) => ({
          workerId: c.workerId,
          kind: 'training',
          occurredOn: p.endDate < today ? p.endDate : today,
          actorUserId: actor.userId,
          actorName: actor.displayName,
          source: `training:${p.id}`,
          summary: c.now ? `完成培训：${p.title}（${p.tier}，${p.startDate} 至 ${p.endDate}，${p.hours} 学时）` : `培训记录更正：${p.title} 改为未完成`,
          changes: [],
        })),
    );
    await auditSuccess(tx, actor, 'training_attendance', 'training_programme', p.id, { items: input.items.length });
  });
  return { written: input.items.length };
}

/** A worker's programmes and where they stand on A8.2/A8.3 (worker page; a worker sees their own). */
export async function workerTraining(opts: { db: Db; actor: Actor; id: number; policy: TrainingPolicy }): Promise<WorkerTraining> {
  const found = await findWorkerInScope(opts.db, opts.actor, opts.id);
  if (!found) throw notFound();
  const w = found.worker;
  const rows = await q.workerProgrammes(opts.db, w.id);
  const [compliance] = w.status === '已退出' ? [] : await complianceOf(opts.db, { workerId: w.id }, opts.policy, todayIso());
  return {
    compliance: compliance ?? null,
    programmes: rows.map(({ p, organiserName, e }) => ({
      id: p.id,
      title: p.title,
      organiserName,
      tier: p.tier as Programme['tier'],
      kind: p.kind as Programme['kind'],
      mode: p.mode as Programme['mode'],
      startDate: p.startDate,
      endDate: p.endDate,
      hours: p.hours,
      attended: e.attended,
      result: e.result,
      completed: e.completed,
    })),
    totalHours: rows.reduce((s, r) => s + (r.e.completed ? (r.e.hours ?? r.p.hours) + (r.e.onlineHours ?? 0) : 0), 0),
  };
}
