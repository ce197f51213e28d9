/**
 * 岗位与薪酬 end to end in a real browser against the real product server, as the city user `taian`:
 * the national default pack and its calculator (A4.1, A12.1), an annual advancement for 泰山区 proposed and
 * approved (A4.2, A9.5), the explained grade on a worker's page, and a street's monthly pay sheet.
 *
 * E2E_BASE_URL=http://127.0.0.1:4173 runs against an already running server instead of starting one.
 */
import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { screenshot, searchAndChoose, useBrowserSession } from './harness.ts';

const session = useBrowserSession();
let page: Page;
let baseUrl: string;
beforeAll(() => {
  page = session.page;
  baseUrl = session.baseUrl;
});
const fetchInPage = <T,>(path: string) => session.getJson<T>(path);

async function pick(testId: string, label: string, option: string) {
  await page.getByTestId(testId).getByLabel(label).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

test('A4.1 taian opens 规则包与测算 and computes a 副职 with 12 years, a bachelor degree and 社会工作师: grade 11', async () => {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('用户名').fill('taian');
  await page.getByLabel('密码').fill('Demo@123456');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(/\/home$/);
  await page.getByRole('menuitem', { name: '规则包与测算' }).click();
  await page.waitForURL(/\/grading$/);
  await expect.poll(() => page.getByTestId('pack-detail').locator('.ant-card-head-title').textContent()).toBe('全国默认 三岗十八级');
  await pick('grade-preview-form', '岗位类别', '副职');
  await page.getByTestId('grade-preview-form').getByLabel('社区工作年限').fill('12');
  await pick('grade-preview-form', '社工资格', '社会工作师');
  await page.getByTestId('grade-preview-run').click();
  await expect.poll(() => page.getByTestId('grade-value').textContent()).toBe('11 级');
  expect(await page.getByTestId('grade-pay').textContent()).toBe('15,087.25');
  await page.getByText('等级 = 4 + 5 + 2 = 11 级').waitFor();
  await screenshot(page, 'grading-01-preview');
});

test('A4.2 年度晋级 for 泰山区: propose, review the changes, approve them into the registry', async () => {
  await page.goto(`${baseUrl}/grading/advancement?org=370902`);
  await page.getByTestId('advancement-propose').click();
  const batch = page.getByTestId('advancement-batch');
  await batch.locator('.ant-table-row').first().waitFor();
  await screenshot(page, 'grading-02-advancement-proposed');
  await page.getByTestId('advancement-approve').click();
  await page.locator('.ant-popover:visible').getByRole('button', { name: /确\s*定/ }).click();
  await batch.getByText('已审批').waitFor();
  await batch.getByText('已写入').first().waitFor();
  await screenshot(page, 'grading-03-advancement-approved');
});

test('A4.3 a worker’s page explains the approved grade and its pay', async () => {
  const list = await fetchInPage<{ items: { id: number }[] }>('/api/workers?org=370902001&pageSize=1');
  await page.goto(`${baseUrl}/workers/${list.items[0]!.id}`);
  const card = page.getByTestId('worker-grade');
  await card.getByText(/档案记载：\d+ 级/).waitFor();
  await card.getByText('月工资合计', { exact: false }).first().waitFor();
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'grading-04-worker-grade');
});

test('A12.1 岱庙街道 pay sheet: the total equals the API figure and exports to Excel', async () => {
  await page.goto(`${baseUrl}/grading/paysheet?org=370902001`);
  const month = new Date().toISOString().slice(0, 7);
  const api = await fetchInPage<{ totals: { monthlyPay: number } }>(`/api/grading/paysheet/370902001?month=${month}`);
  const shown = api.totals.monthlyPay.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  await expect.poll(() => page.getByTestId('paysheet-total').textContent()).toBe(shown);
  await screenshot(page, 'grading-05-paysheet');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('paysheet-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  expect((await stat(await download.path())).size).toBeGreaterThan(0);
});

test('A4.1 the city copies the default pack into a draft, moves to two-year steps, sees the impact, publishes, and a worker’s grade follows', async () => {
  await page.goto(`${baseUrl}/grading?org=3709`);
  await expect.poll(() => page.getByTestId('pack-detail').locator('.ant-card-head-title').textContent()).toBe('全国默认 三岗十八级');
  await page.getByTestId('pack-copy').click();
  const modal = page.locator('.ant-modal:visible');
  await modal.getByLabel('编号').fill('taian-e2e');
  await modal.getByLabel('名称').fill('泰安市 岗位等级薪酬（两年一档）');
  await modal.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect.poll(() => page.getByTestId('pack-detail').locator('.ant-card-head-title').textContent()).toBe('泰安市 岗位等级薪酬（两年一档）');
  await page.locator('input[data-testid="pack-step-years"], [data-testid="pack-step-years"] input').first().fill('2');
  await page.getByTestId('pack-save').click();
  await expect.poll(async () => (await fetchInPage<{ grading: { stepYears: number } }>('/api/grading/packs/taian-e2e')).grading.stepYears).toBe(2);

  await page.getByTestId('what-if-run').click();
  await page.getByTestId('what-if-result').waitFor();
  const impact = await fetchInPage<{ gradeChanges: number; examples: { workerId: number; gradeDraft: number }[] }>('/api/grading/packs/taian-e2e/what-if?org=3709');
  expect(impact.gradeChanges).toBeGreaterThan(0);
  await expect.poll(() => page.getByTestId('what-if-changes').textContent()).toBe(String(impact.gradeChanges));
  await screenshot(page, 'grading-06-what-if');

  await page.getByTestId('pack-publish').click();
  await page.locator('.ant-popover:visible').getByRole('button', { name: /确\s*定/ }).click();
  await expect.poll(async () => (await fetchInPage<{ status: string }>('/api/grading/packs/taian-e2e')).status).toBe('published');

  const changed = impact.examples[0]!;
  await page.goto(`${baseUrl}/workers/${changed.workerId}`);
  const card = page.getByTestId('worker-grade');
  await card.getByText('适用规则包：泰安市 岗位等级薪酬（两年一档）', { exact: false }).first().waitFor();
  await expect.poll(() => card.getByTestId('grade-value').textContent()).toBe(`${changed.gradeDraft} 级`);
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'grading-07-worker-under-new-pack');
});

test('A4.1 a pack drafted by hand in YAML is imported as a draft of the city', async () => {
  const base = await fetchInPage<Record<string, unknown>>('/api/grading/packs/national-default');
  const yamlPath = join(await mkdtemp(join(tmpdir(), 'cwp-pack-')), 'taian-yaml.yaml');
  await writeFile(yamlPath, stringify({ ...base, id: 'taian-yaml', name: '泰安市 规则包（YAML 导入）', orgCode: '3709', status: 'draft' }));
  await page.goto(`${baseUrl}/grading?org=3709`);
  await page.getByTestId('pack-detail').waitFor();
  await page.locator('[data-testid="pack-detail"] input[type="file"]').setInputFiles(yamlPath);
  await expect.poll(() => page.getByTestId('pack-detail').locator('.ant-card-head-title').textContent()).toBe('泰安市 规则包（YAML 导入）');
  expect((await fetchInPage<{ status: string; orgCode: string }>('/api/grading/packs/taian-yaml')).orgCode).toBe('3709');
});

test('A15.1 泰山区 budget for next year: the total equals the API figure', async () => {
  const year = new Date().getFullYear() + 1;
  await page.goto(`${baseUrl}/grading/budget?org=370902`);
  const api = await fetchInPage<{ total: number }>(`/api/grading/budget/370902?year=${year}`);
  const shown = api.total.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  await page.getByTestId('budget').getByText(shown, { exact: true }).first().waitFor();
  await screenshot(page, 'grading-08-budget');
});

test('A12.3 a front-line allowance recorded for an emergency shows on the month’s pay sheet', async () => {
  const month = new Date().toISOString().slice(0, 7);
  const worker = (await fetchInPage<{ items: { id: number; name: string; idNumber: string }[] }>('/api/workers?org=370902001&pageSize=1&status=在职')).items[0]!;
  await page.goto(`${baseUrl}/grading/special-allowances?org=370902001`);
  await page.getByTestId('special-add').click();
  const modal = page.locator('.ant-modal:visible');
  // Namesakes are told apart by the ID number's last four digits in the option.
  await searchAndChoose(page, modal.getByTestId('special-worker'), worker.name, (options) => options.filter({ hasText: `${worker.name}（` }).filter({ hasText: `尾号 ${worker.idNumber.slice(-4)}` }));
  await modal.getByTestId('special-kind').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('应急处突一线津贴', { exact: true }).click();
  await modal.getByTestId('special-event').fill('燃气泄漏群众转移');
  await modal.getByTestId('special-basis').fill('泰山区应急指挥部〔2026〕3号');
  const range = modal.locator('.ant-picker-range input');
  await range.nth(0).click();
  await range.nth(0).fill(`${month}-01`);
  await range.nth(1).fill(`${month}-02`);
  await page.keyboard.press('Enter');
  await modal.locator('input[data-testid="special-days"], [data-testid="special-days"] input').first().fill('2');
  await modal.locator('input[data-testid="special-amount"], [data-testid="special-amount"] input').first().fill('500');
  await screenshot(page, 'grading-09-special-allowance-form');
  await modal.getByRole('button', { name: /登\s*记/ }).click();
  await page.getByTestId('special-allowances').getByText('燃气泄漏群众转移').waitFor();
  await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
  await screenshot(page, 'grading-10-special-allowances');

  const sheet = await fetchInPage<{ lines: { workerId: number; items: Record<string, number> }[] }>(`/api/grading/paysheet/370902001?month=${month}`);
  expect(sheet.lines.find((l) => l.workerId === worker.id)!.items['应急处突一线津贴']).toBe(500);
  await page.goto(`${baseUrl}/grading/paysheet?org=370902001`);
  await page.getByTestId('paysheet').getByRole('columnheader', { name: '应急处突一线津贴' }).waitFor();
});
