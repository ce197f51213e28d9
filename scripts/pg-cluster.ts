/**
 * Throwaway PostgreSQL 15 cluster for tests and local development.
 *
 *   import { startThrowawayCluster } from '../../scripts/pg-cluster.ts';
 *   const pg = await startThrowawayCluster({ log: console.log });
 *   // pg.url === 'postgres://postgres@127.0.0.1:<port>/postgres'
 *   await pg.stop();
 *
 * CLI: `node --import tsx scripts/pg-cluster.ts` starts one, prints the URL and stops it on Ctrl-C.
 *
 * initdb refuses to run as root, so when running as root the temp dir is chowned to the `postgres`
 * OS user and initdb/pg_ctl run through `runuser -u postgres --` (or `su postgres -c` as a fallback).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, realpathSync, rmSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface ThrowawayCluster {
  url: string;
  stop: () => Promise<void>;
  /** Stops the postmaster but keeps the data (fault tests: the database goes away under load). */
  pause: () => Promise<void>;
  /** Starts it again on the same port and data after pause(). */
  resume: () => Promise<void>;
}

export interface StartClusterOptions {
  log?: (s: string) => void;
}

interface RunAs {
  /** Wraps a command so it runs as the cluster owner. */
  wrap: (cmd: string, args: string[]) => { cmd: string; args: string[] };
  uid?: number;
  gid?: number;
}

function cleanEnv(): NodeJS.ProcessEnv {
  // PG* variables (PGDATA, PGPORT, PGHOST…) from the caller's shell must not leak into initdb/pg_ctl.
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PG')) env[k] = v;
  return env;
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function resolveRunAs(): RunAs {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) return { wrap: (cmd, args) => ({ cmd, args }) };
  const id = (flag: string) => {
    const r = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`running as root but OS user "postgres" does not exist (install postgresql-15)`);
    return Number(r.stdout.trim());
  };
  const uid = id('-u');
  const gid = id('-g');
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((p) => existsSync(p));
  if (runuser) return { uid, gid, wrap: (cmd, args) => ({ cmd: runuser, args: ['-u', 'postgres', '--', cmd, ...args] }) };
  return {
    uid,
    gid,
    wrap: (cmd, args) => ({
      cmd: 'su',
      args: ['postgres', '-s', '/bin/sh', '-c', [cmd, ...args].map(shellQuote).join(' ')],
    }),
  };
}

function run(runAs: RunAs, cwd: string, bin: string, args: string[]): Promise<{ code: number; out: string }> {
  const { cmd, args: fullArgs } = runAs.wrap(join(PG_BIN, bin), args);
  return new Promise((resolve, reject) => {
    // stdout/stderr go to pipes that are closed by the end of the command; pg_ctl start detaches the
    // server with its output sent to the -l logfile, so the pipes do not stay open.
    const child = spawn(cmd, fullArgs, { cwd, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function pickLocale(): string {
  const r = spawnSync('locale', ['-a'], { encoding: 'utf8' });
  const all = r.status === 0 ? r.stdout.split('\n').map((l) => l.trim().toLowerCase()) : [];
  return all.includes('c.utf8') || all.includes('c.utf-8') ? 'C.UTF-8' : 'C';
}

async function tail(file: string, lines = 30): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export async function startThrowawayCluster(opts: StartClusterOptions = {}): Promise<ThrowawayCluster> {
  const log = opts.log ?? (() => {});
  if (!existsSync(join(PG_BIN, 'initdb'))) {
    throw new Error(`${PG_BIN}/initdb not found; run "bash scripts/ensure-system-deps.sh" (needs postgresql-15)`);
  }
  const runAs = resolveRunAs();
  const dir = await mkdtemp(join(tmpdir(), 'cwp-pg-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'postgres.log');
  // Socket dir = the temp dir itself (short path: unix socket paths are limited to ~107 bytes).
  const sockDir = dir;
  if (runAs.uid !== undefined && runAs.gid !== undefined) await chown(dir, runAs.uid, runAs.gid);

  let started = false;
  let stopped = false;
  const stopSync = () => {
    // Last-resort cleanup if the process exits without calling stop().
    if (stopped) return;
    stopped = true;
    if (started) {
      const { cmd, args } = runAs.wrap(join(PG_BIN, 'pg_ctl'), ['stop', '-m', 'immediate', '-D', dataDir]);
      spawnSync(cmd, args, { cwd: dir, env: cleanEnv(), stdio: 'ignore' });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stopSync);

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stopSync);
    if (started) {
      const r = await run(runAs, dir, 'pg_ctl', ['stop', '-m', 'immediate', '-D', dataDir]);
      if (r.code !== 0) log(`[pg] pg_ctl stop exited ${r.code}: ${r.out.trim()}`);
    }
    await rm(dir, { recursive: true, force: true });
    log(`[pg] cluster stopped, ${dir} removed`);
  };

  let serverOpts = '';
  const pause = async () => {
    // 'fast' ends open connections with admin_shutdown, as an operator's restart does.
    const r = await run(runAs, dir, 'pg_ctl', ['stop', '-m', 'fast', '-w', '-D', dataDir]);
    if (r.code !== 0) throw new Error(`pg_ctl stop failed (exit ${r.code}): ${r.out}`);
    log('[pg] paused');
  };
  const resume = async () => {
    const r = await run(runAs, dir, 'pg_ctl', ['start', '-w', '-t', '60', '-D', dataDir, '-l', logFile, '-o', serverOpts]);
    if (r.code !== 0) throw new Error(`pg_ctl start failed (exit ${r.code}): ${r.out}\n${await tail(logFile)}`);
    log('[pg] resumed');
  };

  try {
    const locale = pickLocale();
    const t0 = Date.now();
    const init = await run(runAs, dir, 'initdb', [
      '-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', `--locale=${locale}`, '--no-sync',
    ]);
    if (init.code !== 0) throw new Error(`initdb failed (exit ${init.code}):\n${init.out}`);
    log(`[pg] initdb ${dataDir} (locale ${locale}) in ${Date.now() - t0} ms`);

    let lastErr = '';
    for (let attempt = 1; attempt <= 3 && !started; attempt++) {
      const port = await freePort();
      serverOpts = [
        `-p ${port}`, `-k ${sockDir}`, '-c listen_addresses=127.0.0.1', '-c fsync=off',
        '-c synchronous_commit=off', '-c full_page_writes=off', '-c max_connections=200',
      ].join(' ');
      const t1 = Date.now();
      const r = await run(runAs, dir, 'pg_ctl', ['start', '-w', '-t', '120', '-D', dataDir, '-l', logFile, '-o', serverOpts]);
      if (r.code === 0) {
        started = true;
        const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
        log(`[pg] started ${url} in ${Date.now() - t1} ms`);
        return { url, stop, pause, resume };
      }
      lastErr = `pg_ctl start failed (exit ${r.code}, port ${port}):\n${r.out}\n--- log ---\n${await tail(logFile)}`;
      log(`[pg] attempt ${attempt}: ${lastErr}`);
      // A failed start with -w may leave a half-started postmaster; make sure it is gone before retrying.
      await run(runAs, dir, 'pg_ctl', ['stop', '-m', 'immediate', '-D', dataDir]);
    }
    throw new Error(lastErr);
  } catch (err) {
    started = true; // attempt a stop in case a postmaster is alive
    await stop().catch(() => {});
    throw err;
  }
}

// ---- CLI ----------------------------------------------------------------------------------------
function isMain(): boolean {
  const argv1 = process.argv[1];
  if (!argv1) return false;
  try {
    return realpathSync(argv1) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  const cluster = await startThrowawayCluster({ log: (s) => console.error(s) });
  console.log(cluster.url);
  console.error('[pg] press Ctrl-C to stop');
  const keepAlive = setInterval(() => {}, 1 << 30);
  let stopping = false;
  const shutdown = async (sig: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`[pg] ${sig} received, stopping`);
    clearInterval(keepAlive);
    await cluster.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
