// Officials seconded from agencies or enterprises to communities (挂职/任职) and new civil servants doing
// community training (A3.4). They are not community workers, so they are tracked as their own kind of
// assignment with a name and sending unit; an assignment ends by its date, with nothing scheduled to close it.
import { msg } from '@cwp/contracts/messages';
import type { Placement, PlacementInput } from '@cwp/contracts/employment.contract';
import { todayIso } from '@cwp/domain/dates';
import { placementStanding, type PlacementKind } from '@cwp/domain/employment';
import type { Db } from '../../db/database.ts';
import { codeInScope } from '../../db/scope.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { auditSuccess } from '../audit/audit.queries.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import { findCommunity } from '../workers/workers.queries.ts';
import { actorLabel } from '../workers/workers.service.ts';
import { assertStreetOrAbove } from './employment-access.ts';
import * as q from './placements.queries.ts';

function present(r: q.PlacementRow, today: string): Placement {
  const p = r.p;
  return {
    id: p.id,
    personName: p.personName,
    sourceUnit: p.sourceUnit,
    kind: p.kind as PlacementKind,
    communityCode: p.communityCode,
    communityName: r.communityName,
    startDate: p.startDate,
    endDate: p.endDate,
    tasks: p.tasks,
    standing: placementStanding(p, today),
    recordedBy: p.recordedByName,
  };
}

export async function listPlacements(opts: { db: Db; actor: Actor; org: string; standing?: 'upcoming' | 'active' | 'ended' }): Promise<Placement[]> {
  const { db, actor } = opts;
  if (!(await findUnitInScope(db, opts.org, actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  const today = todayIso();
  return (await q.listPlacements(db, q.placementWhere(actor.scopeCode, opts.org, opts.standing, today))).map((r) => present(r, today));
}

export async function createPlacement(opts: { db: Db; actor: Actor; input: PlacementInput }): Promise<Placement> {
  const { db, actor, input } = opts;
  assertStreetOrAbove(actor);
  const community = codeInScope(input.communityCode, actor.scopeCode) ? await findCommunity(db, input.communityCode) : undefined;
  if (!community) {
    const m = msg('所选社区不存在或不在您的数据范围内', 'The chosen community does not exist or is outside your data scope');
    throw new AppError('NOT_FOUND', m, [{ path: 'communityCode', message: m }]);
  }
  const id = await db.transaction(async (tx) => {
    const newId = await q.insertPlacement(tx, { ...input, recordedByUserId: actor.userId, recordedByName: actorLabel(actor) });
    await auditSuccess(tx, actor, 'placement_create', 'placement', newId, { kind: input.kind, communityCode: input.communityCode });
    return newId;
  });
  return present((await q.findPlacement(db, id, actor.scopeCode))!, todayIso());
}

/** Changes the end date (an early return or an extension) and the tasks. */
export async function updatePlacement(opts: { db: Db; actor: Actor; id: number; input: { endDate: string; tasks: string } }): Promise<Placement> {
  const { db, actor, input } = opts;
  assertStreetOrAbove(actor);
  const row = await q.findPlacement(db, opts.id, actor.scopeCode);
  if (!row) throw notFound();
  if (input.endDate < row.p.startDate) {
    const m = msg('结束日期不能早于开始日期', 'The end date is before the start date');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'endDate', message: m }]);
  }
  await db.transaction(async (tx) => {
    await q.updatePlacement(tx, row.p.id, input);
    await auditSuccess(tx, actor, 'placement_update', 'placement', row.p.id, { endDate: input.endDate, previousEndDate: row.p.endDate });
  });
  return present((await q.findPlacement(db, opts.id, actor.scopeCode))!, todayIso());
}
