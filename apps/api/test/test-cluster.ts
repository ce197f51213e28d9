/**
 * Helpers for tests that need a database of their own on the throwaway PostgreSQL cluster, or that run
 * the command line in its own process as an operator would.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { testDatabaseUrl } from './test-env.ts';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

async function onCluster(cluster: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: cluster });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A new empty database on the cluster (URL), or undefined when the tests run on PGlite. */
export async function createClusterDatabase(prefix: string): Promise<{ name: string; url: string } | undefined> {
  const cluster = testDatabaseUrl();
  if (!cluster) return undefined;
  const name = `${prefix}_${Math.random().toString(36).slice(2, 10)}`;
  await onCluster(cluster, `CREATE DATABASE ${name}`);
  const u = new URL(cluster);
  u.pathname = `/${name}`;
  return { name, url: u.toString() };
}

export async function dropClusterDatabases(names: readonly string[]): Promise<void> {
  const cluster = testDatabaseUrl();
  if (!cluster) return;
  for (const name of names) await onCluster(cluster, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run cli -- …` in its own process with only PATH and the given environment. */
export function runCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/cli.ts', ...args], { cwd: repoRoot, env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
