import { msg } from '@cwp/contracts/messages';
import type { ListWorkersQuery, RegisterWorkerInput, UpdateWorkerInput, WorkerDetail } from '@cwp/contracts/workers.contract';
import { birthDateRangeForBand, type AgeBandKey } from '@cwp/domain/age';
import { todayIso } from '@cwp/domain/dates';
import { normalizeIdNumber } from '@cwp/domain/id-number';
import type { Db } from '../../db/database.ts';
import { codeInScope } from '../../db/scope.ts';
import { AppError, isUniqueViolation, notFound, UNIT_NOT_FOUND } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import type { PiiCrypto } from '../../security/pii-crypto.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import { recordWorkerChange } from '../stats/stats-maintenance.ts';
import { change, PLAIN_FIELDS, sameValue, type FieldChange } from './worker-fields.ts';
import { sealIdNumber, sealPhone } from './worker-pii.ts';
import { buildWorkerRow } from './worker-row.ts';
import * as rules from './worker-rules.ts';
import * as q from './workers.queries.ts';
import { presentDetail, presentHistory, presentListItem } from './workers.presenter.ts';

export interface WorkerDeps {
  db: Db;
  crypto: PiiCrypto;
}

export const WORKER_NOT_FOUND = msg('该人员不存在或不在您的数据范围内', 'This worker does not exist or is outside your data scope');
const COMMUNITY_NOT_FOUND = msg('所选社区不存在或不在您的数据范围内', 'The chosen community does not exist or is outside your data scope');
const EXITED_READ_ONLY = msg('该人员已退出，档案只读', 'This worker has left; the archive is read-only');
const VERSION_CONFLICT = msg('该人员信息已被他人修改，请刷新页面后重新编辑', 'Someone else changed this record; reload and edit again');

export async function loadWorkerInScope(db: Db, actor: Actor, id: number) {
  const row = await q.findWorkerInScope(db, actor, id);
  if (!row) throw notFound(WORKER_NOT_FOUND);
  return row;
}

/** A community the actor may place a worker in: exists, is a residents' committee, lies in scope. */
export async function loadTargetCommunity(db: Db, actor: Actor, code: string, path: string) {
  const community = code && codeInScope(code, actor.scopeCode) ? await q.findCommunity(db, code) : undefined;
  if (!community) throw new AppError('NOT_FOUND', COMMUNITY_NOT_FOUND, [{ path, message: COMMUNITY_NOT_FOUND }]);
  return community;
}

export const actorLabel = (actor: Actor) => actor.displayName;

/** Registers a worker (A1.1, A1.2): validates, encrypts personal numbers, writes the first archive row. */
export async function registerWorker(opts: WorkerDeps & { actor: Actor; input: RegisterWorkerInput }): Promise<WorkerDetail> {
  const { db, crypto, actor, input } = opts;
  const id = rules.parseIdOrThrow(input.idNumber);
  const phone = rules.normalizePhoneOrThrow(input.phone);
  rules.assertCrossFields({ ...input, idNumber: id.idNumber });
  const community = await loadTargetCommunity(db, actor, input.communityCode, 'communityCode');
  if (community.parentCode !== input.streetCode) {
    const m = msg('所在社区必须属于所选街道', 'The community must belong to the chosen street');
    throw rules.invalid([{ path: 'communityCode', message: m }]);
  }
  const sealedId = sealIdNumber(crypto, id.idNumber);
  if (await q.idNumberTaken(db, sealedId.idNumberBidx)) throw rules.duplicateIdError();

  const today = todayIso();
  const status = input.status ?? (input.probationEnd && input.probationEnd > today ? '试用' : '在岗');
  const values = buildWorkerRow(crypto, input, { idNumber: id.idNumber, gender: id.gender, birthDate: id.birthDate, phone, status, sealedId });

  try {
    const workerId = await db.transaction(async (tx) => {
      const row = await q.insertWorker(tx, values);
      await recordWorkerChange(tx, null, row);
      await q.insertHistory(tx, {
        workerId: row.id,
        kind: 'registered',
        occurredOn: today,
        actorUserId: actor.userId,
        actorName: actorLabel(actor),
        source: 'manual',
        summary: `登记入库：${community.name}，${input.category}，${input.sourceChannel}`,
        changes: [
          change('communityCode', null, { code: community.code, name: community.name }),
          change('category', null, input.category),
          change('postClass', null, input.postClass),
          change('positions', null, input.positions ?? []),
          change('status', null, status),
        ],
      });
      await insertAudit(tx, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'worker_register', objectType: 'worker', objectId: String(row.id), outcome: 'success' });
      return row.id;
    });
    return getWorker({ db, crypto, actor, id: workerId, reveal: false });
  } catch (err) {
    if (isUniqueViolation(err)) throw rules.duplicateIdError();
    throw err;
  }
}

export async function getWorker(opts: WorkerDeps & { actor: Actor; id: number; reveal: boolean }): Promise<WorkerDetail> {
  const { db, crypto, actor } = opts;
  const row = await loadWorkerInScope(db, actor, opts.id);
  if (!opts.reveal) return presentDetail(row, null);
  if (!actor.permissions.includes('workers:reveal')) {
    throw new AppError('FORBIDDEN', msg('您的角色无权查看完整的身份证号和电话', 'Your role may not see full ID and phone numbers'));
  }
  const w = row.worker;
  const revealed = {
    idNumber: crypto.decrypt(w.idNumberCipher, w.idNumberKeyId),
    phone: w.phoneCipher && w.phoneKeyId ? crypto.decrypt(w.phoneCipher, w.phoneKeyId) : null,
  };
  await insertAudit(db, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'worker_reveal', objectType: 'worker', objectId: String(w.id), outcome: 'success' });
  return presentDetail(row, revealed);
}

/** Edits archive fields (A9.5): one history row listing every changed field, masked where personal. */
export async function updateWorker(opts: WorkerDeps & { actor: Actor; id: number; input: UpdateWorkerInput }): Promise<WorkerDetail> {
  const { db, crypto, actor, input } = opts;
  const current = await loadWorkerInScope(db, actor, opts.id);
  const w = current.worker;
  if (w.status === '已退出') throw new AppError('INVALID_STATE', EXITED_READ_ONLY);
  if (input.version !== undefined && input.version !== w.version) throw new AppError('VERSION_CONFLICT', VERSION_CONFLICT);

  const set: Partial<q.NewWorkerRow> = {};
  const changes: FieldChange[] = [];
  const given = input as Record<string, unknown>;
  for (const f of PLAIN_FIELDS) {
    if (!(f in given) || given[f] === undefined) continue;
    const next = given[f] ?? null;
    if (sameValue(w[f], next)) continue;
    (set as Record<string, unknown>)[f] = next;
    changes.push(change(f, w[f], next));
  }
  if (set.ethnicity) set.ethnicityCode = rules.ethnicityCode(set.ethnicity);
  if (set.politicalStatus) set.politicalStatusCode = rules.politicalStatusCode(set.politicalStatus);
  if (set.education) set.educationCode = rules.educationCode(set.education);
  if ('inServiceEducation' in set) set.inServiceEducationCode = set.inServiceEducation ? rules.educationCode(set.inServiceEducation) : null;

  let birthDate = w.birthDate;
  if (input.idNumber !== undefined) {
    const id = rules.parseIdOrThrow(input.idNumber);
    const sealed = sealIdNumber(crypto, id.idNumber);
    if (sealed.idNumberBidx !== w.idNumberBidx) {
      if (await q.idNumberTaken(db, sealed.idNumberBidx, w.id)) throw rules.duplicateIdError();
      Object.assign(set, sealed, { gender: id.gender, genderCode: rules.genderCode(id.gender), birthDate: id.birthDate });
      changes.push(change('idNumber', w.idNumberMasked, sealed.idNumberMasked));
      if (id.gender !== w.gender) changes.push(change('gender', w.gender, id.gender));
      if (id.birthDate !== w.birthDate) changes.push(change('birthDate', w.birthDate, id.birthDate));
      birthDate = id.birthDate;
    }
  }
  if (input.phone !== undefined) {
    const phone = rules.normalizePhoneOrThrow(input.phone);
    const sealed = sealPhone(crypto, phone);
    if (sealed.phoneBidx !== w.phoneBidx) {
      Object.assign(set, sealed);
      changes.push(change('phone', w.phoneMasked, sealed.phoneMasked));
    }
  }
  if (changes.length === 0) return presentDetail(current, null);

  rules.assertCrossFields({ ...w, ...set, birthDate });

  const onlyStatus = changes.every((c) => c.field === 'status');
  try {
    await db.transaction(async (tx) => {
      const row = await q.updateWorkerAtVersion(tx, w.id, w.version, set);
      if (!row) throw new AppError('VERSION_CONFLICT', VERSION_CONFLICT);
      await recordWorkerChange(tx, w, row);
      await q.insertHistory(tx, {
        workerId: w.id,
        kind: onlyStatus ? 'status_changed' : 'updated',
        occurredOn: todayIso(),
        actorUserId: actor.userId,
        actorName: actorLabel(actor),
        source: 'manual',
        summary: onlyStatus ? `状态由“${w.status}”变更为“${String(set.status)}”` : `修改了${changes.map((c) => c.label).join('、')}`,
        changes,
      });
      await insertAudit(tx, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action: 'worker_update', objectType: 'worker', objectId: String(w.id), outcome: 'success', detail: { fields: changes.map((c) => c.field) } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw rules.duplicateIdError();
    throw err;
  }
  return getWorker({ db, crypto, actor, id: w.id, reveal: false });
}

/** Turns list query parameters into a resolved filter; `q` is a name, an ID tail or a whole ID number. */
export function resolveFilter(crypto: PiiCrypto, actor: Actor, query: ListWorkersQuery): q.WorkerFilter {
  if (query.org && !codeInScope(query.org, actor.scopeCode)) throw notFound(UNIT_NOT_FOUND);
  const f: q.WorkerFilter = {
    orgCode: query.org || undefined,
    category: query.category,
    postClass: query.postClass,
    status: query.status,
    education: query.education,
    politicalStatus: query.politicalStatus,
    swQualification: query.swQualification,
  };
  const text = query.q?.trim();
  if (text) {
    const norm = normalizeIdNumber(text);
    if (/^\d{17}[\dX]$/.test(norm)) f.idBidx = crypto.blindIndex('id', norm);
    else if (/^\d{5}[\dX]$/.test(norm)) f.tail6Bidx = crypto.blindIndex('id6', norm);
    else if (/^\d{3}[\dX]$/.test(norm)) f.tail4Bidx = crypto.blindIndex('id4', norm);
    else f.nameLike = text;
  }
  if (query.ageBand) {
    const range = birthDateRangeForBand(query.ageBand as AgeBandKey, todayIso());
    f.birthFrom = range.from;
    f.birthTo = range.to;
  }
  return f;
}

export async function listWorkers(opts: WorkerDeps & { actor: Actor; query: ListWorkersQuery }) {
  const { db, crypto, actor, query } = opts;
  const filter = resolveFilter(crypto, actor, query);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const [rows, total] = await Promise.all([
    q.listWorkers(db, actor, filter, { limit: pageSize, offset: (page - 1) * pageSize, sort: query.sort ?? 'community' }),
    q.countWorkers(db, actor, filter),
  ]);
  return { items: rows.map(presentListItem), total };
}

export async function listWorkerHistory(opts: WorkerDeps & { actor: Actor; id: number }) {
  await loadWorkerInScope(opts.db, opts.actor, opts.id);
  return (await q.listHistory(opts.db, opts.id)).map(presentHistory);
}
