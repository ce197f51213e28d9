/**
 * Vitest global setup (runs once in the main vitest process, before any worker starts).
 *
 * TEST_DB=postgres: starts a throwaway PostgreSQL 15 cluster (scripts/pg-cluster.ts) and hands its
 * URL to the test files, both as `process.env.TEST_DATABASE_URL` (workers are forked after this
 * runs and inherit the env) and through `project.provide('testDatabaseUrl', url)`.
 * Test files should not read either directly: call `testDatabaseUrl()` from ./test-env.ts.
 *
 * TEST_DB unset or 'pglite': nothing to do (tests use an in-memory PGlite).
 */
import type { TestProject } from 'vitest/node';
import { startThrowawayCluster } from '../../../scripts/pg-cluster.ts';
import { testDbKind } from './test-env.ts';

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const kind = testDbKind();
  project.provide('testDbKind', kind);
  if (kind !== 'postgres') return undefined;

  const cluster = await startThrowawayCluster({ log: (s) => console.log(s) });
  process.env.TEST_DATABASE_URL = cluster.url;
  project.provide('testDatabaseUrl', cluster.url);
  return async () => {
    await cluster.stop();
    delete process.env.TEST_DATABASE_URL;
  };
}
