/**
 * Worker register end to end in a real browser against the real product server (built web app +
 * API + first-start demo data): org tree → roster → register (A1.1, with the ID check) → find →
 * transfer (A9.3) → archive timeline (A9.5).
 *
 * E2E_BASE_URL=http://127.0.0.1:4173 runs against an already running server instead of starting one.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { computeIdCheckDigit } from '@cwp/domain/id-number';
import { screenshot, useBrowserSession } from './harness.ts';

interface OrgChild {
  code: string;
  name: string;
  level: string;
}

const session = useBrowserSession();
let page: Page;
let baseUrl: string;

// Shared across the ordered steps below.
const suffix = Array.from({ length: 3 }, () => '甲乙丙丁戊己庚辛壬癸'[Math.floor(Math.random() * 10)]).join('');
const workerName = `测试${suffix}`;
const first17 = `370902199${Math.floor(Math.random() * 6)}0${1 + Math.floor(Math.random() * 9)}1${Math.floor(Math.random() * 10)}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
const goodId = first17 + computeIdCheckDigit(first17);
const badId = first17 + (goodId.endsWith('1') ? '2' : '1');
let homeCommunity: OrgChild;
let targetCommunity: OrgChild;
let workerUrl = '';

const apiJson = <T,>(path: string) => session.getJson<T>(path);

/** Types into a searchable antd Select (confirmed with Enter) or a DatePicker (committed by Tab). */
async function pick(label: string, text: string, kind: 'select' | 'date' = 'select'): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(text);
  await page.waitForTimeout(150);
  await input.press(kind === 'select' ? 'Enter' : 'Tab');
}

beforeAll(async () => {
  page = session.page;
  baseUrl = session.baseUrl;
});


test('A1.1 taishan signs in on the 工作台 of 泰山区 with its key numbers, then opens the org tree', async () => {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('用户名').fill('taishan');
  await page.getByLabel('密码').fill('Demo@123456');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(/\/home$/);
  const stats = await apiJson<{ total: number }>('/api/stats/370902');
  await expect.poll(() => page.getByTestId('home-figure-total').locator('.ant-statistic-content-value').textContent()).toBe(stats.total.toLocaleString('en-US'));
  await screenshot(page, 'workers-00-home-taishan');
  await page.getByRole('menuitem', { name: '组织机构' }).click();
  await page.waitForURL(/\/org$/);
  await expect.poll(() => page.getByTestId('org-unit-name').textContent()).toBe('泰山区');
  await screenshot(page, 'workers-01-org-taishan');
});

test('A3.1 open a community of 岱庙街道 in the org tree', async () => {
  const streets = await apiJson<OrgChild[]>('/api/org-units/370902/children');
  const daimiao = streets.find((s) => s.name === '岱庙街道');
  expect(daimiao).toBeDefined();
  const communities = await apiJson<OrgChild[]>(`/api/org-units/${daimiao!.code}/children`);
  expect(communities.length).toBeGreaterThan(1);
  homeCommunity = communities[0]!;

  const streetNode = page.locator('.ant-tree-treenode', { hasText: '岱庙街道' });
  await streetNode.locator('.ant-tree-switcher').click();
  await page.locator('.ant-tree-node-content-wrapper', { hasText: homeCommunity.name }).first().click();
  await expect.poll(() => page.getByTestId('org-unit-name').textContent()).toBe(homeCommunity.name);
  await screenshot(page, 'workers-02-org-community');
});

test('A1.1 the worker count links to the roster of that community', async () => {
  await page.getByRole('button', { name: /查看花名册/ }).click();
  await page.waitForURL(/\/workers\?org=/);
  await expect.poll(() => page.getByTestId('roster-org').textContent()).toBe(homeCommunity.name);
  await page.locator('.ant-table-row').first().waitFor();
  await screenshot(page, 'workers-03-roster-community');
});

test('A1.1 registering with a wrong check digit shows the Chinese error under the ID field', async () => {
  await page.getByRole('button', { name: /新增人员/ }).click();
  await page.waitForURL(/\/workers\/new$/);
  // The form starts from the working node: the community and its street are preselected.
  await expect.poll(() => page.getByTestId('community-picker').textContent()).toContain(homeCommunity.name);
  expect(await page.getByTestId('street-picker').textContent()).toContain('岱庙街道');

  await page.getByLabel('姓名', { exact: true }).fill(workerName);
  const id = page.getByLabel('公民身份号码', { exact: true });
  await id.fill(badId);
  await id.blur();
  const idError = page.locator('.ant-form-item', { has: page.locator('label[for="idNumber"]') }).locator('.ant-form-item-explain-error');
  await expect.poll(() => idError.textContent()).toContain('校验码错误');
  expect(await idError.textContent()).toContain(`最后一位应为 ${goodId.slice(-1)}`);
  await screenshot(page, 'workers-04-bad-id');
});

test('A1.1 fixing the ID shows the derived gender and birth date, and saving opens the new record', async () => {
  const id = page.getByLabel('公民身份号码', { exact: true });
  await id.fill(goodId);
  await id.blur();
  const birth = `${goodId.slice(6, 10)}-${goodId.slice(10, 12)}-${goodId.slice(12, 14)}`;
  await expect.poll(() => page.getByTestId('id-derived').textContent()).toContain(birth);
  await expect.poll(() => page.locator('.ant-form-item-explain-error', { hasText: '校验码' }).count()).toBe(0);

  await pick('政治面貌', '群众');
  await pick('学历', '大学本科');
  await pick('人员类别', '社区专职工作人员');
  await pick('岗位类别', '其他');
  await pick('来源渠道', '统一招聘');
  await pick('参加工作时间', '2015-03-02', 'date');
  await pick('进入社区工作时间', '2020-06-01', 'date');
  await screenshot(page, 'workers-05-form-filled');

  await page.getByTestId('worker-save').click();
  await page.waitForURL(/\/workers\/\d+$/, { timeout: 15_000 });
  workerUrl = page.url();
  await expect.poll(() => page.getByTestId('worker-name').textContent()).toBe(workerName);
  await screenshot(page, 'workers-06-registered');
});

test('A1.1 the new worker is found in the roster by name', async () => {
  await page.goto(`${baseUrl}/workers`);
  const search = page.getByLabel('按姓名或身份证号后 4/6 位搜索');
  await search.fill(workerName);
  await search.press('Enter');
  const row = page.locator('.ant-table-row', { hasText: workerName });
  await row.waitFor();
  expect(await row.textContent()).toContain(`${goodId.slice(0, 6)}********${goodId.slice(-4)}`);
  await screenshot(page, 'workers-07-roster-found');
  await row.getByRole('link', { name: workerName }).click();
  await page.waitForURL(workerUrl);
});

test('A9.3 transfer the worker to a community of another street of 泰山区', async () => {
  const streets = await apiJson<OrgChild[]>('/api/org-units/370902/children');
  const other = streets.find((s) => s.name !== '岱庙街道' && s.name.endsWith('街道'))!;
  const communities = await apiJson<OrgChild[]>(`/api/org-units/${other.code}/children`);
  targetCommunity = communities[0]!;

  await page.getByRole('button', { name: /调\s*动/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const picker = page.getByLabel('调入社区', { exact: true });
  await picker.click();
  await picker.fill(targetCommunity.name);
  const option = page.locator('.ant-select-tree-node-content-wrapper', { hasText: targetCommunity.name }).first();
  await option.waitFor();
  await option.click();
  await dialog.getByLabel('调动原因').fill('工作需要，跨街道调整');
  await screenshot(page, 'workers-08-transfer-dialog');
  await dialog.getByRole('button', { name: /确认调动/ }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => page.locator('body').textContent()).toContain(`${other.name} / ${targetCommunity.name}`);
});

test('A9.5 the archive timeline shows 登记入库 and 调动', async () => {
  const registered = page.getByTestId('history-registered');
  const transferred = page.getByTestId('history-transferred');
  await transferred.waitFor();
  expect(await registered.textContent()).toContain('登记入库');
  expect(await transferred.textContent()).toContain('调动');
  expect(await transferred.textContent()).toContain('泰山区委社会工作部');
  await screenshot(page, 'workers-09-timeline');
});
