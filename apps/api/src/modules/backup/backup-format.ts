import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

/**
 * The backup file: gzip of a line-oriented text stream, in the spirit of pg_dump's plain format but checked.
 *
 *   CWP-BACKUP 1
 *   MANIFEST {json}                       schema version (drizzle journal), tables in load order, sequences, key fingerprints
 *   TABLE {"name":…,"columns":[…]}        then the table's rows in COPY text format (one row per line;
 *   …rows…                                COPY escapes newlines and backslashes, so no row line is "\.")
 *   \.
 *   END {"name":…,"rows":n,"sha256":…}   the count and hash of the row bytes above
 *   TRAILER {"tables":n,"rows":n}         without it the file is truncated
 *
 * gzip's CRC catches damage to the compressed bytes, the per-table hash catches an edited table, the
 * trailer catches a file cut short at a table boundary.
 */

export const MAGIC = 'CWP-BACKUP 1';

export interface BackupSequence {
  /** Qualified, quoted as needed ("public.workers_id_seq"). */
  name: string;
  /** The table and column owning it (serial or identity), or null for a free-standing sequence. */
  table: string | null;
  column: string | null;
  lastValue: string;
  isCalled: boolean;
}

export interface BackupManifest {
  format: 'cwp-backup';
  version: 1;
  createdAt: string;
  source: 'pglite' | 'postgres';
  serverVersion: string;
  /** drizzle.__drizzle_migrations at backup time, oldest first: the schema version a restore recreates. */
  migrations: { hash: string; createdAt: number }[];
  /** Fingerprints of the PII keys the ciphertext in this backup needs (never the keys). */
  keys: KeyFingerprints | null;
  /** Tables in an order that satisfies every foreign key (parents first). */
  tables: { name: string; columns: string[] }[];
  sequences: BackupSequence[];
}

export interface KeyFingerprints {
  hmac: string;
  sm4: Record<string, string>;
}

export interface TableEnd {
  name: string;
  rows: number;
  sha256: string;
}

export class BackupFormatError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

const corrupt = (detail: string) =>
  new BackupFormatError(`备份文件不完整或已损坏（${detail}），未写入任何数据`, `The backup file is truncated or damaged (${detail}); nothing was written`);

function countLines(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

/** Writes a backup to `path` through `path.partial`, renamed only when complete: a failed run leaves no plausible file. */
export class BackupWriter {
  private readonly gzip = createGzip({ level: 6 });
  private readonly done: Promise<void>;
  private readonly partial: string;
  private table: { name: string; rows: number; hash: Hash } | null = null;
  private tables = 0;
  private rows = 0;

  constructor(private readonly path: string) {
    this.partial = `${path}.partial`;
    // 0600: the file holds password hashes and personal data (ciphertext, but names and addresses in clear).
    this.done = pipeline(this.gzip, createWriteStream(this.partial, { mode: 0o600 }));
    this.done.catch(() => {});
  }

  private async write(data: Buffer | string) {
    if (!this.gzip.write(data)) await once(this.gzip, 'drain');
  }

  async begin(manifest: BackupManifest) {
    await this.write(`${MAGIC}\nMANIFEST ${JSON.stringify(manifest)}\n`);
  }

  async startTable(name: string, columns: readonly string[]) {
    this.table = { name, rows: 0, hash: createHash('sha256') };
    await this.write(`TABLE ${JSON.stringify({ name, columns })}\n`);
  }

  async rowsChunk(chunk: Buffer) {
    const t = this.table!;
    t.rows += countLines(chunk);
    t.hash.update(chunk);
    await this.write(chunk);
  }

  async endTable(): Promise<TableEnd> {
    const t = this.table!;
    const end = { name: t.name, rows: t.rows, sha256: t.hash.digest('hex') };
    await this.write(`\\.\nEND ${JSON.stringify(end)}\n`);
    this.tables++;
    this.rows += t.rows;
    this.table = null;
    return end;
  }

  async finish() {
    await this.write(`TRAILER ${JSON.stringify({ tables: this.tables, rows: this.rows })}\n`);
    this.gzip.end();
    await this.done;
    renameSync(this.partial, this.path);
  }

  async abort() {
    this.gzip.destroy();
    await this.done.catch(() => {});
    rmSync(this.partial, { force: true });
  }
}

export type BackupEvent =
  | { kind: 'manifest'; manifest: BackupManifest }
  | { kind: 'table'; name: string; columns: string[] }
  | { kind: 'rows'; data: Buffer }
  | { kind: 'end'; end: TableEnd }
  | { kind: 'trailer'; tables: number; rows: number };

async function* lines(path: string): AsyncGenerator<Buffer> {
  const input = createReadStream(path);
  const gunzip = createGunzip();
  input.on('error', (err) => gunzip.destroy(err));
  input.pipe(gunzip);
  let rest: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      const buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, start)) {
        yield buf.subarray(start, i + 1);
        start = i + 1;
      }
      rest = Buffer.from(buf.subarray(start));
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new BackupFormatError(`备份文件不存在：${path}`, `No such backup file: ${path}`);
    throw corrupt((err as Error).message);
  } finally {
    input.destroy();
    gunzip.destroy();
  }
  if (rest.length) throw corrupt('unterminated last line');
}

function header(line: Buffer, word: string): unknown {
  const text = line.toString('utf8');
  if (!text.startsWith(word + ' ')) return undefined;
  try {
    return JSON.parse(text.slice(word.length + 1));
  } catch {
    throw corrupt(`bad ${word} line`);
  }
}

const BATCH = 8 * 1024 * 1024;

/**
 * Reads and checks a backup, yielding its parts in order; rows come in batches of whole lines. Any damage
 * throws BackupFormatError. A restore reads the file twice: once only to check it, so that a damaged file is
 * refused before the database is touched, then to load it.
 */
export async function* readBackup(path: string): AsyncGenerator<BackupEvent> {
  const it = lines(path);
  const next = async () => (await it.next()).value as Buffer | undefined;
  const first = await next();
  if (!first || first.toString('utf8') !== MAGIC + '\n') {
    throw new BackupFormatError('不是本系统的备份文件', 'Not a backup made by this system');
  }
  const manifest = header((await next()) ?? Buffer.alloc(0), 'MANIFEST') as BackupManifest | undefined;
  if (!manifest || manifest.format !== 'cwp-backup' || manifest.version !== 1) throw corrupt('no manifest');
  yield { kind: 'manifest', manifest };

  let tables = 0;
  let rows = 0;
  for (;;) {
    const line = await next();
    if (!line) throw corrupt('no trailer');
    const trailer = header(line, 'TRAILER') as { tables: number; rows: number } | undefined;
    if (trailer) {
      if (trailer.tables !== tables || trailer.rows !== rows || tables !== manifest.tables.length) throw corrupt('trailer counts differ');
      if (await next()) throw corrupt('data after the trailer');
      yield { kind: 'trailer', ...trailer };
      return;
    }
    const table = header(line, 'TABLE') as { name: string; columns: string[] } | undefined;
    if (!table || table.name !== manifest.tables[tables]?.name) throw corrupt('unexpected table header');
    yield { kind: 'table', name: table.name, columns: table.columns };

    const hash = createHash('sha256');
    let count = 0;
    let batch: Buffer[] = [];
    let size = 0;
    for (;;) {
      const row = await next();
      if (!row) throw corrupt(`table ${table.name} cut short`);
      if (row.length === 3 && row[0] === 92 && row[1] === 46) break; // "\.\n"
      hash.update(row);
      count++;
      batch.push(row);
      size += row.length;
      if (size >= BATCH) {
        yield { kind: 'rows', data: Buffer.concat(batch, size) };
        batch = [];
        size = 0;
      }
    }
    if (size) yield { kind: 'rows', data: Buffer.concat(batch, size) };
    const end = header((await next()) ?? Buffer.alloc(0), 'END') as TableEnd | undefined;
    if (!end || end.name !== table.name) throw corrupt(`no end of ${table.name}`);
    if (end.rows !== count || end.sha256 !== hash.digest('hex')) throw corrupt(`table ${table.name} does not match its checksum`);
    tables++;
    rows += count;
    yield { kind: 'end', end };
  }
}
