import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AppConfig } from '../../config.ts';
import { openDatabase } from '../../db/database.ts';
import { openConnection } from './backup-connection.ts';
import { BackupFormatError } from './backup-format.ts';
import { backupDatabase, restoreBackup } from './backup.service.ts';

export const BACKUP_USAGE = `  npm run cli -- backup FILE            (FILE: e.g. cwp-2026-11-29.backup.gz; the PII key file is NOT included)
  npm run cli -- restore FILE [--skip-key-check]   (into an EMPTY database only)`;

/**
 * `backup FILE` and `restore FILE` (issue 8). Exit codes: 0 done, 1 refused (damaged file, database not
 * empty, wrong key file; nothing written), 2 usage or environment error.
 */
export async function runBackupCommand(command: 'backup' | 'restore', argv: string[], config: AppConfig): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { 'skip-key-check': { type: 'boolean' } } });
  } catch (err) {
    console.error(`${(err as Error).message}\n${BACKUP_USAGE}`);
    return 2;
  }
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length > 1 || (command === 'backup' && parsed.values['skip-key-check'])) {
    console.error(BACKUP_USAGE);
    return 2;
  }
  const path = resolve(file);
  const pgliteDir = join(config.dataDir, 'pglite');
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite ${pgliteDir}`;
  const log = (line: string) => process.stderr.write(line + '\n');

  try {
    if (command === 'backup') {
      if (existsSync(path)) {
        console.error(`文件已存在，不会覆盖：${path} / File exists, not overwritten`);
        return 2;
      }
      const conn = await openConnection({ databaseUrl: config.databaseUrl, pgliteDir, mustExist: true });
      log(`备份 ${where} → ${path}`);
      try {
        const r = await backupDatabase(conn, path, { keyFile: config.piiKeyFile, log });
        const mb = (statSync(path).size / 1024 / 1024).toFixed(1);
        console.log(`已备份 Backed up: ${r.tables} 张表 tables, ${r.rows} 行 rows, ${mb} MB → ${path}`);
        console.log(`注意：个人信息密钥文件 ${config.piiKeyFile} 不在备份中，请另行妥善保存（没有它，备份中的身份证号和手机号无法解密）。`);
        console.log(`Note: the PII key file ${config.piiKeyFile} is not in the backup; keep it safe separately.`);
      } finally {
        await conn.close();
      }
      return 0;
    }

    if (!existsSync(path)) {
      console.error(`备份文件不存在：${path} / No such file`);
      return 2;
    }
    const conn = await openConnection({ databaseUrl: config.databaseUrl, pgliteDir, mustExist: false });
    log(`恢复 ${path} → ${where}`);
    let report;
    try {
      report = await restoreBackup(conn, path, { keyFile: config.piiKeyFile, skipKeyCheck: !!parsed.values['skip-key-check'], log });
    } finally {
      await conn.close();
    }
    // Migrations newer than the backup run now, exactly as on a server start.
    const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir });
    await database.close();
    console.log(`已恢复 Restored: ${report.tables} 张表 tables, ${report.rows} 行 rows, ${report.sequences} 个序列 sequences（行数已逐表核对 row counts verified）。可以启动服务 Start the server now.`);
    return 0;
  } catch (err) {
    if (err instanceof BackupFormatError) {
      console.error(`${err.zh}\n${err.en}`);
      return 1;
    }
    console.error(`${command === 'backup' ? '备份失败' : '恢复失败，数据库未改动'} / ${command} failed: ${(err as Error).message}`);
    return command === 'backup' ? 2 : 1;
  }
}
