// Conduct problems (A7.1: 躺平, 推诿扯皮, service attitude) recorded by the street and followed up, and
// 容错纠错 decisions (A10.2) recorded by the issuing unit; both sit on the worker's assessment record.
import { and, eq, gte, lte, type SQL } from 'drizzle-orm';
import { msg } from '@cwp/contracts/messages';
import type { z } from 'zod';
import type { conductNote, conductNoteInput, errorTolerance, errorToleranceInput } from '@cwp/contracts/assessment.contract';
import type { Db } from '../../db/database.ts';
import { conductNotes } from '../../db/schema.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import { findWorkerInScope } from '../workers/workers.queries.ts';
import * as r from './records.queries.ts';
import { presentConduct } from './results.service.ts';

type ConductNote = z.infer<typeof conductNote>;

export async function recordConduct(opts: { db: Db; actor: Actor; input: z.infer<typeof conductNoteInput> }): Promise<ConductNote> {
  const { db, actor, input } = opts;
  if (!(await findWorkerInScope(db, actor, input.workerId))) throw notFound();
  const id = await db.transaction(async (tx) => {
    const row = await r.insertConduct(tx, { ...input, recordedBy: actor.displayName });
    await auditSuccess(tx, actor, 'conduct_note_record', 'worker', input.workerId, { id: row.id, kind: input.kind });
    return row.id;
  });
  return presentConduct((await r.listConduct(db, and(eq(conductNotes.id, id), r.conductScope(actor.scopeCode))!))[0]!);
}

export async function followUpConduct(opts: { db: Db; actor: Actor; id: number; input: { followUp: string; resolved: boolean } }): Promise<ConductNote> {
  const { db, actor } = opts;
  const where = and(eq(conductNotes.id, opts.id), r.conductScope(actor.scopeCode))!;
  if (!(await r.listConduct(db, where)).length) throw notFound(msg('记录不存在或不在您的数据范围内', 'Not found or outside your data scope'));
  await db.transaction(async (tx) => {
    await r.updateConduct(tx, opts.id, opts.input);
    await auditSuccess(tx, actor, 'conduct_note_follow_up', 'conduct_note', opts.id, { resolved: opts.input.resolved });
  });
  return presentConduct((await r.listConduct(db, where))[0]!);
}

export async function listConduct(opts: { db: Db; actor: Actor; org: string; year?: number; open?: boolean }): Promise<ConductNote[]> {
  if (!(await findUnitInScope(opts.db, opts.org, opts.actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  const c: SQL[] = [r.conductScope(opts.actor.scopeCode), r.conductScope(opts.org)];
  if (opts.year) c.push(gte(conductNotes.occurredOn, `${opts.year}-01-01`), lte(conductNotes.occurredOn, `${opts.year}-12-31`));
  if (opts.open) c.push(eq(conductNotes.resolved, false));
  return (await r.listConduct(opts.db, and(...c)!)).map(presentConduct);
}

export async function recordTolerance(opts: { db: Db; actor: Actor; input: z.infer<typeof errorToleranceInput> }): Promise<z.infer<typeof errorTolerance>> {
  const { db, actor, input } = opts;
  if (!(await findWorkerInScope(db, actor, input.workerId))) throw notFound();
  const row = await db.transaction(async (tx) => {
    const row = await r.insertTolerance(tx, { ...input, recordedBy: actor.displayName });
    await r.insertHistory(tx, [
      { workerId: input.workerId, kind: 'error_tolerance', occurredOn: input.decidedOn, actorUserId: actor.userId, actorName: actor.displayName, source: `error_tolerance:${row.id}`, summary: `容错纠错认定：${input.matter}——${input.decision}（依据：${input.basis}）`, changes: [] },
    ]);
    await auditSuccess(tx, actor, 'error_tolerance_record', 'worker', input.workerId, { id: row.id, decision: input.decision });
    return row;
  });
  return { id: row.id, workerId: row.workerId, decidedOn: row.decidedOn, matter: row.matter, decision: row.decision as never, basis: row.basis, recordedBy: row.recordedBy, recordedAt: row.recordedAt.toISOString() };
}
