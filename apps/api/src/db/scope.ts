import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '../security/actor.ts';
import { workers } from './schema.ts';

/**
 * The one scope filter. A data scope is a division-code prefix ('' = national); every query that touches
 * scoped data composes this condition, so "outside my scope" and "does not exist" are the same to a caller.
 * Raw SQL over an aliased table passes the column as SQL (sql`w.community_code`).
 */
export const W_COMMUNITY = sql`w.community_code`;

export function withinScope(column: AnyPgColumn | SQL, scopeCode: string): SQL {
  if (scopeCode === '') return sql`true`;
  // Byte-wise comparison whatever the database locale: prefix ranges on digits need no linguistic rules,
  // and it lets the C-collated and pattern-ops indexes serve the range.
  return sql`${column} collate "C" like ${scopePrefixPattern(scopeCode)}`;
}

/** The LIKE pattern of a scope, for prepared queries that take it as a parameter ('%' for the national scope). */
export function scopePrefixPattern(scopeCode: string): string {
  if (!/^\d*$/.test(scopeCode)) throw new Error(`invalid scope code ${scopeCode}`);
  return `${scopeCode}%`;
}

/** Rows of `workers` an actor may see: their code prefix, narrowed to their own record for the worker role. */
export function workerScope(actor: Actor): SQL {
  const byCode = withinScope(workers.communityCode, actor.scopeCode);
  if (actor.role === 'worker') return and(byCode, eq(workers.id, actor.workerId ?? -1)) as SQL;
  return byCode;
}

/** True when a code (short or 12-digit) lies inside a scope; for checks on input before any query. */
export function codeInScope(code: string, scopeCode: string): boolean {
  return code.startsWith(scopeCode);
}

/**
 * Records owned by a unit on the path of `code`: inside it, or owned by one of its ancestors. Programmes,
 * trainer pools, resources and assessment schemes are made by a higher unit for everyone below it.
 */
export function onPathOf(ownerCode: AnyPgColumn, code: string): SQL {
  if (code === '') return sql`true`;
  return or(withinScope(ownerCode, code), sql`starts_with(${code}, ${ownerCode})`)!;
}

/** Owners a scope may see, narrowed to the path of `org` when one is chosen (never beyond the scope's own). */
export function visibleOwners(ownerCode: AnyPgColumn, scopeCode: string, org?: string): SQL {
  return org !== undefined && org !== scopeCode ? and(onPathOf(ownerCode, scopeCode), onPathOf(ownerCode, org))! : onPathOf(ownerCode, scopeCode);
}
