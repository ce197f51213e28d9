import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser E2E tests: each file starts the real product server and a headless chromium.
// Run serially (2-core machine; each file = server + browser). `npm run test:e2e`.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    exclude: ['**/node_modules/**'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
    // A loaded 2-core CI machine renders slowly: UI polls get 15 s instead of vitest's default 1 s.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
