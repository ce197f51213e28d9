import { ancestorCodesOf } from '@cwp/domain/division-code';
import { msg } from '@cwp/contracts/messages';
import type { OrgUnitDetail, OrgUnitSummary, PopulationFact, RecordPopulationInput } from '@cwp/contracts/org.contract';
import type { Db } from '../../db/database.ts';
import { AppError, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import * as q from './org.queries.ts';


type UnitRow = NonNullable<Awaited<ReturnType<typeof q.findUnitInScope>>>;
type FactRow = Awaited<ReturnType<typeof q.listPopulationFacts>>[number];

function presentUnit(u: UnitRow, childCount: number): OrgUnitSummary {
  return {
    code: u.code,
    name: u.name,
    level: u.level as OrgUnitSummary['level'],
    parentCode: u.parentCode,
    streetKind: u.streetKind,
    committeeKind: u.committeeKind,
    urCode: u.urCode,
    childCount,
  };
}

function presentFact(f: FactRow): PopulationFact {
  return {
    id: f.id,
    orgCode: f.orgCode,
    year: f.year,
    totalPopulation: f.totalPopulation,
    urbanPopulation: f.urbanPopulation,
    households: f.households,
    source: f.source,
    recordedBy: f.recordedByName,
    recordedAt: f.recordedAt.toISOString(),
  };
}

async function withChildCounts(db: Db, rows: UnitRow[]): Promise<OrgUnitSummary[]> {
  const counts = await q.countChildren(
    db,
    rows.filter((r) => r.level !== 'community').map((r) => r.code),
  );
  return rows.map((r) => presentUnit(r, counts.get(r.code) ?? 0));
}

export async function getUnitDetail(opts: { db: Db; actor: Actor; code: string }): Promise<OrgUnitDetail> {
  const { db, actor, code } = opts;
  const unit = await q.findUnitInScope(db, code, actor.scopeCode);
  if (!unit) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  const [summary] = await withChildCounts(db, [unit]);
  const ancestors = await q.findUnitsByCodes(db, ancestorCodesOf(code));
  const byCode = new Map(ancestors.map((a) => [a.code, a.name]));
  const facts = await q.listPopulationFacts(db, code);
  return {
    ...summary!,
    path: [...ancestorCodesOf(code).filter((c) => byCode.has(c)).map((c) => ({ code: c, name: byCode.get(c)! })), { code: unit.code, name: unit.name }],
    population: facts[0] ? presentFact(facts[0]) : null,
    workerCount: await q.countActiveWorkersUnder(db, code),
  };
}

/** Children of a unit; `null` lists the provinces (national scope only, by the scope filter). */
export async function listChildUnits(opts: { db: Db; actor: Actor; code: string | null }): Promise<OrgUnitSummary[]> {
  const { db, actor, code } = opts;
  if (code !== null && !(await q.findUnitInScope(db, code, actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  if (code === null && actor.scopeCode !== '') throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  return withChildCounts(db, await q.listChildren(db, code, actor.scopeCode));
}

export async function searchOrgUnits(opts: { db: Db; actor: Actor; q: string; limit: number }) {
  const rows = await q.searchUnits(opts.db, opts.q, opts.actor.scopeCode, opts.limit);
  const summaries = await withChildCounts(opts.db, rows);
  const ancestorCodes = [...new Set(rows.flatMap((r) => ancestorCodesOf(r.code)))];
  const names = new Map((await q.findUnitsByCodes(opts.db, ancestorCodes)).map((a) => [a.code, a.name]));
  return summaries.map((s) => ({
    ...s,
    pathNames: [...ancestorCodesOf(s.code).map((c) => names.get(c)).filter(Boolean), s.name].join(' / '),
  }));
}

export async function listPopulation(opts: { db: Db; actor: Actor; code: string }): Promise<PopulationFact[]> {
  if (!(await q.findUnitInScope(opts.db, opts.code, opts.actor.scopeCode))) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
  return (await q.listPopulationFacts(opts.db, opts.code)).map(presentFact);
}

/** A newer population figure for a county, street or community (A3.1); census figures stay as history. */
export async function recordPopulation(opts: { db: Db; actor: Actor; code: string; input: RecordPopulationInput }): Promise<PopulationFact> {
  const { db, actor, code, input } = opts;
  const unit = await q.findUnitInScope(db, code, actor.scopeCode);
  if (!unit) throw notFound(UNIT_NOT_FOUND);
  if (!['county', 'street', 'community'].includes(unit.level)) {
    throw new AppError('VALIDATION_FAILED', msg('人口数据只能录入到县(区)、街道(乡镇)或社区', 'Population figures are recorded for counties, streets or communities'));
  }
  const currentYear = new Date().getFullYear();
  if (input.year > currentYear) {
    const m = msg('年份不能晚于今年', 'The year cannot be in the future');
    throw new AppError('VALIDATION_FAILED', m, [{ path: 'year', message: m }]);
  }
  return db.transaction(async (tx) => {
    const row = await q.insertPopulationFact(tx, {
      orgCode: code,
      year: input.year,
      totalPopulation: input.totalPopulation ?? null,
      urbanPopulation: input.urbanPopulation ?? null,
      households: input.households ?? null,
      source: input.source,
      recordedByUserId: actor.userId,
      recordedByName: actor.displayName,
    });
    await insertAudit(tx, {
      actorUserId: actor.userId,
      actorName: actor.username,
      ip: actor.ip,
      action: 'population_record',
      objectType: 'org_unit',
      objectId: code,
      outcome: 'success',
      detail: { year: input.year, urbanPopulation: input.urbanPopulation ?? null, source: input.source },
    });
    return presentFact(row);
  });
}
