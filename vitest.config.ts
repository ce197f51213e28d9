import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit + API tests (`npm test` stages "unit" and "postgres"). Browser E2E tests have their own
// config in e2e/vitest.config.ts. TEST_DB=postgres makes the global setup start a throwaway
// PostgreSQL 15 cluster; otherwise API tests use an in-memory PGlite.
export default defineConfig({
  // Keep Vite from picking up the web app's config/root.
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'apps/api/src/**/*.test.ts',
      'apps/api/test/**/*.test.ts',
    ],
    exclude: ['e2e/**', '**/node_modules/**', '**/dist/**'],
    environment: 'node',
    pool: 'forks',
    // Each API test file creates its own database (PGlite keeps ~500 MB per instance): cap workers.
    // At least 2 so the 2-core CI machine still runs files in parallel. Override: VITEST_MAX_WORKERS.
    maxWorkers: process.env.VITEST_MAX_WORKERS ?? Math.max(2, Math.min(availableParallelism() - 1, 6)),
    testTimeout: 30_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
    globalSetup: ['apps/api/test/global-setup.ts'],
  },
});
