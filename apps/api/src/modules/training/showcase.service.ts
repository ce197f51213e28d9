// Skills competitions (A6.2) and the 社区工作法 case library (A6.1). A competition belongs to its organiser
// and is seen down the tree; a published case is open to every user, since sharing practice is the point of
// the library, while drafts stay inside the owner's scope. Only the owner edits. Awards are archive rows.
import { and } from 'drizzle-orm';
import type { z } from 'zod';
import { msg } from '@cwp/contracts/messages';
import type { caseInput, competition, competitionInput, competitionResultsInput, workCase } from '@cwp/contracts/skills.contract';
import type { Db } from '../../db/database.ts';
import { codeInScope } from '../../db/scope.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess as audit } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import { insertHistory } from '../workers/workers.queries.ts';
import { inPostWorkerIds } from './programmes.queries.ts';
import * as q from './showcase.queries.ts';
const NOT_YOURS = msg('该记录由上级单位建立，只能由建立单位修改', 'A higher unit owns this record; only it can change it');

async function ownerInScope(db: Db, actor: Actor, code: string) {
  if (!(await findUnitInScope(db, code, actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
}

export async function listCompetitions(opts: { db: Db; actor: Actor; org?: string }): Promise<z.infer<typeof competition>[]> {
  const { db, actor } = opts;
  const rows = await q.listCompetitions(db, actor.scopeCode, opts.org && codeInScope(opts.org, actor.scopeCode) ? opts.org : undefined);
  const results = await q.resultsOf(db, rows.map((r) => r.c.id), actor.scopeCode);
  return rows.map(({ c, orgName }) => ({
    id: c.id,
    orgCode: c.orgCode,
    orgName,
    name: c.name,
    level: c.level as z.infer<typeof competition>['level'],
    heldOn: c.heldOn,
    description: c.description,
    editable: codeInScope(c.orgCode, actor.scopeCode),
    results: results.filter((r) => r.competitionId === c.id).map(({ workerId, name, communityName, award }) => ({ workerId, name, communityName, award })),
  }));
}

export async function createCompetition(opts: { db: Db; actor: Actor; input: z.infer<typeof competitionInput> }) {
  const { db, actor, input } = opts;
  await ownerInScope(db, actor, input.orgCode);
  const id = await db.transaction(async (tx) => {
    const row = await q.insertCompetition(tx, { ...input, createdBy: actor.displayName });
    await audit(tx, actor, 'competition_create', 'competition', row.id, { name: input.name });
    return row.id;
  });
  return (await listCompetitions({ db, actor })).find((c) => c.id === id)!;
}

/** Awards for workers in the caller's scope; each award goes on the worker's archive. */
export async function recordResults(opts: { db: Db; actor: Actor; id: number; input: z.infer<typeof competitionResultsInput> }) {
  const { db, actor, input } = opts;
  const c = await q.findCompetition(db, opts.id, actor.scopeCode);
  if (!c) throw notFound();
  const ids = [...new Set(input.items.map((i) => i.workerId))];
  if ((await inPostWorkerIds(db, { scopeCode: actor.scopeCode, ids })).length !== ids.length) throw notFound(msg('部分人员不存在、已退出或不在您的数据范围内', 'Some workers do not exist, have exited or are outside your data scope'));
  await db.transaction(async (tx) => {
    await q.upsertResults(tx, c.id, input.items, actor.displayName);
    for (const i of input.items) {
      await insertHistory(tx, { workerId: i.workerId, kind: 'career_event', occurredOn: c.heldOn, actorUserId: actor.userId, actorName: actor.displayName, source: `competition:${c.id}`, summary: `技能竞赛：${c.name}（${c.level}）${i.award}`, changes: [] });
    }
    await audit(tx, actor, 'competition_results', 'competition', c.id, { items: input.items.length });
  });
  return (await listCompetitions({ db, actor })).find((x) => x.id === c.id)!;
}

function presentCase(x: q.CaseRow, actor: Actor): z.infer<typeof workCase> {
  const w = x.w;
  return {
    id: w.id,
    orgCode: w.orgCode,
    orgName: x.orgName,
    title: w.title,
    methodName: w.methodName,
    topics: w.topics as z.infer<typeof workCase>['topics'],
    summary: w.summary,
    content: w.content,
    authorWorkerId: w.authorWorkerId,
    authorName: x.authorName,
    status: w.status as 'draft' | 'published',
    editable: codeInScope(w.orgCode, actor.scopeCode),
    version: w.version,
    createdBy: w.createdBy,
    publishedAt: w.publishedAt?.toISOString() ?? null,
  };
}

export async function listCases(opts: { db: Db; actor: Actor; org?: string; topic?: string; q?: string }) {
  const f = q.caseFilter({ org: opts.org && codeInScope(opts.org, opts.actor.scopeCode) ? opts.org : undefined, topic: opts.topic, q: opts.q });
  return (await q.findCases(opts.db, and(q.visibleCases(opts.actor.scopeCode), ...f)!)).map((x) => presentCase(x, opts.actor));
}

async function caseVisible(db: Db, actor: Actor, id: number): Promise<q.CaseRow> {
  const [row] = await q.findCases(db, and(q.visibleCases(actor.scopeCode), ...q.caseFilter({ id }))!);
  if (!row) throw notFound(msg('案例不存在或不在您的数据范围内', 'This case does not exist or is outside your data scope'));
  return row;
}

export async function getCase(opts: { db: Db; actor: Actor; id: number }) {
  return presentCase(await caseVisible(opts.db, opts.actor, opts.id), opts.actor);
}

async function checkAuthor(db: Db, actor: Actor, id: number | null) {
  if (id !== null && (await inPostWorkerIds(db, { scopeCode: actor.scopeCode, ids: [id] })).length !== 1) throw notFound();
}

export async function createCase(opts: { db: Db; actor: Actor; input: z.infer<typeof caseInput> }) {
  const { db, actor, input } = opts;
  await ownerInScope(db, actor, input.orgCode);
  await checkAuthor(db, actor, input.authorWorkerId);
  const id = await db.transaction(async (tx) => {
    const row = await q.insertCase(tx, { ...input, status: 'draft', createdBy: actor.displayName });
    await audit(tx, actor, 'case_create', 'work_case', row.id, { title: input.title });
    return row.id;
  });
  return getCase({ db, actor, id });
}

export async function updateCase(opts: { db: Db; actor: Actor; id: number; input: z.infer<typeof caseInput> & { version: number } }) {
  const { db, actor, input } = opts;
  const current = await caseVisible(db, actor, opts.id);
  if (!codeInScope(current.w.orgCode, actor.scopeCode)) throw new AppError('FORBIDDEN', NOT_YOURS);
  await ownerInScope(db, actor, input.orgCode);
  await checkAuthor(db, actor, input.authorWorkerId);
  await db.transaction(async (tx) => {
    const { version, ...values } = input;
    if (!(await q.updateCaseAtVersion(tx, opts.id, version, values))) throw new AppError('VERSION_CONFLICT', msg('案例已被他人修改，请刷新后重试', 'Someone else changed this case; reload and try again'));
    await audit(tx, actor, 'case_update', 'work_case', opts.id, { title: input.title });
  });
  return getCase({ db, actor, id: opts.id });
}

export async function publishCase(opts: { db: Db; actor: Actor; id: number }) {
  const { db, actor } = opts;
  const current = await caseVisible(db, actor, opts.id);
  if (!codeInScope(current.w.orgCode, actor.scopeCode)) throw new AppError('FORBIDDEN', NOT_YOURS);
  await db.transaction(async (tx) => {
    if (!(await q.publishDraft(tx, opts.id))) throw new AppError('INVALID_STATE', msg('案例已发布', 'This case is already published'));
    await audit(tx, actor, 'case_publish', 'work_case', opts.id, {});
  });
  return getCase({ db, actor, id: opts.id });
}
