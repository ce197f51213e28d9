/**
 * 开放数据接口 (A17.4) end to end in a real browser against the real product server: the system administrator
 * opens 系统管理 → 开放接口, creates a key for a 泰山区 platform with two fields, sees the secret once with its
 * warning, the other system reads workers with it (only those fields, only 泰山区), the call shows up in the
 * key's call log, and after revoking (with confirmation) the same key is refused.
 *
 * E2E_BASE_URL=http://127.0.0.1:4173 runs against an already running server instead of starting one.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { screenshot, typeAndAwaitSearch, useBrowserSession } from './harness.ts';

const session = useBrowserSession();
let page: Page;
let baseUrl: string;
beforeAll(() => {
  page = session.page;
  baseUrl = session.baseUrl;
});

const SYSTEM = '泰山区智慧社区平台（E2E）';
let secret = '';

/** A call as the other system makes it: bearer key, no cookie of ours. */
async function openGet(path: string, key: string) {
  const ctx = await page.context().browser()!.newContext();
  try {
    const res = await ctx.request.get(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${key}` } });
    return { status: res.status(), body: (await res.json()) as { items?: Record<string, unknown>[] } };
  } finally {
    await ctx.close();
  }
}

test('A17.4 the system administrator creates a key; the secret is shown once with a warning', async () => {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill('Demo@123456');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.getByRole('menuitem', { name: '系统管理' }).click();
  await page.getByRole('menuitem', { name: '开放接口' }).click();
  await page.waitForURL(/\/admin\/open-data$/);
  await expect.poll(() => page.getByText('开放数据接口').first().isVisible()).toBe(true);

  await page.getByTestId('open-key-create').click();
  await page.getByTestId('open-key-name').fill(SYSTEM);
  await page.getByTestId('open-key-contact').fill('王工 0538-8221234');
  await page.getByTestId('open-key-scope').click();
  await typeAndAwaitSearch(page, '泰山区');
  await page.locator('.ant-select-item-option', { hasText: '370902' }).first().click();
  const fields = page.getByTestId('open-key-fields');
  await fields.getByText('姓名', { exact: true }).click();
  await fields.getByText('人员类别', { exact: true }).click();
  await page.getByRole('button', { name: /保\s*存/ }).click();

  const shown = page.getByTestId('open-key-secret');
  await shown.waitFor();
  secret = (await shown.innerText()).trim();
  expect(secret).toMatch(/^cwp_[A-Za-z0-9_-]{43}$/);
  await expect.poll(() => page.getByText('密钥只显示这一次').isVisible()).toBe(true);
  // The form closes behind it; wait until only the secret dialog is on screen and its opening motion is done.
  await expect.poll(() => page.locator('.ant-modal-title', { hasText: '新建密钥' }).count()).toBe(0);
  await expect.poll(() => page.locator('[class*="ant-zoom"]').count()).toBe(0);
  await screenshot(page, 'open-data-secret-once');
  await page.getByTestId('open-key-secret-done').click();
  await expect.poll(() => page.getByTestId('open-key-secret').count()).toBe(0);
  // The list never shows the secret again, only its prefix.
  const table = page.getByTestId('open-keys-table');
  await expect.poll(() => table.getByText(SYSTEM).isVisible()).toBe(true);
  expect(await table.innerText()).not.toContain(secret);
});

test('A17.4 the other system reads only its scope and fields; the call is in the log; revoking stops it at once', async () => {
  const res = await openGet('/open/v1/workers?limit=20', secret);
  expect(res.status).toBe(200);
  expect(res.body.items!.length).toBe(20);
  for (const w of res.body.items!) {
    expect(Object.keys(w).sort()).toEqual(['category', 'communityCode', 'id', 'name']);
    expect(String(w.communityCode)).toMatch(/^370902/);
  }

  await page.getByRole('button', { name: '刷新' }).click();
  const row = page.getByTestId('open-keys-table').locator('tr', { hasText: SYSTEM });
  await row.getByRole('button', { name: '调用日志' }).click();
  const log = page.getByTestId('open-key-calls');
  await expect.poll(() => log.getByText('/open/v1/workers?limit=20').count()).toBe(1);
  await expect.poll(() => page.locator('[class*="motion-right"]').count()).toBe(0);
  await screenshot(page, 'open-data-call-log');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('.ant-drawer-open').count()).toBe(0);

  await row.getByRole('button', { name: /停\s*用/ }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /停\s*用/ }).click();
  await expect.poll(() => row.getByText('已停用').isVisible()).toBe(true);
  expect((await openGet('/open/v1/workers?limit=1', secret)).status).toBe(401);
  await screenshot(page, 'open-data-revoked');
});
