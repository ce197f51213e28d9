import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { startSnapshotScheduler } from './modules/stats/stats-scheduler.ts';
import { prepareDatabase } from './seed/first-start.ts';
import { loadPiiCrypto } from './security/pii-crypto.ts';
import { ROLE_LABELS } from '@cwp/contracts/auth.contract';

const started = performance.now();
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

let config;
try {
  config = loadConfig(process.env, { repoRoot });
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(78);
  }
  throw err;
}

const crypto = loadPiiCrypto(config.piiKeyFile);
const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: join(config.dataDir, 'pglite') });
const opened = performance.now();
const report = await prepareDatabase({ database, crypto, demo: config.demo, demoPassword: config.demoPassword, orgPrefix: config.orgPrefix });
const prepared = performance.now();
const app = await buildApp({ config, database, crypto });
await app.listen({ port: config.port, host: config.host });
const stopScheduler = startSnapshotScheduler(database.db, app.log);
// The embedded database belongs to this process; the CLI checks this file before opening it.
const pidFile = join(config.dataDir, 'server.pid');
if (database.kind === 'pglite') writeFileSync(pidFile, String(process.pid));

const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}/`;
const lines = [
  '',
  '社区工作者队伍管理平台 / Community Workforce Platform',
  `  地址 URL:        ${url}`,
  `  接口文档 API:    ${url}api/docs`,
  `  数据库 DB:       ${database.kind}${database.kind === 'pglite' ? ` (${join(config.dataDir, 'pglite')})` : ''}`,
  `  启动用时 Start:  ${Math.round(performance.now() - started)} ms (open+migrate ${Math.round(opened - started)} ms, first-start data ${Math.round(prepared - opened)} ms)`,
];
if (report) {
  lines.push(`  首次启动 First start: ${report.orgUnitsLoaded} org units, ${report.populationFactsLoaded} population facts, ${report.demoWorkers} demo workers`);
}
if (config.demo) {
  lines.push('  演示账号（仅用于演示）Demo accounts (demo only), password: ' + (config.demoPasswordSet ? '(DEMO_PASSWORD)' : config.demoPassword));
  const accounts = report?.demoAccounts ?? [];
  for (const a of accounts) lines.push(`    ${a.username.padEnd(11)} ${ROLE_LABELS[a.role].zh}  ${a.displayName}`);
  if (!report) lines.push('    admin, auditor, anquan, taian, taishan, yingji, daimiao, caiyuan, shuji, gongzuozhe');
}
console.log(lines.join('\n'));

async function shutdown(signal: string) {
  app.log.info({ signal }, 'shutting down');
  stopScheduler();
  rmSync(pidFile, { force: true });
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
