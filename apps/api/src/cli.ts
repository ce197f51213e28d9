/**
 * Command line: `npm run cli -- <command> …`, against the same DATA_DIR / DATABASE_URL as the server.
 *
 *   import FILE --org CODE [--dry-run] [--partial] [--json] [--mode normal|grid]
 *   audit verify [--anchors FILE] | purge | anchor [--file FILE]  [--json]   (exit 1: chain broken / anchor mismatch / purge refused)
 *   backup FILE / restore FILE [--skip-key-check]   (exit 1: refused, nothing written)
 *   keys status|rotate|reencrypt [--json]   (rotation of the SM4 keys of personal numbers)
 *
 * Exit codes: 0 success, 1 rows rejected and nothing written, 2 usage or environment error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type AppConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { findUnitInScope } from './modules/org/org.queries.ts';
import * as jobs from './modules/imports/imports.queries.ts';
import { runPhase } from './modules/imports/import-queue.ts';
import { prepareDatabase } from './seed/first-start.ts';
import { runAuditCommand } from './modules/audit/audit-cli.ts';
import { BACKUP_USAGE, runBackupCommand } from './modules/backup/backup-cli.ts';
import { loadPiiCrypto } from './security/pii-crypto.ts';
import { KEYS_USAGE, runKeysCommand } from './modules/pii-keys/pii-keys-cli.ts';

const USAGE = `用法 Usage:
  npm run cli -- import FILE --org CODE [--dry-run] [--partial] [--json] [--mode normal|grid]
  npm run cli -- audit verify [--anchors FILE] [--json] | purge [--json] | anchor [--file FILE] [--json]
${BACKUP_USAGE}
${KEYS_USAGE}`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** The environment's configuration, or a clear message and exit 2 when it is invalid. */
function readConfig(): AppConfig {
  try {
    return loadConfig(process.env, { repoRoot: fileURLToPath(new URL('../../../', import.meta.url)) });
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
}

/** The embedded database is single-process: refuse while a server holds it. */
function assertPgliteFree(dataDir: string) {
  const pidFile = join(dataDir, 'server.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  try {
    process.kill(pid, 0);
  } catch {
    return;
  }
  fail(`服务（进程 ${pid}）正在使用内置数据库 ${dataDir}。请先停止服务再运行命令行（导入也可在网页中进行）；使用 PostgreSQL（DATABASE_URL）时无此限制。`);
}

async function importCommand(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { org: { type: 'string' }, 'dry-run': { type: 'boolean' }, partial: { type: 'boolean' }, json: { type: 'boolean' }, mode: { type: 'string' } },
    });
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  if (!file || !values.org) fail(USAGE);
  if (!/^\d{2,12}$/.test(values.org)) fail(`--org 应为区划代码：${values.org}`);
  const path = resolve(file);
  if (!existsSync(path)) fail(`文件不存在：${path}`);
  if (!/\.(xlsx|csv)$/i.test(path)) fail('只支持 .xlsx 或 .csv 文件');
  const mode = values.mode === 'grid' || values.mode === 'gridConversion' ? 'gridConversion' : 'normal';

  const config = readConfig();
  if (!config.databaseUrl) assertPgliteFree(config.dataDir);
  const crypto = loadPiiCrypto(config.piiKeyFile);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: join(config.dataDir, 'pglite') });
  await prepareDatabase({ database, crypto, demo: config.demo, demoPassword: config.demoPassword, orgPrefix: config.orgPrefix });
  const db = database.db;
  const org = await findUnitInScope(db, values.org, '');
  if (!org) fail(`区划代码不存在：${values.org}`);

  const job = await jobs.insertJob(db, {
    mode,
    status: 'queued',
    phase: 'validate',
    fileName: basename(path),
    filePath: path,
    fileSize: readFileSync(path).length,
    orgCode: org.code,
    scopeCode: org.code,
    partial: !!values.partial,
    createdByName: `命令行（${userInfo().username}）`,
  });
  const showProgress = !values.json && process.stderr.isTTY !== false;
  const ticker = setInterval(async () => {
    const j = await jobs.findJob(db, job.id);
    if (!j || !showProgress) return;
    const pct = j.totalRows ? Math.min(100, Math.round((j.processedRows / j.totalRows) * 100)) : 0;
    const secs = j.phaseStartedAt ? (Date.now() - j.phaseStartedAt.getTime()) / 1000 : 0;
    const rate = secs > 0 ? Math.round(j.processedRows / secs) : 0;
    const eta = rate > 0 && j.totalRows > j.processedRows ? Math.round((j.totalRows - j.processedRows) / rate) : 0;
    const bar = '█'.repeat(Math.round(pct / 4)).padEnd(25, '░');
    process.stderr.write(`\r${j.phase === 'write' ? '写入' : '校验'} ${bar} ${pct}%  ${j.processedRows}/${j.totalRows} 行  ${rate} 行/秒  剩余约 ${eta} 秒   `);
  }, 500);

  await runPhase({ database, crypto, importThreads: config.importThreads }, job.id, 'validate');
  let result = (await jobs.findJob(db, job.id))!;
  if (result.status === 'validated' && !values['dry-run'] && (result.rejected === 0 || values.partial)) {
    // Said before the transaction starts: the embedded database answers no progress query while it runs.
    if (!values.json) process.stderr.write('\n写入中（单个事务，全部成功或全部不写入）…\n');
    await runPhase({ database, crypto, importThreads: config.importThreads }, job.id, 'commit');
    result = (await jobs.findJob(db, job.id))!;
  }
  clearInterval(ticker);
  if (showProgress) process.stderr.write('\n');
  const errors = await jobs.listErrors(db, job.id, 1_000_000);
  await database.close();

  if (result.status === 'failed' || result.status === 'cancelled') {
    console.error(result.errorMessage ?? '导入失败');
    process.exit(2);
  }
  const committed = result.status === 'committed';
  const report = {
    created: committed ? result.created : result.toCreate,
    updated: committed ? result.updated : result.toUpdate,
    unchanged: result.unchanged,
    rejected: errors.map((e) => ({ row: e.row, column: e.column, reason: e.reason })),
  };
  if (values.json) console.log(JSON.stringify(report));
  else {
    const verb = committed ? '已写入' : values['dry-run'] ? '试运行（未写入）' : '未写入（有行未通过校验；加 --partial 只导入有效行）';
    console.log(`${verb}：新增 ${report.created}，更新 ${report.updated}，未变化 ${report.unchanged}，拒绝 ${result.rejected} 行`);
    for (const e of report.rejected.slice(0, 50)) console.log(`  第 ${e.row} 行 [${e.column}] ${e.reason}`);
    if (report.rejected.length > 50) console.log(`  …… 另有 ${report.rejected.length - 50} 条`);
  }
  process.exit(result.rejected > 0 && !committed ? 1 : 0);
}

/** The audit chain needs no org tree or demo data: only the migrated database. */
async function auditCommand(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, file: { type: 'string' }, anchors: { type: 'string' } } });
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`);
  }
  const sub = parsed.positionals[0];
  if ((sub !== 'verify' && sub !== 'purge' && sub !== 'anchor') || parsed.positionals.length !== 1) fail(USAGE);
  const config = readConfig();
  if (!config.databaseUrl) assertPgliteFree(config.dataDir);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: join(config.dataDir, 'pglite') });
  const code = await runAuditCommand(sub, {
    db: database.db,
    retentionDays: config.auditRetentionDays,
    json: parsed.values.json === true,
    anchorFile: resolve(parsed.values.file ?? join(config.dataDir, 'audit-anchors.jsonl')),
    checkAnchorFile: parsed.values.anchors ? resolve(parsed.values.anchors) : undefined,
  });
  await database.close();
  process.exit(code);
}

/** Backup and restore work on the bare database (no first-start data): a restore needs it empty. */
async function backupCommand(command: 'backup' | 'restore', argv: string[]) {
  const config = readConfig();
  // The embedded database is single-process: the server must be stopped for a backup or a restore.
  if (!config.databaseUrl) assertPgliteFree(config.dataDir);
  process.exit(await runBackupCommand(command, argv, config));
}

/** Key rotation needs the migrated database (to count, re-seal and audit) and the key file. */
async function keysCommand(argv: string[]) {
  const [sub, ...flags] = argv;
  if (!sub || !['status', 'rotate', 'reencrypt'].includes(sub) || flags.some((f) => f !== '--json')) fail(USAGE);
  const config = readConfig();
  if (!config.databaseUrl) assertPgliteFree(config.dataDir);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: join(config.dataDir, 'pglite') });
  const code = await runKeysCommand(sub, { database, keyFile: config.piiKeyFile, json: flags.includes('--json') });
  await database.close();
  process.exit(code);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'import') await importCommand(rest);
else if (command === 'audit') await auditCommand(rest);
else if (command === 'backup' || command === 'restore') await backupCommand(command, rest);
else if (command === 'keys') await keysCommand(rest);
else fail(USAGE);
