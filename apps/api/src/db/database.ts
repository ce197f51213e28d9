import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type CopyValue = string | number | boolean | null | readonly string[];

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /**
   * Bulk load with COPY (never row-by-row INSERT): rows are encoded to COPY text format here. With `tx`
   * the COPY runs inside that transaction, so it commits or rolls back with everything else in it.
   */
  copyRows(table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>, opts?: { tx?: Db }): Promise<number>;
  /** COPY of rows already encoded (encodeCopy), e.g. by a worker thread. */
  copyText(table: string, columns: readonly string[], text: string, opts?: { tx?: Db }): Promise<void>;
  close(): Promise<void>;
}

const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url));

export interface OpenDatabaseOptions {
  /** postgres://… for PostgreSQL; otherwise PGlite at `pgliteDir` ('memory://' for a throwaway one). */
  databaseUrl?: string;
  pgliteDir?: string;
}

export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.pgliteDir ?? 'memory://');
}

async function openPglite(dir: string): Promise<Database> {
  const client = await PGlite.create(dir);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder: MIGRATIONS });
  const copyText: Database['copyText'] = async (table, columns, text, opts) => {
    if (text === '') return;
    const target = opts?.tx ? (rawClientOf(opts.tx) as PGlite) : client;
    await target.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT text)`, [], { blob: new Blob([text]) });
  };
  return {
    kind: 'pglite',
    db,
    copyText,
    async copyRows(table, columns, rows, opts) {
      const { text, count } = encodeCopy(rows);
      await copyText(table, columns, text, opts);
      return count;
    },
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its server must not crash the process; the next query reports it instead.
  pool.on('error', () => {});
  // Likewise a checked-out client whose server goes away between two statements (PostgreSQL restarted in
  // the middle of a transaction): pg emits 'error' on it, which unhandled would end the process. The
  // transaction's next query fails instead (503 DB_UNAVAILABLE) and the pool drops the broken client.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  await migratePg(db as never, { migrationsFolder: MIGRATIONS });
  const copyText: Database['copyText'] = async (table, columns, text, opts) => {
    if (text === '') return;
    const client = opts?.tx ? (rawClientOf(opts.tx) as pg.PoolClient) : await pool.connect();
    try {
      const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT text)`));
      await pipeline(Readable.from([text]), stream);
    } finally {
      if (!opts?.tx) client.release();
    }
  };
  return {
    kind: 'postgres',
    db,
    copyText,
    async copyRows(table, columns, rows, opts) {
      const { text, count } = encodeCopy(rows);
      await copyText(table, columns, text, opts);
      return count;
    },
    close: () => pool.end(),
  };
}

/**
 * The driver connection behind a drizzle transaction (a PGlite transaction or a pg pool client); COPY has to
 * go through it to be part of the transaction. Relies on drizzle's session keeping it as `client`.
 */
function rawClientOf(tx: Db): unknown {
  const client = (tx as unknown as { session?: { client?: unknown } }).session?.client;
  if (!client) throw new Error('cannot reach the connection of this transaction for COPY');
  return client;
}

/** COPY text format, one line per row; exported for tools that stage COPY data in files. */
export function encodeCopy(rows: Iterable<readonly CopyValue[]>): { text: string; count: number } {
  const lines: string[] = [];
  for (const row of rows) lines.push(row.map(encodeCopyValue).join('\t'));
  return { text: lines.length ? lines.join('\n') + '\n' : '', count: lines.length };
}

const COPY_SPECIAL = /[\\\t\n\r]/;
function escapeCopyText(s: string): string {
  if (!COPY_SPECIAL.test(s)) return s;
  return s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function encodeCopyValue(v: CopyValue): string {
  if (v === null) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return escapeCopyText(v);
  // text[] literal: quote every element so commas, braces and spaces survive.
  const items = v.map((e) => `"${e.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
  return escapeCopyText(`{${items.join(',')}}`);
}

export async function pingDatabase(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
