/**
 * What database the API tests run against. Usable from test files (vitest workers) and from the
 * global setup. Set TEST_DB=postgres to run on a throwaway PostgreSQL 15 cluster; default is PGlite.
 */
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseUrl?: string;
    testDbKind?: 'pglite' | 'postgres';
  }
}

/** 'postgres' when TEST_DB=postgres, otherwise 'pglite' (TEST_DB unset or 'pglite'). */
export function testDbKind(): 'pglite' | 'postgres' {
  const v = (process.env.TEST_DB ?? '').trim().toLowerCase();
  if (v === '' || v === 'pglite') return 'pglite';
  if (v === 'postgres' || v === 'pg' || v === 'postgresql') return 'postgres';
  throw new Error(`TEST_DB must be 'pglite' or 'postgres', got '${process.env.TEST_DB}'`);
}

/**
 * URL of the throwaway PostgreSQL cluster started by the global setup
 * (`postgres://postgres@127.0.0.1:PORT/postgres`, trust auth, superuser), or undefined on PGlite.
 * Each test file should create its own database on it (CREATE DATABASE t_<random>) and drop it after.
 */
export function testDatabaseUrl(): string | undefined {
  if (testDbKind() !== 'postgres') return undefined;
  const fromEnv = process.env.TEST_DATABASE_URL;
  if (fromEnv) return fromEnv;
  let injected: string | undefined;
  try {
    injected = inject('testDatabaseUrl');
  } catch {
    injected = undefined; // not inside a vitest worker
  }
  if (!injected) {
    throw new Error('TEST_DB=postgres but no cluster URL: run through vitest with apps/api/test/global-setup.ts');
  }
  return injected;
}
