import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { CopyValue, Database, Db } from './database.ts';

/** A drizzle insert value as a COPY value. */
export function toCopyValue(v: unknown): CopyValue {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v as string[];
  if (typeof v === 'object') return JSON.stringify(v);
  return v as CopyValue;
}

/**
 * COPY rows given as drizzle insert objects (property names as in the schema); the column list comes from
 * the first row's keys, so every row must have the same keys.
 */
export async function copyObjects(
  database: Database,
  table: PgTable,
  tableName: string,
  rows: readonly Record<string, unknown>[],
  opts?: { tx?: Db },
): Promise<number> {
  if (rows.length === 0) return 0;
  const keys = Object.keys(rows[0]!);
  return database.copyRows(
    tableName,
    columnNamesOf(table, tableName, keys),
    rows.map((r) => keys.map((k) => toCopyValue(r[k]))),
    opts,
  );
}

/** SQL column names of `table` for property names as in the schema. */
export function columnNamesOf(table: PgTable, tableName: string, keys: readonly string[]): string[] {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  return keys.map((k) => {
    const col = columns[k];
    if (!col) throw new Error(`${tableName} has no column for ${k}`);
    return col.name;
  });
}
