import { existsSync, readdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { Database } from '../../db/database.ts';

/**
 * One database connection for backup and restore. Not the app's `Database`: opening that runs every
 * migration, and a restore must create the schema itself, at the backup's version, inside its own
 * transaction; and both need COPY TO as well as COPY FROM on one connection (one snapshot).
 */
export interface RawConnection {
  readonly kind: 'pglite' | 'postgres';
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Several statements without parameters (a migration file's statement). */
  exec(text: string): Promise<void>;
  /** COPY … TO, handing the text-format bytes to `sink` as they come (PostgreSQL) or at once (PGlite). */
  copyOut(table: string, columns: readonly string[], sink: (chunk: Buffer) => Promise<void>): Promise<void>;
  /** COPY … FROM of whole text-format lines. */
  copyIn(table: string, columns: readonly string[], data: Buffer): Promise<void>;
  close(): Promise<void>;
}

const columnList = (columns: readonly string[]) => columns.map((c) => `"${c.replace(/"/g, '""')}"`).join(', ');

function pgliteConnection(client: PGlite, close: () => Promise<void>): RawConnection {
  return {
    kind: 'pglite',
    async query<T>(text: string, params: unknown[] = []) {
      return (await client.query<T>(text, params)).rows;
    },
    async exec(text) {
      await client.exec(text);
    },
    async copyOut(table, columns, sink) {
      // PGlite has no COPY protocol stream; its virtual /dev/blob hands back the table at once. The
      // embedded database is for small installations, where a table fits in memory.
      const res = await client.query(`COPY ${table} (${columnList(columns)}) TO '/dev/blob' WITH (FORMAT text)`);
      if (res.blob) await sink(Buffer.from(await res.blob.arrayBuffer()));
    },
    async copyIn(table, columns, data) {
      await client.query(`COPY ${table} (${columnList(columns)}) FROM '/dev/blob' WITH (FORMAT text)`, [], { blob: new Blob([data]) });
    },
    close,
  };
}

function pgConnection(client: pg.Client | pg.PoolClient, close: () => Promise<void>): RawConnection {
  return {
    kind: 'postgres',
    async query<T>(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rows as T[];
    },
    async exec(text) {
      await client.query(text);
    },
    async copyOut(table, columns, sink) {
      const stream = client.query(copyTo(`COPY ${table} (${columnList(columns)}) TO STDOUT WITH (FORMAT text)`));
      for await (const chunk of stream) await sink(chunk as Buffer);
    },
    async copyIn(table, columns, data) {
      const stream = client.query(copyFrom(`COPY ${table} (${columnList(columns)}) FROM STDIN WITH (FORMAT text)`));
      await pipeline(Readable.from([data]), stream);
    },
    close,
  };
}

/** A connection beside an open app database (tests; the same PGlite instance or one client of the pool). */
export async function connectionOf(database: Database): Promise<RawConnection> {
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.kind === 'pglite') return pgliteConnection(client as PGlite, async () => {});
  const pooled = await (client as pg.Pool).connect();
  return pgConnection(pooled, async () => pooled.release());
}

/**
 * The database the CLI works on: DATABASE_URL, or the embedded one in DATA_DIR/pglite. `mustExist`: a backup
 * of a directory that is not there is a mistake, not an empty backup (PGlite would create it silently).
 */
export async function openConnection(opts: { databaseUrl?: string; pgliteDir: string; mustExist: boolean }): Promise<RawConnection> {
  if (opts.databaseUrl) {
    const client = new pg.Client({ connectionString: opts.databaseUrl });
    client.on('error', () => {});
    await client.connect();
    return pgConnection(client, () => client.end());
  }
  if (opts.mustExist && (!existsSync(opts.pgliteDir) || readdirSync(opts.pgliteDir).length === 0)) {
    throw new Error(`内置数据库目录不存在：${opts.pgliteDir} / no embedded database at ${opts.pgliteDir}`);
  }
  const client = await PGlite.create(opts.pgliteDir);
  return pgliteConnection(client, () => client.close());
}
