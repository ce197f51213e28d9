// Annual advancement (A4.2, A9.5): propose every in-post worker's grade under a county, city or province
// from the rules in force, review the changes, approve them into the registry with archive rows. Running
// it again for the same year proposes nothing, because stored grades already equal the computed ones.
import { sql } from 'drizzle-orm';
import { msg } from '@cwp/contracts/messages';
import type { AdvancementBatch, AdvancementInput } from '@cwp/contracts/grading.contract';
import { copyObjects } from '../../db/copy-objects.ts';
import type { Database } from '../../db/database.ts';
import { gradeBatchItems } from '../../db/schema.ts';
import { codeInScope } from '../../db/scope.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import { loadStatsNode } from '../stats/stats.service.ts';
import * as q from './advancement.queries.ts';
import { gradesUnder } from './worker-grades.ts';

const BATCH_LEVELS = new Set(['province', 'city', 'county']);
const BATCH_NOT_FOUND = msg('晋级批次不存在或不在您的数据范围内', 'This advancement batch does not exist or is outside your data scope');

type BatchRow = NonNullable<Awaited<ReturnType<typeof q.findBatch>>>;

async function present(database: Database, batch: BatchRow): Promise<AdvancementBatch> {
  const items = await q.batchItems(database.db, batch.id);
  return {
    id: batch.id,
    orgCode: batch.orgCode,
    orgName: batch.orgName,
    year: batch.year,
    effectiveFrom: batch.effectiveFrom,
    status: batch.status as AdvancementBatch['status'],
    workers: batch.workers,
    unchanged: batch.workers - items.length,
    changes: items.map((i) => ({
      workerId: i.workerId,
      name: i.name,
      communityName: i.communityName,
      postClass: i.postClass,
      packId: i.packId,
      communityYears: i.communityYears,
      fromGrade: i.fromGrade,
      toGrade: i.toGrade,
      applied: i.applied,
    })),
    createdBy: batch.createdBy,
    createdAt: batch.createdAt.toISOString(),
    approvedBy: batch.approvedBy,
    approvedAt: batch.approvedAt ? batch.approvedAt.toISOString() : null,
  };
}

export async function proposeAdvancement(opts: { database: Database; actor: Actor; input: AdvancementInput }): Promise<AdvancementBatch> {
  const { database, actor, input } = opts;
  const db = database.db;
  const node = await loadStatsNode(db, actor, input.orgCode);
  if (!BATCH_LEVELS.has(node.level)) throw new AppError('VALIDATION_FAILED', msg('年度晋级按省、市或县（市、区）整体进行', 'Advancement runs for a whole province, city or county'));

  const computed = await gradesUnder(db, node.code, input.effectiveFrom);
  const changes: (typeof gradeBatchItems.$inferInsert)[] = computed
    .filter((c) => c.grade.grade !== c.worker.grade)
    .map(({ worker: w, pack, years, grade }) => ({ batchId: 0, workerId: w.id, name: w.name, communityName: w.communityName, postClass: w.postClass, packId: pack.id, communityYears: years, fromGrade: w.grade, toGrade: grade.grade }));
  const everyone = computed;

  const batch = await db.transaction(async (tx) => {
    const row = await q.insertBatch(tx, { orgCode: node.code, orgName: node.name, year: input.year, effectiveFrom: input.effectiveFrom, status: 'proposed', workers: everyone.length, createdBy: actor.displayName });
    await copyObjects(database, gradeBatchItems, 'grade_batch_items', changes.map((c) => ({ ...c, batchId: row.id })), { tx });
    await insertAudit(tx, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'grade_advancement_propose', objectType: 'grade_batch', objectId: String(row.id), outcome: 'success', detail: { orgCode: node.code, year: input.year, workers: everyone.length, changes: changes.length } });
    return row;
  });
  return present(database, batch);
}

async function batchInScope(database: Database, actor: Actor, id: number): Promise<BatchRow> {
  const batch = await q.findBatch(database.db, id);
  if (!batch || !codeInScope(batch.orgCode, actor.scopeCode)) throw notFound(BATCH_NOT_FOUND);
  return batch;
}

export async function getAdvancement(opts: { database: Database; actor: Actor; id: number }): Promise<AdvancementBatch> {
  return present(opts.database, await batchInScope(opts.database, opts.actor, opts.id));
}

/**
 * Writes the reviewed changes in one transaction: each worker's grade, but only where it is still the grade
 * the batch was proposed from; an archive row per written change (source = the batch); the audit row.
 */
export async function approveAdvancement(opts: { database: Database; actor: Actor; id: number }): Promise<AdvancementBatch> {
  const { database, actor } = opts;
  const batch = await batchInScope(database, actor, opts.id);
  await database.db.transaction(async (tx) => {
    if (!(await q.markBatchApproved(tx, batch.id, actor.displayName))) throw new AppError('INVALID_STATE', msg('该批次已审批，不能重复审批', 'This batch has already been approved'));
    const written = await q.applyBatch(tx, batch.id, batch.effectiveFrom);
    await tx.execute(sql`
      insert into worker_history (worker_id, kind, occurred_on, actor_user_id, actor_name, source, summary, changes)
      select i.worker_id, 'grade_changed', ${batch.effectiveFrom}::date, ${actor.userId}, ${actor.displayName}, ${'advancement:' + batch.id},
        ${`${batch.year} 年度晋级（批次 #${batch.id}）：`} || coalesce(i.from_grade::text || ' 级', '未定级') || ' → ' || i.to_grade || ' 级',
        jsonb_build_array(jsonb_build_object('field', 'grade', 'label', '岗位等级', 'before', i.from_grade, 'after', i.to_grade))
      from grade_batch_items i where i.batch_id = ${batch.id} and i.applied`);
    await insertAudit(tx, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'grade_advancement_approve', objectType: 'grade_batch', objectId: String(batch.id), outcome: 'success', detail: { orgCode: batch.orgCode, year: batch.year, written } });
  });
  return present(database, (await q.findBatch(database.db, batch.id))!);
}
