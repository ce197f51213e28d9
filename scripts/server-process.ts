// The real product server (apps/api/src/main.ts) as a child process: for fault tests that kill it or take
// its database away, and for the load benchmark. Unlike e2e/harness.ts it keeps DATA_DIR across restarts
// and serves no web app.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './pg-cluster.ts';
import { teeServerLog } from './suite-log-tee.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const DEMO_PASSWORD = 'Demo@123456';

export interface ServerProcess {
  baseUrl: string;
  pid: number;
  /** Resolves when the process has exited (after kill or by itself). */
  exited: Promise<void>;
  kill(signal: NodeJS.Signals): void;
  output(): string;
  login(username: string): Promise<string>;
}

export async function startServerProcess(opts: { dataDir: string; databaseUrl?: string; port?: number; timeoutMs?: number; env?: Record<string, string>; nodeArgs?: string[] }): Promise<ServerProcess> {
  const port = opts.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(VITEST|TEST_|NODE_ENV$|NODE_OPTIONS$|DATABASE_URL$|PG)/.test(k)) env[k] = v;
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: opts.dataDir,
    NODE_ENV: 'production',
    // The 泰安 demo data only: the national tree would make each start take a minute.
    ORG_PREFIX: '3709',
    DEMO: 'on',
    LOG_LEVEL: 'warn',
    WEB_DIST: '/nonexistent',
    ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
    ...opts.env,
  });
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', 'apps/api/src/main.ts'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  teeServerLog(child, 'server-process');
  let out = '';
  const collect = (d: Buffer) => {
    out = (out + d.toString()).slice(-200_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let done = false;
  const exited = new Promise<void>((res) => child.on('exit', () => ((done = true), res())));
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));

  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  for (;;) {
    if (done) throw new Error(`server exited before becoming healthy:\n${out}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(3000) });
      await res.body?.cancel();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not healthy in time:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    baseUrl,
    pid: child.pid!,
    exited,
    kill: (signal) => void child.kill(signal),
    output: () => out,
    async login(username) {
      const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
      await res.body?.cancel();
      return res.headers.getSetCookie()[0]!.split(';')[0]!;
    },
  };
}
