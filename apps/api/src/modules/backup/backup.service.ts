import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import type { RawConnection } from './backup-connection.ts';
import { BackupFormatError, BackupWriter, readBackup, type BackupManifest, type KeyFingerprints, type TableEnd } from './backup-format.ts';
import * as q from './backup.queries.ts';

const MIGRATIONS = fileURLToPath(new URL('../../../drizzle', import.meta.url));

/** As pg_dump does: COPY text of dates, intervals and floats must not depend on a server's or role's settings. */
const SESSION_FORMATS = "SET LOCAL DateStyle = 'ISO'; SET LOCAL IntervalStyle = 'postgres'; SET LOCAL extra_float_digits = 3";

/**
 * Fingerprints of the PII keys (SHA-256 of a label and the key, 16 hex digits): enough for a restore to tell
 * whether the key file beside it is the one the backup's ciphertext needs, useless for recovering a key.
 * The key file itself is never in a backup: whoever holds a backup must not also hold the means to read it.
 */
export function keyFingerprints(keyFile: string): KeyFingerprints | null {
  if (!existsSync(keyFile)) return null;
  const keys = JSON.parse(readFileSync(keyFile, 'utf8')) as { hmac: string; sm4: Record<string, string> };
  const fp = (hex: string) => createHash('sha256').update(`cwp-key-fingerprint\0${hex}`).digest('hex').slice(0, 16);
  return { hmac: fp(keys.hmac), sm4: Object.fromEntries(Object.entries(keys.sm4).map(([id, hex]) => [id, fp(hex)])) };
}

export interface BackupReport {
  tables: number;
  rows: number;
  ends: TableEnd[];
}

/**
 * A logical backup of every table from one snapshot: REPEATABLE READ READ ONLY, so all tables are as of one
 * instant while the server keeps writing (PostgreSQL); the embedded database must be stopped first (the CLI
 * checks). Rows go out with COPY in foreign-key order, so a restore loads them with the constraints on.
 */
export async function backupDatabase(conn: RawConnection, path: string, opts: { keyFile: string; log?: (line: string) => void }): Promise<BackupReport> {
  const writer = new BackupWriter(path);
  await conn.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    await conn.exec(SESSION_FORMATS);
    const tables = q.loadOrder(await q.listTables(conn), await q.listForeignKeys(conn));
    const [version] = await conn.query<{ v: string }>(`select current_setting('server_version') as v`);
    const manifest: BackupManifest = {
      format: 'cwp-backup',
      version: 1,
      createdAt: new Date().toISOString(),
      source: conn.kind,
      serverVersion: version!.v,
      migrations: await q.readMigrations(conn),
      keys: keyFingerprints(opts.keyFile),
      tables: tables.map((t) => ({ name: t.name, columns: t.columns })),
      sequences: await q.readSequences(conn),
    };
    if (manifest.migrations.length === 0) throw new Error('数据库尚未初始化（没有迁移记录）/ the database has no schema yet');
    await writer.begin(manifest);
    const ends: TableEnd[] = [];
    for (const t of tables) {
      await writer.startTable(t.name, t.columns);
      await conn.copyOut(t.name, t.columns, (chunk) => writer.rowsChunk(chunk));
      const end = await writer.endTable();
      ends.push(end);
      opts.log?.(`  ${t.name}: ${end.rows}`);
    }
    await conn.query('COMMIT');
    await writer.finish();
    return { tables: ends.length, rows: ends.reduce((s, e) => s + e.rows, 0), ends };
  } catch (err) {
    await conn.query('ROLLBACK').catch(() => {});
    await writer.abort();
    throw err;
  }
}

/** The local migrations the backup was made at: its journal must be a prefix of this software's. */
function migrationsFor(manifest: BackupManifest): MigrationMeta[] {
  const local = readMigrationFiles({ migrationsFolder: MIGRATIONS });
  const wanted = manifest.migrations;
  const newer = () =>
    new BackupFormatError(
      '备份的数据库结构版本与本程序不符（备份来自更新的版本或另一套迁移），请用制作备份的程序版本恢复',
      "The backup's schema version does not match this software (made by a newer version or other migrations); restore it with the version that made it",
    );
  if (wanted.length > local.length) throw newer();
  wanted.forEach((m, i) => {
    if (local[i]!.folderMillis !== m.createdAt || local[i]!.hash !== m.hash) throw newer();
  });
  return local.slice(0, wanted.length);
}

/** The key file beside the restored database must hold every key the backup was made with. */
function checkKeys(manifest: BackupManifest, keyFile: string) {
  if (!manifest.keys) return;
  const here = keyFingerprints(keyFile);
  const hint = `把与备份一同保存的密钥文件复制到 ${keyFile}（或设置 PII_KEY_FILE）后重试`;
  const hintEn = `copy the key file kept with the backups to ${keyFile} (or set PII_KEY_FILE) and retry`;
  if (!here) throw new BackupFormatError(`缺少个人信息密钥文件，恢复后身份证号和手机号将无法解密：${hint}`, `The PII key file is missing; ID and phone numbers would be unreadable after the restore: ${hintEn}`);
  const missing = Object.entries(manifest.keys.sm4).filter(([id, fp]) => here.sm4[id] !== fp);
  if (here.hmac !== manifest.keys.hmac || missing.length) {
    throw new BackupFormatError(`密钥文件 ${keyFile} 不是制作备份时的密钥文件：${hint}`, `The key file ${keyFile} is not the one the backup was made with: ${hintEn}`);
  }
}

export interface RestoreReport {
  tables: number;
  rows: number;
  sequences: number;
  migrations: number;
}

/**
 * Restores into an EMPTY database, all in one transaction: the migrations up to the backup's version, the rows
 * by COPY with user triggers off, every sequence set to its saved state (never below the largest id), then a
 * count of every table against the backup. The file is checked completely before the database is touched, and
 * any failure rolls everything back, leaving the database as empty as it was. Later migrations then run as on
 * any start (the CLI opens the database normally afterwards).
 */
export async function restoreBackup(conn: RawConnection, path: string, opts: { keyFile: string; skipKeyCheck?: boolean; log?: (line: string) => void }): Promise<RestoreReport> {
  let manifest: BackupManifest | undefined;
  for await (const ev of readBackup(path)) if (ev.kind === 'manifest') manifest = ev.manifest;
  const m = manifest!;
  const migrations = migrationsFor(m);
  if (!opts.skipKeyCheck) checkKeys(m, opts.keyFile);
  if ((await q.countRelations(conn)) > 0) {
    throw new BackupFormatError(
      '目标数据库不是空的，拒绝恢复（不会覆盖现有数据）。内置数据库：停止服务，把 DATA_DIR/pglite 目录移走或换一个 DATA_DIR；PostgreSQL：新建一个空库（createdb）并把 DATABASE_URL 指向它',
      'The target database is not empty; restore refused (existing data is never overwritten). Embedded: stop the server and move DATA_DIR/pglite away or use another DATA_DIR; PostgreSQL: create an empty database (createdb) and point DATABASE_URL at it',
    );
  }

  await conn.query('BEGIN');
  try {
    await conn.exec(SESSION_FORMATS);
    // What drizzle's migrator does, inside this transaction so that a failed load leaves no schema behind.
    await conn.exec('CREATE SCHEMA IF NOT EXISTS drizzle; CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)');
    for (const mig of migrations) {
      for (const stmt of mig.sql) if (stmt.trim()) await conn.exec(stmt);
      await conn.query('insert into drizzle.__drizzle_migrations (hash, created_at) values ($1, $2)', [mig.hash, mig.folderMillis]);
    }
    const present = new Map((await q.listTables(conn)).map((t) => [t.name, t]));
    const extra = [...present.keys()].filter((name) => !m.tables.some((t) => t.name === name));
    if (extra.length || m.tables.some((t) => !present.has(t.name))) {
      throw new BackupFormatError('备份中的表与其结构版本不一致', `The backup's tables do not match its schema version (${extra.join(', ')})`);
    }
    const triggered = await q.tablesWithTriggers(conn);
    for (const name of triggered) await conn.exec(`ALTER TABLE ${name} DISABLE TRIGGER USER`);

    const ends: TableEnd[] = [];
    let current: { name: string; columns: string[] } | undefined;
    for await (const ev of readBackup(path)) {
      if (ev.kind === 'table') current = { name: ev.name, columns: ev.columns };
      else if (ev.kind === 'rows') await conn.copyIn(current!.name, current!.columns, ev.data);
      else if (ev.kind === 'end') {
        ends.push(ev.end);
        opts.log?.(`  ${ev.end.name}: ${ev.end.rows}`);
      }
    }
    for (const name of triggered) await conn.exec(`ALTER TABLE ${name} ENABLE TRIGGER USER`);

    for (const s of m.sequences) {
      const max = s.table && s.column ? await q.maxOf(conn, s.table, s.column) : null;
      const useMax = max !== null && BigInt(max) > BigInt(s.lastValue);
      await conn.query('select setval($1::regclass, $2::bigint, $3)', [s.name, useMax ? max : s.lastValue, useMax ? true : s.isCalled]);
    }
    for (const e of ends) {
      const n = await q.countRows(conn, e.name);
      if (n !== e.rows) throw new Error(`${e.name}: ${n} rows after the load, ${e.rows} in the backup`);
    }
    await conn.query('COMMIT');
    return { tables: ends.length, rows: ends.reduce((s, e) => s + e.rows, 0), sequences: m.sequences.length, migrations: migrations.length };
  } catch (err) {
    await conn.query('ROLLBACK').catch(() => {});
    throw err;
  }
}
