// Grids (网格化服务管理, A9.1): a community's grids, created by the community secretary or the street, and the
// workers serving each — one grid per worker, one 网格长 per grid, kept as history (an assignment ends, it is
// never deleted). The list shows households per worker as workload and flags workers serving no grid.
import type { z } from 'zod';
import { msg } from '@cwp/contracts/messages';
import type { Grid, GridAssignment, GridInput, GridList, assignInput, gridUpdateInput } from '@cwp/contracts/work-logs.contract';
import { todayIso } from '@cwp/domain/dates';
import type { GridRole } from '@cwp/domain/work-logs';
import type { Db } from '../../db/database.ts';
import { AppError, isUniqueViolation, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess as audit } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import { findWorkerInScope } from '../workers/workers.queries.ts';
import * as q from './grids.queries.ts';

const GRID_NOT_FOUND = msg('该网格不存在或不在您的数据范围内', 'This grid does not exist or is outside your data scope');
const ONE_GRID = msg('该工作者已在其他网格任职，一人只能在一个网格，请先结束原任职', 'This worker already serves another grid; a worker serves one grid only — end that first');
const DUPLICATE_NUMBER = msg('本社区已有该编号的网格', 'This community already has a grid with that number');

function present(g: q.GridRow, members: Awaited<ReturnType<typeof q.currentMembers>>): Grid {
  const mine = members.filter((m) => m.gridId === g.id).map((m) => ({ assignmentId: m.assignmentId, workerId: m.workerId, name: m.name, role: m.role as GridRole, startedOn: m.startedOn }));
  return {
    id: g.id,
    communityCode: g.communityCode,
    communityName: g.communityName,
    number: g.number,
    name: g.name,
    households: g.households,
    buildings: g.buildings,
    members: mine,
    householdsPerWorker: mine.length ? Math.round(g.households / mine.length) : null,
  };
}

async function gridInScope(db: Db, actor: Actor, id: number): Promise<q.GridRow> {
  const [g] = await q.listGrids(db, actor.scopeCode, actor.scopeCode, id);
  if (!g) throw notFound(GRID_NOT_FOUND);
  return g;
}

async function getGrid(db: Db, actor: Actor, id: number): Promise<Grid> {
  const g = await gridInScope(db, actor, id);
  return present(g, await q.currentMembers(db, [g.id]));
}

export async function listGrids(opts: { db: Db; actor: Actor; org: string }): Promise<GridList> {
  const { db, actor, org } = opts;
  if (!(await findUnitInScope(db, org, actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  const rows = await q.listGrids(db, actor.scopeCode, org);
  const members = await q.currentMembers(db, rows.map((g) => g.id));
  return { grids: rows.map((g) => present(g, members)), unassigned: await q.unassignedWorkers(db, actor.scopeCode, org) };
}

export async function createGrid(opts: { db: Db; actor: Actor; input: GridInput }): Promise<Grid> {
  const { db, actor, input } = opts;
  const unit = await findUnitInScope(db, input.communityCode, actor.scopeCode);
  if (!unit) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  try {
    const id = await db.transaction(async (tx) => {
      const row = await q.insertGrid(tx, { ...input, createdBy: actor.displayName });
      await audit(tx, actor, 'grid_create', 'grid', row.id, { communityCode: input.communityCode, number: input.number });
      return row.id;
    });
    return getGrid(db, actor, id);
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('INVALID_STATE', DUPLICATE_NUMBER, [{ path: 'number', message: DUPLICATE_NUMBER }]);
    throw err;
  }
}

export async function updateGrid(opts: { db: Db; actor: Actor; id: number; input: z.output<typeof gridUpdateInput> }): Promise<Grid> {
  const { db, actor, id, input } = opts;
  await gridInScope(db, actor, id);
  try {
    await db.transaction(async (tx) => {
      await q.updateGrid(tx, id, input);
      await audit(tx, actor, 'grid_update', 'grid', id, { number: input.number, households: input.households });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('INVALID_STATE', DUPLICATE_NUMBER, [{ path: 'number', message: DUPLICATE_NUMBER }]);
    throw err;
  }
  return getGrid(db, actor, id);
}

/** A worker of the grid's community joins it; a worker already serving a grid must leave it first. */
export async function assignWorker(opts: { db: Db; actor: Actor; gridId: number; input: z.output<typeof assignInput> }): Promise<Grid> {
  const { db, actor, gridId, input } = opts;
  const g = await gridInScope(db, actor, gridId);
  const found = await findWorkerInScope(db, actor, input.workerId);
  if (!found || found.worker.status === '已退出') throw notFound();
  if (found.worker.communityCode !== g.communityCode) {
    const m = msg('只能安排本社区的工作者进入网格', 'Only workers of the grid’s own community can serve it');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'workerId', message: m }]);
  }
  if (input.startedOn > todayIso()) {
    const m = msg('任职日期不能晚于今天', 'The start date cannot be in the future');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'startedOn', message: m }]);
  }
  const current = await q.currentAssignmentOf(db, input.workerId);
  if (current) throw new AppError('INVALID_STATE', ONE_GRID);
  try {
    await db.transaction(async (tx) => {
      const row = await q.insertAssignment(tx, { gridId, workerId: input.workerId, role: input.role, startedOn: input.startedOn, assignedBy: actor.displayName });
      await audit(tx, actor, 'grid_assign', 'worker', input.workerId, { gridId, assignmentId: row.id, role: input.role });
    });
  } catch (err) {
    // The partial unique indexes decide races and a second 网格长.
    if (isUniqueViolation(err)) {
      throw new AppError(
        'INVALID_STATE',
        input.role === '网格长' ? msg('该网格已有网格长，请先结束其任职', 'This grid already has a grid leader; end that first') : ONE_GRID,
      );
    }
    throw err;
  }
  return getGrid(db, actor, gridId);
}

export async function endAssignment(opts: { db: Db; actor: Actor; id: number; endedOn: string }): Promise<Grid> {
  const { db, actor, id, endedOn } = opts;
  const [a] = await q.assignments(db, actor.scopeCode, { id });
  if (!a) throw notFound();
  if (endedOn < a.a.startedOn || endedOn > todayIso()) {
    const m = msg('结束日期应在任职开始之后、今天之前', 'The end date is between the start and today');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'endedOn', message: m }]);
  }
  await db.transaction(async (tx) => {
    if (!(await q.endAssignment(tx, id, endedOn, actor.displayName))) throw new AppError('INVALID_STATE', msg('该任职已结束', 'This assignment has already ended'));
    await audit(tx, actor, 'grid_unassign', 'worker', a.a.workerId, { gridId: a.a.gridId, assignmentId: id, endedOn });
  });
  return getGrid(db, actor, a.a.gridId);
}

export async function gridHistory(opts: { db: Db; actor: Actor; gridId: number }): Promise<GridAssignment[]> {
  await gridInScope(opts.db, opts.actor, opts.gridId);
  return (await q.assignments(opts.db, opts.actor.scopeCode, { gridId: opts.gridId })).map((x) => ({
    id: x.a.id,
    gridId: x.a.gridId,
    gridName: x.gridName,
    workerId: x.a.workerId,
    name: x.name,
    role: x.a.role as GridRole,
    startedOn: x.a.startedOn,
    endedOn: x.a.endedOn,
    assignedBy: x.a.assignedBy,
    endedBy: x.a.endedBy,
  }));
}
