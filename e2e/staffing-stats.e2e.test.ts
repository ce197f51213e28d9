/**
 * Statistics and staffing end to end in a real browser against the real product server, as the city
 * user `taian` (泰安市): 统计分析 KPIs against the API and drill-down city → county → street (A16.1),
 * the workbook export, 配备管理 flags by level, rule and ceiling set through the forms (A3.1), and a
 * street re-allocation move carried out as transfers (A3.2).
 *
 * E2E_BASE_URL=http://127.0.0.1:4173 runs against an already running server instead of starting one.
 */
import { stat } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { screenshot, useBrowserSession } from './harness.ts';

interface StatsNode {
  code: string;
  name: string;
  total: number;
}
interface StaffingNode {
  code: string;
  name: string;
  headcount: number;
  flags: { code: string; level: string }[];
}
interface AllocationPlan {
  communities: { code: string; name: string; current: number }[];
  moves: { from: string; fromName: string; to: string; toName: string; count: number }[];
}

const session = useBrowserSession();
let page: Page;
let baseUrl: string;

/** A GET with the signed-in user's session. */
const fetchInPage = <T,>(path: string) => session.getJson<T>(path);

function postInPage<T>(path: string, body: unknown): Promise<T> {
  return page.evaluate(
    `fetch(${JSON.stringify(path)}, { method: 'POST', headers: { 'content-type': 'application/json' }, body: ${JSON.stringify(JSON.stringify(body))} }).then((r) => r.json())`,
  ) as Promise<T>;
}

const digits = (s: string | null) => Number((s ?? '').replace(/[^\d]/g, ''));
const kpiValue = (key: string) => page.getByTestId(`kpi-${key}`).locator('.ant-statistic-content-value').textContent();
const statsName = () => page.getByTestId('stats-node-name').textContent();
const staffingName = () => page.getByTestId('staffing-node-name').textContent();

/** Both chart kinds drew a canvas (ECharts came in with the lazy chunk). */
async function chartsDrawn(): Promise<void> {
  await page.getByTestId('chart-byCategory').locator('canvas').first().waitFor();
  await page.getByTestId('chart-byAgeBand').locator('canvas').first().waitFor();
  await page.waitForTimeout(600); // let the entry animation finish before a screenshot
}

beforeAll(async () => {
  page = session.page;
  baseUrl = session.baseUrl;
});


test('A16.1 taian opens 统计分析: the total KPI of 泰安市 equals the API figure', async () => {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('用户名').fill('taian');
  await page.getByLabel('密码').fill('Demo@123456');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(/\/home$/);

  await page.getByRole('menuitem', { name: '统计分析' }).click();
  await page.waitForURL(/\/stats$/);
  await expect.poll(statsName).toBe('泰安市');
  const api = await fetchInPage<StatsNode>('/api/stats/3709');
  expect(api.total).toBeGreaterThan(0);
  await expect.poll(async () => digits(await kpiValue('total'))).toBe(api.total);
  // Shares are shown with one decimal.
  expect(await kpiValue('under35Share')).toMatch(/^\d{1,3}\.\d%$/);
  await chartsDrawn();
  await page.getByTestId('stats-trend-chart').locator('canvas').first().waitFor();
  await screenshot(page, 'stats-01-city');
});

test('A16.1 drill down 泰安市 → 泰山区 → 岱庙街道 through the children table', async () => {
  const table = page.getByTestId('stats-children-table');
  await table.getByText('泰山区', { exact: true }).click();
  await expect.poll(statsName).toBe('泰山区');
  const county = await fetchInPage<StatsNode>('/api/stats/370902');
  await expect.poll(async () => digits(await kpiValue('total'))).toBe(county.total);
  await chartsDrawn();
  await screenshot(page, 'stats-02-county');

  await table.getByText('岱庙街道', { exact: true }).click();
  await expect.poll(statsName).toBe('岱庙街道');
  const street = await fetchInPage<StatsNode>('/api/stats/370902001');
  await expect.poll(async () => digits(await kpiValue('total'))).toBe(street.total);
  await table.locator('.ant-table-row').first().waitFor();
  await chartsDrawn();
  await screenshot(page, 'stats-03-street');
});

test('A16.1 export the statistics table as an Excel workbook', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('stats-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = await download.path();
  expect((await stat(file)).size).toBeGreaterThan(0);
});

test('A3.1 配备管理 at a street: population unknown gives an amber flag; A3.2 is offered', async () => {
  await page.getByRole('menuitem', { name: '配备标准与总量' }).click();
  await page.waitForURL(/\/staffing$/);
  await expect.poll(staffingName).toBe('岱庙街道');
  const flag = page.getByTestId('staffing-flags').locator('[data-flag="population_unknown"]');
  await expect.poll(() => flag.getAttribute('data-level')).toBe('amber');
  expect(await flag.textContent()).toContain('人口或户数未知');
  await page.getByRole('menuitem', { name: '街道统筹调配' }).waitFor();
  await screenshot(page, 'staffing-01-street');
});

test('A3.2 街道统筹调配: carry out a suggested move as transfers of 社区专职工作人员', async () => {
  await page.getByRole('menuitem', { name: '街道统筹调配' }).click();
  await page.waitForURL(/\/staffing\/allocation$/);
  await page.getByTestId('allocation-plan-table').locator('.ant-table-row').first().waitFor();
  const before = await postInPage<AllocationPlan>('/api/staffing/370902001/allocation-plan', { basis: 'households' });
  const move = before.moves[0];
  expect(move, 'the demo street has an uneven distribution').toBeDefined();
  await screenshot(page, 'staffing-02-allocation');

  const row = page.getByTestId('allocation-moves').locator('.ant-table-row', { hasText: move!.fromName }).filter({ hasText: move!.toName });
  await row.getByRole('button', { name: /执行调动/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('move-workers-table').locator('.ant-table-row').first().waitFor();
  const boxes = dialog.locator('.ant-table-row .ant-checkbox-input');
  for (let i = 0; i < move!.count; i++) await boxes.nth(i).check();
  await screenshot(page, 'staffing-03-move-dialog');
  await dialog.getByRole('button', { name: new RegExp(`调动 ${move!.count} 人`) }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 20_000 });

  const current = (p: AllocationPlan, code: string) => p.communities.find((c) => c.code === code)?.current;
  const after = await postInPage<AllocationPlan>('/api/staffing/370902001/allocation-plan', { basis: 'households' });
  expect(current(after, move!.to)).toBe(current(before, move!.to)! + move!.count);
  expect(current(after, move!.from)).toBe(current(before, move!.from)! - move!.count);
  // The page refreshed the plan: the source community's current figure is the new one.
  const fromRow = page.getByTestId('allocation-plan-table').locator('.ant-table-row', { hasText: move!.fromName });
  await expect.poll(() => fromRow.locator('td').nth(3).textContent()).toBe(String(current(after, move!.from)));
  await screenshot(page, 'staffing-04-after-move');
});

test('A3.1 配备管理 at the city: counties carry red below-standard flags', async () => {
  await page.goto(`${baseUrl}/staffing?org=3709`);
  await expect.poll(staffingName).toBe('泰安市');
  const table = page.getByTestId('staffing-children-table');
  await table.locator('.ant-table-row').first().waitFor();
  expect(await table.locator('[data-level="red"]').count()).toBeGreaterThan(0);
  await screenshot(page, 'staffing-05-city');

  await table.getByText('泰山区', { exact: true }).click();
  await expect.poll(staffingName).toBe('泰山区');
  await table.locator('.ant-table-row').first().waitFor();
  // Streets have no population figures of their own in the demo data.
  expect(await table.locator('[data-flag="population_unknown"][data-level="amber"]').count()).toBeGreaterThan(0);
  await screenshot(page, 'staffing-06-county');
});

test('A3.1 set a preset staffing standard for 泰山区 through the form', async () => {
  await page.getByTestId('set-rule').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('参考标准').click();
  await page.locator('.ant-select-item-option', { hasText: '昌吉州' }).click();
  await expect.poll(() => dialog.getByLabel('每万城镇常住人口配备人数').inputValue()).toBe('25');
  await dialog.getByLabel('调整依据或原因').fill('参照昌吉州标准试行（E2E）');
  await screenshot(page, 'staffing-07-rule-dialog');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => page.getByTestId('staffing-rule').textContent()).toBe('每万城镇常住人口 25 人');
  expect(await page.getByTestId('staffing-rule-source').textContent()).toBe('本级设定');
  await page.getByTestId('staffing-history').getByText('参照昌吉州标准试行（E2E）').waitFor();
});

test('A3.1 a ceiling below the headcount of 泰山区 raises a red over-ceiling flag', async () => {
  const county = await fetchInPage<StaffingNode>('/api/staffing/370902');
  const ceiling = county.headcount - 50;
  await page.getByTestId('set-ceiling').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('总量控制数').fill(String(ceiling));
  await dialog.getByLabel('调整依据或原因').fill('区编委核定总量（E2E）');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await dialog.waitFor({ state: 'hidden' });

  const flag = page.getByTestId('staffing-flags').locator('[data-flag="over_ceiling"]');
  await expect.poll(() => flag.getAttribute('data-level')).toBe('red');
  expect(digits(await page.getByTestId('staffing-ceiling').textContent())).toBe(ceiling);
  await page.getByTestId('staffing-history').getByText('区编委核定总量（E2E）').waitFor();
  await screenshot(page, 'staffing-08-county-ceiling');

  // The parent's children table shows the same red flag on the county's row.
  await page.getByRole('button', { name: /返回上一级/ }).click();
  await expect.poll(staffingName).toBe('泰安市');
  const row = page.getByTestId('staffing-children-table').locator('.ant-table-row', { hasText: '泰山区' });
  await row.locator('[data-flag="over_ceiling"][data-level="red"]').waitFor();
  await screenshot(page, 'staffing-09-city-after-ceiling');
});
