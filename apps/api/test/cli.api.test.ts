import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from './test-app.ts';
import { testDatabaseUrl } from './test-env.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cwp-cli-'));
const env: Record<string, string> = { DATA_DIR: join(dir, 'data'), ORG_PREFIX: '3709', LOG_LEVEL: 'silent', PATH: process.env.PATH ?? '' };
let dbName: string | undefined;

beforeAll(async () => {
  const cluster = testDatabaseUrl();
  if (cluster) {
    dbName = `cli_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: cluster });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const u = new URL(cluster);
    u.pathname = `/${dbName}`;
    env.DATABASE_URL = u.toString();
  }
});
afterAll(async () => {
  const cluster = testDatabaseUrl();
  if (cluster && dbName) {
    const admin = new pg.Client({ connectionString: cluster });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
});

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], opts: { killWhen?: RegExp; killAfterMs?: number; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/cli.ts', ...args], { cwd: repoRoot, env: { ...env, ...opts.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      if (opts.killWhen?.test(stderr) && !child.killed) setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs ?? 0);
    });
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const HEADER = '姓名,公民身份号码,所在社区,人员类别,岗位类别,学历,政治面貌,参加工作时间,进入社区工作时间,来源渠道';
const line = (name: string, id: string) => [name, id, '370902001002', '社区专职工作人员', '其他', '大学本科', '群众', '2015-07-01', '2019-03-01', '统一招聘'].join(',');

function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, ['泰安市岱庙街道社区工作者名册', HEADER, ...lines].join('\n') + '\n');
  return path;
}

describe('CLI import (A1.1)', () => {
  const good = Array.from({ length: 5 }, (_, i) => makeIdNumber('370902', `1986-0${i + 1}-1${i}`, 500 + i));
  const badId = good[0]!.slice(0, 17) + (good[0]!.endsWith('3') ? '4' : '3');

  it('usage errors exit 2', async () => {
    expect((await cli(['import'])).code).toBe(2);
    expect((await cli(['import', join(dir, 'missing.csv'), '--org', '370902001'])).code).toBe(2);
  }, 120_000);

  it('A1.1 --dry-run --json reports counts and rejected rows with spreadsheet row numbers, writes nothing, exits 1', async () => {
    const path = file('dry.csv', [...good.map((id, i) => line(`导入${i}`, id)), line('错号', badId)]);
    const run = await cli(['import', path, '--org', '370902001', '--dry-run', '--json']);
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ created: 5, updated: 0, unchanged: 0 });
    expect(report.rejected).toEqual([expect.objectContaining({ row: 8, column: '公民身份号码' })]);
    expect(report.rejected[0].reason).toContain('校验码');
    const again = JSON.parse((await cli(['import', path, '--org', '370902001', '--dry-run', '--json'])).stdout);
    expect(again.created).toBe(5);
  }, 300_000);

  it('all-or-nothing by default; --partial writes the valid rows; a second run changes nothing', async () => {
    const path = file('mixed.csv', [...good.map((id, i) => line(`导入${i}`, id)), line('错号', badId)]);
    const refused = await cli(['import', path, '--org', '370902001', '--json']);
    expect(refused.code).toBe(1);
    const partial = await cli(['import', path, '--org', '370902001', '--partial', '--json']);
    expect(partial.code, partial.stderr).toBe(0);
    expect(JSON.parse(partial.stdout)).toMatchObject({ created: 5 });
    const clean = file('clean.csv', good.map((id, i) => line(`导入${i}`, id)));
    const rerun = await cli(['import', clean, '--org', '370902001', '--json']);
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout)).toEqual({ created: 0, updated: 0, unchanged: 5, rejected: [] });
  }, 300_000);

  it('A1.1 validation in worker threads reports exactly what validation on one thread reports', async () => {
    const fixture = fileURLToPath(new URL('./fixtures/import/five-percent-bad.xlsx', import.meta.url));
    const inline = await cli(['import', fixture, '--org', '370902', '--dry-run', '--json'], { env: { IMPORT_THREADS: '0' } });
    const threaded = await cli(['import', fixture, '--org', '370902', '--dry-run', '--json'], { env: { IMPORT_THREADS: '2' } });
    expect(inline.code, inline.stderr).toBe(1);
    expect(threaded.code, threaded.stderr).toBe(1);
    const report = JSON.parse(threaded.stdout);
    expect(report.created).toBe(190);
    expect(report.rejected).toHaveLength(10);
    expect(report).toEqual(JSON.parse(inline.stdout));
  }, 300_000);

  it('SIGKILL in the middle of the write leaves the database unchanged', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => line(`批量${i}`, makeIdNumber('110105', `19${70 + (i % 25)}-0${1 + (i % 9)}-1${i % 10}`, 100 + Math.floor(i / 225))));
    const path = file('big.csv', rows);
    const killed = await cli(['import', path, '--org', '370902001'], { killWhen: /写入中/, killAfterMs: 300 });
    expect(killed.signal).toBe('SIGKILL');
    const check = await cli(['import', path, '--org', '370902001', '--dry-run', '--json']);
    const report = JSON.parse(check.stdout);
    expect(report.updated + report.unchanged).toBe(0);
    expect(report.created).toBe(20_000);
  }, 600_000);
});
