/**
 * Work ledgers (A9.1) end to end in a real browser against the real product server. The worker `gongzuozhe`
 * (东湖社区) records a home visit and a proxy service on the phone page /my/work-log; the community secretary
 * `shuji` finds both under 日常管理 → 工作台账 with the period's counts, finishes the proxy service, looks at
 * the overdue one from the demo data and at 网格管理 (an unassigned worker flagged), and sees the counts card
 * on the statistics dashboard; with a published assessment scheme the scoring sheet shows each worker's
 * ledger counts beside the scores, for reference only.
 *
 * E2E_BASE_URL=http://127.0.0.1:4173 runs against an already running server instead of starting one.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { todayIso } from '@cwp/domain/dates';
import { screenshot, useBrowserSession } from './harness.ts';

const session = useBrowserSession();
let page: Page;
let baseUrl: string;
beforeAll(() => {
  page = session.page;
  baseUrl = session.baseUrl;
});
const fetchInPage = <T,>(path: string) => session.getJson<T>(path);

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const today = todayIso();
const COMMUNITY = '370902001001';
// Unique per run so a rerun against the same server finds its own rows.
const stamp = Date.now().toString().slice(-5);
const VISIT = { address: `岱宗大街 ${stamp} 号 1 单元 101`, notes: '收集居民对加装电梯的意见，三户同意、一户反对' };
const PROXY = { matter: `城乡居民养老保险资格认证（${stamp}）`, address: `东岳大街 ${stamp} 号` };

interface Counts {
  totals: { visits: number; proxyOpen: number; proxyOverdue: number };
  byWorker: { workerId: number; visits: number }[];
}

const signIn = session.signIn;
let workerId = 0;
const toastsGone = session.toastsGone;
const statValue = (testId: string) => page.getByTestId(testId).locator('.ant-statistic-content-value').textContent();

test('A9.1 gongzuozhe records a home visit and a proxy service on a phone-sized screen', async () => {
  await page.setViewportSize(PHONE);
  await signIn('gongzuozhe', '/my/work-log');
  await page.waitForURL(/\/my\/work-log$/);
  await expect.poll(() => page.getByTestId('my-title').textContent()).toBe('我的工作台账');
  expect(await page.locator('.app-sider').count()).toBe(0);
  await expect.poll(() => page.getByTestId('wl-my-summary').textContent()).toMatch(/网格 · 网格(长|员) · \d+ 户/);
  const before = Number(await statValue('wl-my-visits'));
  workerId = (await fetchInPage<{ workerId: number }>('/api/me')).workerId;
  await screenshot(page, 'work-logs-01-my-page-mobile');

  // An empty form says what is missing, from the contract schema.
  await page.getByTestId('wl-visit-submit').click();
  await page.getByTestId('wl-visit-form').getByText('请选择走访事项').waitFor();

  const form = page.getByTestId('wl-visit-form');
  await form.getByText('民意收集', { exact: true }).click();
  await form.getByTestId('wl-visit-address').fill(VISIT.address);
  await form.getByTestId('wl-visit-notes').fill(VISIT.notes);
  await form.getByTestId('wl-visit-follow').click();
  expect((await page.getByTestId('wl-visit-submit').boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await page.getByTestId('wl-visit-submit').click();
  await page.getByTestId('wl-my-recent').getByText(VISIT.address, { exact: false }).waitFor();
  await expect.poll(() => statValue('wl-my-visits')).toBe(String(before + 1));
  expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(PHONE.width);
  await toastsGone();
  await screenshot(page, 'work-logs-02-visit-recorded-mobile');

  await page.getByTestId('wl-my-kind-proxy').click();
  const proxy = page.getByTestId('wl-proxy-form');
  await proxy.getByTestId('wl-proxy-category').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('社保认证', { exact: true }).click();
  await proxy.getByTestId('wl-proxy-matter').fill(PROXY.matter);
  await proxy.getByTestId('wl-proxy-address').fill(PROXY.address);
  await page.getByTestId('wl-proxy-submit').click();
  const entry = page.getByTestId('wl-my-recent').locator('.ant-list-item').filter({ hasText: PROXY.matter });
  await entry.waitFor();
  expect(await entry.textContent()).toContain('受理');
  await toastsGone();
  await screenshot(page, 'work-logs-03-proxy-accepted-mobile');
  await page.getByTestId('my-logout').click();
  await page.waitForURL(/\/login/);
});

test('A9.1 shuji sees both in 工作台账 with the counts, finishes the proxy service and sees the overdue one', async () => {
  await page.setViewportSize(DESKTOP);
  await signIn('shuji');
  await page.getByRole('menuitem', { name: '工作台账' }).click();
  await page.waitForURL(/\/daily\/work-logs$/);
  const me = { from: `${today.slice(0, 4)}-01-01`, to: today };
  const counts = await fetchInPage<Counts>(`/api/work-logs/counts?org=${COMMUNITY}&from=${me.from}&to=${me.to}`);
  await expect.poll(() => statValue('wl-count-visits')).toBe(String(counts.totals.visits));
  await expect.poll(() => statValue('wl-count-proxyOverdue')).toBe(String(counts.totals.proxyOverdue));
  expect(counts.totals.proxyOverdue).toBeGreaterThanOrEqual(1);
  const row = page.getByTestId('wl-visits-table').locator('tr.ant-table-row').filter({ hasText: VISIT.address });
  await row.waitFor();
  expect(await row.textContent()).toContain('需跟进');
  await page.getByTestId('wl-counts-table').waitFor();
  await screenshot(page, 'work-logs-04-ledger-visits');

  // The worker filter and the tab live in the URL.
  await page.getByTestId('wl-tab-proxy-services').click();
  await page.waitForURL(/tab=proxy-services/);
  const proxyRow = page.getByTestId('wl-proxy-table').locator('tr.ant-table-row').filter({ hasText: PROXY.matter });
  await proxyRow.waitFor();
  await proxyRow.getByRole('button', { name: /办\s*理/ }).click();
  const modal = page.locator('.ant-modal:visible');
  await modal.getByText('办结', { exact: true }).click();
  await modal.getByTestId('wl-move-outcome').fill('认证完成，已告知申请人');
  await modal.getByTestId('wl-move-ok').click();
  await expect.poll(() => proxyRow.textContent()).toContain(`${today} 办结`);
  await toastsGone();
  await screenshot(page, 'work-logs-05-proxy-done');

  await page.getByTestId('wl-overdue-only').click();
  await page.waitForURL(/overdue=1/);
  const overdue = page.getByTestId('wl-proxy-table').locator('tr.ant-table-row');
  await expect.poll(() => overdue.count()).toBe(counts.totals.proxyOverdue);
  expect(await overdue.first().textContent()).toContain('超期');
  // The export follows the filters on screen (here: overdue proxy services).
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('wl-export').click()]);
  expect(download.suggestedFilename()).toBe(`代办服务台账-${COMMUNITY}.xlsx`);
  await screenshot(page, 'work-logs-06-proxy-overdue');
});

test('A9.1 shuji sees the grids with an unassigned worker flagged, and the counts card on the dashboard', async () => {
  await page.getByRole('menuitem', { name: '网格管理' }).click();
  await page.waitForURL(/\/daily\/grids$/);
  const grids = await fetchInPage<{ grids: { id: number }[]; unassigned: { name: string }[] }>(`/api/grids?org=${COMMUNITY}`);
  await expect.poll(() => page.getByTestId('wl-grids-table').locator('tr.ant-table-row').count()).toBe(grids.grids.length);
  expect(grids.unassigned.length).toBeGreaterThanOrEqual(1);
  await page.getByTestId('wl-unassigned').getByText(grids.unassigned[0]!.name, { exact: false }).waitFor();
  await screenshot(page, 'work-logs-07-grids');

  await page.getByRole('menuitem', { name: '统计分析' }).click();
  await page.waitForURL(/\/stats/);
  const card = page.getByTestId('kpi-work-logs');
  await card.waitFor();
  const counts = await fetchInPage<Counts>(`/api/work-logs/counts?org=${COMMUNITY}&from=${today.slice(0, 4)}-01-01&to=${today}`);
  await expect.poll(() => card.getByTestId('wl-count-visits').locator('.ant-statistic-content-value').textContent()).toBe(String(counts.totals.visits));
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'work-logs-08-stats-card');
});

test('A9.1 the assessment scoring sheet shows each worker’s ledger counts of the year for 工作实绩, outside the score', async () => {
  await page.getByTestId('user-menu').hover();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/\/login/);
  await signIn('taishan');
  const year = Number(today.slice(0, 4));
  const body = {
    dimensions: [
      { key: 'street', name: '工作实绩（街道考评）', weight: 0.4, source: 'street' },
      { key: 'residents', name: '居民群众测评', weight: 0.6, source: 'residents' },
    ],
    grades: [
      { name: '优秀', minScore: 90 },
      { name: '称职', minScore: 70 },
      { name: '不称职', minScore: 0 },
    ],
    topGradeCap: 0.2,
    tieBreakers: ['residents'],
    minResidentRaters: 10,
    minOrdinaryShare: 0.7,
  };
  const created = await page.request.post(`${baseUrl}/api/assessment/schemes`, { data: { orgCode: '370902', year, name: `${year} 年度社区工作者考核`, surveyOpens: today, surveyCloses: today, body } });
  expect(created.status(), await created.text()).toBe(200);
  const published = await page.request.post(`${baseUrl}/api/assessment/schemes/${(await created.json()).id}/publish`, { data: {} });
  expect(published.status(), await published.text()).toBe(200);
  await page.getByTestId('user-menu').hover();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/\/login/);

  await signIn('shuji', '/assessment/scoring');
  await page.waitForURL(/\/assessment\/scoring/);
  const counts = await fetchInPage<Counts>(`/api/work-logs/counts?org=${COMMUNITY}&from=${year}-01-01&to=${today}`);
  const mine = counts.byWorker.find((w) => w.workerId === workerId)!;
  const cell = page.getByTestId(`sheet-ref-${workerId}`);
  await expect.poll(() => cell.textContent()).toContain(`上门走访 ${mine.visits}`);
  await screenshot(page, 'work-logs-09-scoring-sheet-reference');
});
