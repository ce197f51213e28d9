/**
 * 减负增效 (A17.1, A17.2) end to end in a real browser against the real product server. The department user
 * `yingji` (泰山区应急管理局) sees only the matter list and assignment in the menu; it tries to hand an unlisted
 * matter to 东湖社区 and reads why not in the form; it tries to make the community responsible for a work-safety
 * matter and is told a community may only assist; then it assigns the listed matter as 协助 and sees the record.
 *
 * E2E_BASE_URL=http://127.0.0.1:4173 runs against an already running server instead of starting one.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { screenshot, useBrowserSession } from './harness.ts';

const session = useBrowserSession();
let page: Page;
let baseUrl: string;
beforeAll(() => {
  page = session.page;
  baseUrl = session.baseUrl;
});

const UNLISTED = '招商引资任务分解';
const LISTED = '安全隐患排查报告';

const signIn = session.signIn;

async function typeMatter(name: string) {
  const input = page.locator('input[data-testid="assign-matter"], [data-testid="assign-matter"] input').first();
  await input.click();
  await input.fill(name);
  await page.keyboard.press('Escape');
}

const refusal = () => page.getByTestId('assign-refusal');

test('A17.1 the department sees the list that applies to it and only its two pages', async () => {
  await signIn('yingji', '/burden/matters');
  await expect.poll(() => page.getByTestId('matters-table').locator('tbody tr').count()).toBeGreaterThan(10);
  const menu = page.locator('.ant-menu');
  await expect.poll(() => menu.getByText('事项准入清单').count()).toBeGreaterThan(0);
  expect(await menu.getByText('借调管理').count()).toBe(0);
  expect(await menu.getByText('牌子与证明').count()).toBe(0);
  expect(await page.getByTestId('matter-add').count()).toBe(0);
  expect(await page.getByTestId('matter-request').count()).toBe(1);
  await screenshot(page, 'burden-01-matter-list-department');
});

test('A17.1 A17.2 yingji tries an unlisted matter and sees why not, then assigns a listed one as 协助', async () => {
  await page.goto(`${baseUrl}/burden/assign`);
  await page.getByTestId('assign-form').waitFor();
  await typeMatter(UNLISTED);
  await page.getByTestId('assign-community').click();
  await page.keyboard.type('东湖');
  await page.locator('.ant-select-dropdown:visible').getByTitle('东湖社区居委会', { exact: true }).first().click();
  await page.getByTestId('assign-submit').click();
  await refusal().waitFor();
  await expect.poll(() => refusal().textContent()).toMatch(/不在东湖社区居委会现行的社区工作事项准入清单内.*申请增加事项/);
  await screenshot(page, 'burden-02-unlisted-refused');

  await typeMatter(LISTED);
  await page.getByTestId('assign-role').getByText('责任主体').click();
  await page.getByTestId('assign-submit').click();
  await refusal().waitFor();
  await expect.poll(() => refusal().textContent()).toMatch(/安全生产领域，社区不得作为责任主体，只能派为“协助”/);
  await screenshot(page, 'burden-03-responsible-refused');

  await page.getByTestId('assign-role').getByText('协助').click();
  await page.getByTestId('assign-submit').click();
  const row = page.getByTestId('assignments').locator('tbody tr').filter({ hasText: LISTED }).filter({ hasText: '东湖社区' });
  await row.first().waitFor();
  expect(await row.first().textContent()).toMatch(/协助.*泰山区应急管理局/);
  expect(await refusal().count()).toBe(0);
  await expect.poll(() => page.locator('.ant-message-notice').count()).toBe(0);
  await screenshot(page, 'burden-04-assigned-as-assist');
});

test('A17.1 A17.3 the district sees each community against its limits, secondments and apps', async () => {
  await page.getByTestId('user-menu').hover();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/\/login/);
  await signIn('taishan', '/burden/community');
  const table = page.getByTestId('community-burden-table');
  await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(5);
  await expect.poll(() => page.getByTestId('burden-limits').textContent()).toMatch(/外挂牌子 ≤ 2 块.*泰山区/);
  await table.locator('tbody tr').filter({ hasText: '东湖社区居委会' }).first().click();
  await page.getByTestId('certificates').waitFor();
  await page.getByTestId('certificate-name').fill('亲属关系证明');
  await page.getByTestId('certificate-basis').fill('居民办理继承手续');
  await page.getByTestId('certificate-add').click();
  await expect.poll(() => page.getByTestId('certificates').textContent()).toMatch(/不应由基层群众性自治组织出具的证明事项/);
  await screenshot(page, 'burden-05-community-limits-certificate-refused');

  // The list owner edits (a new version each time) and sees the department's matter requests.
  await page.goto(`${baseUrl}/burden/matters`);
  await expect.poll(() => page.getByTestId('matters-table').getByRole('button', { name: '调 整' }).count()).toBeGreaterThan(5);
  await screenshot(page, 'burden-05b-matter-list-owner');

  await page.goto(`${baseUrl}/burden/secondments`);
  await page.getByTestId('secondments-page').waitFor();
  // The demo's approved secondment at 洼子街 is active today.
  await expect.poll(() => page.getByTestId('secondments-page').locator('tbody tr').filter({ hasText: '借调中' }).count()).toBe(1);
  await page.getByTestId('secondment-new').click();
  await page.getByTestId('secondment-level').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('县级', { exact: true }).click();
  // The choice lands first; the dropdown's closing animation can take seconds on a loaded machine.
  await expect.poll(() => page.getByTestId('secondment-level').textContent(), { timeout: 15_000 }).toContain('县级');
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count(), { timeout: 15_000 }).toBe(0);
  await expect.poll(() => page.locator('.ant-modal').textContent()).toMatch(/县级及以上机关事业单位不得借调社区工作者/);
  await screenshot(page, 'burden-06-secondment-county-forbidden');
  await page.keyboard.press('Escape');

  await page.goto(`${baseUrl}/burden/platforms`);
  await expect.poll(() => page.getByTestId('platform-counts').locator('tbody tr').filter({ hasText: '超过上限' }).count()).toBeGreaterThan(0);
  await screenshot(page, 'burden-07-platforms-over-threshold');

  // A17.3: the district's staffing overview shows the effective headcount, one fewer than on the books.
  await page.goto(`${baseUrl}/staffing`);
  const effective = page.getByTestId('staffing-effective-headcount');
  await effective.waitFor();
  const n = (s: string | null) => Number((s ?? '').replace(/[^\d]/g, ''));
  await expect.poll(async () => n(await page.getByTestId('staffing-headcount').textContent()) - n(await effective.textContent())).toBe(1);
  await screenshot(page, 'burden-08-staffing-effective-headcount');
});
