/**
 * Browser E2E harness: starts the product server (the real `apps/api/src/main.ts`, serving the built
 * web app) on a free port with a throwaway DATA_DIR, and drives Debian's /usr/bin/chromium through
 * playwright-core.
 *
 *   const server = await startProductServer();
 *   const browser = await launchBrowser();
 *   const page = await browser.newPage();
 *   await page.goto(`${server.baseUrl}/`);
 *   await screenshot(page, 'home');            // test-artifacts/e2e/home.png
 *   await browser.close(); await server.stop();
 *
 * Under tsx, pass `page.evaluate` a string, not a function ("__name is not defined").
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { freePort } from '../scripts/pg-cluster.ts';
import { teeServerLog } from '../scripts/suite-log-tee.ts';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const artifactsDir = join(repoRoot, 'test-artifacts', 'e2e');

export interface ProductServer {
  baseUrl: string;
  dataDir: string;
  stop: () => Promise<void>;
  /** Everything the server wrote to stdout and stderr so far (last ~2 MB). */
  output: () => string;
}

const HEALTH_TIMEOUT_MS = 180_000; // first start loads the national org tree
const MAX_OUTPUT = 2_000_000;

export async function startProductServer(opts: { env?: Record<string, string> } = {}): Promise<ProductServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'cwp-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  // Don't leak the test runner's own variables (VITEST*, NODE_ENV=test, TEST_DB…) into the product.
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(VITEST|TEST_|NODE_ENV$|NODE_OPTIONS$)/.test(k)) env[k] = v;
  }
  // LOGIN_RATE_PER_MINUTE: a suite signs in dozens of times a minute from 127.0.0.1 (the product default is 20).
  Object.assign(env, { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'production', LOGIN_RATE_PER_MINUTE: '1000' }, opts.env);

  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const collect = (d: Buffer) => {
    out += d.toString();
    if (out.length > MAX_OUTPUT) out = out.slice(-MAX_OUTPUT);
  };
  teeServerLog(child, 'e2e-server');
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  let exitInfo: string | undefined;
  const exited = new Promise<void>((res) => {
    child.on('exit', (code, signal) => {
      exitInfo = `exit code ${code}, signal ${signal}`;
      res();
    });
    child.on('error', (err) => {
      exitInfo = `spawn error: ${err.message}`;
      res();
    });
  });
  const killOnExit = () => {
    if (exitInfo === undefined) child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (exitInfo === undefined) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    process.off('exit', killOnExit);
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let lastErr = '';
  while (true) {
    if (exitInfo !== undefined) {
      await stop();
      throw new Error(`product server exited before becoming healthy (${exitInfo}). Output:\n${out}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) break;
      lastErr = `GET /api/health -> ${res.status}`;
      await res.body?.cancel();
    } catch (err) {
      lastErr = err instanceof Error ? err.message : String(err);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`product server not healthy after ${HEALTH_TIMEOUT_MS / 1000}s (${lastErr}). Output:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }

  return { baseUrl, dataDir, stop, output: () => out };
}

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Debian's chromium via playwright-core. Playwright makes its own profile dir (no --user-data-dir). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a full-page PNG to test-artifacts/e2e/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  const file = join(artifactsDir, `${name.replace(/[^\p{L}\p{N}._-]+/gu, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface BrowserSession {
  readonly page: Page;
  readonly baseUrl: string;
  /** A GET through the page's own request context (the signed-in user's session), expecting 200. */
  getJson<T>(path: string): Promise<T>;
  /** Signs in a demo account on the login page (optionally with ?next=) and waits to leave it. */
  signIn(username: string, next?: string): Promise<void>;
  /** Signs out through the desktop header's user menu. */
  signOut(): Promise<void>;
  /** Signs out from a phone-sized page's own header. */
  signOutPhone(): Promise<void>;
  /** Success toasts sit over the content for three seconds; screenshots wait them out. */
  toastsGone(): Promise<void>;
}

/**
 * Registers the file's beforeAll/afterAll: the product server (or E2E_BASE_URL) and one Chromium page at
 * 1440×900 in zh-CN that all tests of the file share, signing in once.
 */
export function useBrowserSession(): BrowserSession {
  let server: ProductServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let baseUrl = '';
  beforeAll(async () => {
    const external = process.env.E2E_BASE_URL;
    if (external) baseUrl = external;
    else {
      server = await startProductServer();
      baseUrl = server.baseUrl;
    }
    browser = await launchBrowser();
    // The CSRF header the web app's api-client sends, so tests' own fetch/page.request calls pass too.
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true, extraHTTPHeaders: { 'x-requested-with': 'cwp' } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get page() {
      return page!;
    },
    get baseUrl() {
      return baseUrl;
    },
    async getJson<T>(path: string): Promise<T> {
      const res = await page!.request.get(`${baseUrl}${path}`);
      if (res.status() !== 200) throw new Error(`GET ${path}: ${res.status()} ${await res.text()}`);
      return (await res.json()) as T;
    },
    signIn: async (username, next) => {
      // A test that failed half-way may leave someone signed in; the login page would send them on.
      await page!.context().clearCookies();
      await page!.goto(`${baseUrl}/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
      await page!.getByLabel('用户名').fill(username);
      await page!.getByLabel('密码').fill('Demo@123456');
      await page!.getByRole('button', { name: /登\s*录/ }).click();
      await page!.waitForURL((u) => !u.pathname.startsWith('/login'));
    },
    signOut: async () => {
      await page!.getByTestId('user-menu').hover();
      await page!.getByRole('menuitem', { name: '退出登录' }).click();
      await page!.waitForURL(/\/login/);
    },
    signOutPhone: async () => {
      await page!.getByTestId('my-logout').click();
      await page!.waitForURL(/\/login/);
    },
    toastsGone: () => expect.poll(() => page!.locator('.ant-message-notice').count(), { timeout: 8000 }).toBe(0),
  };
}

/**
 * Types into a focused server-searched select and waits until every option shown matches the whole text, so
 * the option clicked next belongs to the final list (each keystroke searches, answers may come from the
 * query cache, and an earlier list can still be on screen when the click lands).
 */
export async function typeAndAwaitSearch(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.waitForFunction((t) => {
    // Runs in the browser; the test project has no DOM types.
    const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> } }).document;
    const options = Array.from(doc.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option'));
    return options.length > 0 && options.every((o) => (o.textContent ?? '').includes(t));
  }, text);
}

/**
 * Chooses an option of an antd Select and checks it took: on a loaded machine a click can land while the
 * dropdown is still animating open and be lost, so the choice is retried until the select shows it.
 */
/**
 * chooseOption for a server-searched select: types `typed`, clicks the option `pick` finds among those shown,
 * and checks the select then shows `shows`; retried like chooseOption, because the click can land while the
 * dropdown animates or an earlier answer is replaced and be lost (it failed a CI run once).
 */
export async function searchAndChoose(page: Page, select: Locator, typed: string, pick: (options: Locator) => Locator, shows = typed): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await select.click();
    // A lost attempt can leave its text in the search box; start from an empty one.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await typeAndAwaitSearch(page, typed);
    await pick(page.locator('.ant-select-dropdown:visible .ant-select-item-option')).first().click();
    try {
      await expect.poll(() => select.textContent(), { timeout: 5_000 }).toContain(shows);
      return;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}

export async function chooseOption(page: Page, select: Locator, option: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await select.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
    try {
      await expect.poll(() => select.textContent(), { timeout: 5_000 }).toContain(option);
      return;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}
