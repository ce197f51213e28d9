import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, screenshot, startProductServer, type ProductServer } from './harness.ts';

let server: ProductServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await startProductServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test('home page loads', async () => {
  const page = await browser!.newPage();
  await page.goto(`${server!.baseUrl}/`, { waitUntil: 'networkidle' });
  await screenshot(page, 'smoke-home');
  expect(await page.title()).toContain('社区工作者');
  await page.close();
});
