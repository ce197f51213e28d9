import { and, count, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { auditLog } from '../../db/schema.ts';
import type { Actor } from '../../security/actor.ts';

export interface AuditEntry {
  actorUserId: number | null;
  actorName: string | null;
  ip: string | null;
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  outcome: 'success' | 'failure';
  detail?: Record<string, unknown> | null;
}

/** Call inside the transaction of the change it records, so the change and its audit row land together. */
export async function insertAudit(db: Db, e: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorUserId: e.actorUserId,
    actorName: e.actorName,
    ip: e.ip,
    action: e.action,
    objectType: e.objectType ?? null,
    objectId: e.objectId ?? null,
    outcome: e.outcome,
    detail: e.detail ?? null,
  });
}

/** A successful action by the acting user on one object: the common case of insertAudit. */
export function auditSuccess(db: Db, actor: Actor, action: string, objectType: string, objectId: number | string, detail: Record<string, unknown> = {}): Promise<void> {
  return insertAudit(db, { actorUserId: actor.userId, actorName: actor.username, ip: actor.ip, action, objectType, objectId: String(objectId), outcome: 'success', detail });
}

export interface AuditFilter {
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export async function listAudit(db: Db, f: AuditFilter) {
  const conds: SQL[] = [];
  if (f.action) conds.push(eq(auditLog.action, f.action));
  if (f.actor) conds.push(ilike(auditLog.actorName, `%${f.actor}%`));
  if (f.from) conds.push(gte(auditLog.at, new Date(`${f.from}T00:00:00+08:00`)));
  if (f.to) conds.push(lt(auditLog.at, new Date(new Date(`${f.to}T00:00:00+08:00`).getTime() + 86_400_000)));
  const where = conds.length ? and(...conds) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(f.limit).offset(f.offset),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
