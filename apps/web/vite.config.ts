import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const pkg = (name: string) => fileURLToPath(new URL(`../../packages/${name}/src`, import.meta.url));

// echarts-for-react's build imports tslib without declaring it (hustcc/echarts-for-react#512), so it
// only resolves when npm happens to hoist tslib. Borrow the copy echarts itself depends on, in its ESM form.
const fromEcharts = createRequire(createRequire(import.meta.url).resolve('echarts/package.json'));
const tslibEsm = join(dirname(fromEcharts.resolve('tslib')), 'tslib.es6.js');

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The workspace packages export raw .ts files; aliasing straight to their sources keeps the
    // build independent of how node_modules symlinks were laid out.
    alias: [
      { find: /^@cwp\/contracts\/(.*)$/, replacement: `${pkg('contracts')}/$1.ts` },
      { find: /^@cwp\/domain\/(.*)$/, replacement: `${pkg('domain')}/$1.ts` },
      { find: /^tslib$/, replacement: tslibEsm },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
