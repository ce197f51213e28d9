// 师资库 (A8.4): each unit keeps a pool of trainers. A pool serves its own jurisdiction and every unit below
// it, so a street sees the county's and city's trainers next to its own but edits only its own. Trainers are
// never deleted (programmes keep naming them); `active: false` retires one. Every change writes an audit row
// in its transaction.
import { msg } from '@cwp/contracts/messages';
import type { Trainer, TrainerInput } from '@cwp/contracts/training.contract';
import type { TrainingTopic } from '@cwp/domain/training';
import type { Db } from '../../db/database.ts';
import { codeInScope } from '../../db/scope.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import * as q from './trainers.queries.ts';

const TRAINER_NOT_FOUND = msg('师资不存在或不在您的数据范围内', 'This trainer does not exist or is outside your data scope');
const KEPT_ABOVE = msg('该师资由上级单位维护，您只能查看，不能修改', 'A higher unit keeps this trainer; you can view it but not change it');

/** Library records are changed only by writers, and only inside their own scope (a higher pool is read-only). */
export function mayEdit(actor: Actor, ownerCode: string): boolean {
  return actor.permissions.includes('training:write') && codeInScope(ownerCode, actor.scopeCode);
}

/** The owning unit of a new or moved record: it must exist and lie inside the caller's scope. */
export async function requireOwnerUnit(db: Db, actor: Actor, orgCode: string): Promise<void> {
  if (!(await findUnitInScope(db, orgCode, actor.scopeCode))) throw notFound(UNIT_NOT_FOUND);
}

function present(r: q.ListedTrainer, actor: Actor): Trainer {
  const t = r.t;
  return {
    id: t.id,
    orgCode: t.orgCode,
    orgName: r.orgName,
    name: t.name,
    affiliation: t.affiliation,
    title: t.title,
    topics: t.topics as TrainingTopic[],
    intro: t.intro,
    active: t.active,
    programmes: r.programmes,
    editable: mayEdit(actor, t.orgCode),
  };
}

async function reload(db: Db, actor: Actor, id: number): Promise<Trainer> {
  const row = await q.findVisibleTrainer(db, id, actor.scopeCode);
  if (!row) throw notFound(TRAINER_NOT_FOUND);
  return present(row, actor);
}

/** Trainers of the pools on the caller's path (or on the path of `org` inside it), active ones first. */
export async function listTrainers(opts: { db: Db; actor: Actor; org?: string; topic?: TrainingTopic; q?: string; activeOnly?: boolean }): Promise<Trainer[]> {
  const { db, actor } = opts;
  const rows = await q.listTrainers(db, { scopeCode: actor.scopeCode, org: opts.org, topic: opts.topic, q: opts.q || undefined, activeOnly: opts.activeOnly });
  return rows.map((r) => present(r, actor));
}

/** Adds a trainer to the pool of a unit inside the caller's scope. */
export async function createTrainer(opts: { db: Db; actor: Actor; input: TrainerInput }): Promise<Trainer> {
  const { db, actor, input } = opts;
  await requireOwnerUnit(db, actor, input.orgCode);
  const row = await db.transaction(async (tx) => {
    const row = await q.insertTrainer(tx, { ...input, createdBy: actor.displayName });
    await insertAudit(tx, {
      actorUserId: actor.userId,
      actorName: actor.username,
      ip: actor.ip,
      action: 'trainer_create',
      objectType: 'trainer',
      objectId: String(row.id),
      outcome: 'success',
      detail: { orgCode: row.orgCode, name: row.name, topics: row.topics },
    });
    return row;
  });
  return reload(db, actor, row.id);
}

const EDITABLE_FIELDS = ['orgCode', 'name', 'affiliation', 'title', 'topics', 'intro', 'active'] as const;

/** Replaces a trainer's details (PUT); `active: false` retires them. Moving to another unit stays inside the scope. */
export async function updateTrainer(opts: { db: Db; actor: Actor; id: number; input: TrainerInput }): Promise<Trainer> {
  const { db, actor, id, input } = opts;
  const found = await q.findVisibleTrainer(db, id, actor.scopeCode);
  if (!found) throw notFound(TRAINER_NOT_FOUND);
  if (!mayEdit(actor, found.t.orgCode)) throw new AppError('FORBIDDEN', KEPT_ABOVE);
  if (input.orgCode !== found.t.orgCode) await requireOwnerUnit(db, actor, input.orgCode);
  const before = found.t;
  const changed = EDITABLE_FIELDS.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(input[k]));
  await db.transaction(async (tx) => {
    const row = await q.updateTrainer(tx, id, input);
    if (!row) throw notFound(TRAINER_NOT_FOUND);
    await insertAudit(tx, {
      actorUserId: actor.userId,
      actorName: actor.username,
      ip: actor.ip,
      action: 'trainer_update',
      objectType: 'trainer',
      objectId: String(id),
      outcome: 'success',
      detail: { orgCode: row.orgCode, name: row.name, active: row.active, changed },
    });
  });
  return reload(db, actor, id);
}
