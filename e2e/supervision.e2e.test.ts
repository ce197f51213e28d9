/**
 * 监督管理 (A11.1–A11.3) end to end in a real browser against the real product server. The street (`daimiao`)
 * records a 提醒 talk with a worker of 东湖社区 and opens it (an audited read), sees the worker on the warning
 * list, the community's commitments with the residents' QR code, the 三务公开 list with the missing 财务
 * quarter and the audit with its overdue rectification. The community secretary (`shuji`) has no 谈心谈话 in
 * the menu and is refused the page. A resident opens the public community page on a phone without logging in.
 *
 * E2E_BASE_URL=http://127.0.0.1:4173 runs against an already running server instead of starting one.
 */
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
const COMMUNITY = '370902001001';
const PHONE = { width: 390, height: 844 };
const CONTENT = '近期连续两周迟到，提醒遵守考勤纪律；了解到孩子生病住院，社区协调调整值班。';

const signIn = session.signIn;
const signOut = session.signOut;
/** antd modals zoom in; screenshots wait until the animation classes are gone. */
const modalSettled = () => expect.poll(() => page.locator('.ant-zoom-appear, .ant-zoom-enter, .ant-fade-appear, .ant-fade-enter').count()).toBe(0);
const toastsGone = session.toastsGone;

let workerName = '';

test('A11.1 the street records a talk, opens its content and finds the worker on the warning list', async () => {
  await signIn('daimiao', `/supervision/talks?org=${COMMUNITY}`);
  await page.getByTestId('talks-page').waitFor();
  const disclosure = await session.getJson<{ workers: { workerId: number; name: string; positions: string[] }[] }>(`/api/supervision/communities/${COMMUNITY}/disclosure`);
  workerName = disclosure.workers.filter((w) => !w.positions.includes('党组织书记')).at(-1)!.name;

  await page.getByTestId('talk-add').click();
  const modal = page.locator('.ant-modal:visible');
  await searchAndChoose(page, modal.getByTestId('talk-worker'), workerName, (options) => options.filter({ hasText: `${workerName}（东湖社区` }));
  await modal.getByTestId('talk-kind').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('提醒', { exact: true }).click();
  await modal.getByTestId('talk-talker').fill('王建国');
  await modal.getByTestId('talk-talker-role').fill('岱庙街道党工委副书记');
  await modal.getByTestId('talk-topics').click();
  await page.keyboard.type('考勤纪律');
  await page.keyboard.press('Enter');
  await modal.getByTestId('talk-content').fill(CONTENT);
  await modal.locator('.ant-modal-title').click();
  await modalSettled();
  await screenshot(page, 'supervision-01-talk-form');
  await modal.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);

  const row = page.getByTestId('talks-table').locator('tr.ant-table-row').filter({ hasText: workerName }).filter({ hasText: '提醒' }).first();
  await row.waitFor();
  expect(await page.getByTestId('talks-table').textContent()).not.toContain(CONTENT);
  await toastsGone();
  await screenshot(page, 'supervision-02-talks');
  await row.getByRole('button', { name: '查看' }).click();
  await expect.poll(() => page.getByTestId('talk-detail').textContent()).toContain(CONTENT);
  await modalSettled();
  await screenshot(page, 'supervision-03-talk-detail');
  await page.locator('.ant-modal:visible .ant-modal-close').click();

  await page.getByRole('menuitem', { name: '预警名单' }).click();
  const warn = page.getByTestId('warnings-table').locator('tr.ant-table-row').filter({ hasText: workerName });
  await warn.waitFor();
  expect(await warn.textContent()).toContain('受到提醒谈话');
  await screenshot(page, 'supervision-04-warnings');
});

test('A11.2 A11.3 commitments with the QR code, the missing 财务 quarter and the overdue rectification', async () => {
  await page.getByRole('menuitem', { name: '承诺与职责公开' }).click();
  await page.getByTestId('publish-switch').waitFor();
  expect(await page.getByTestId('public-link').textContent()).toContain(`/public/communities/${COMMUNITY}`);
  await expect.poll(() => page.getByTestId('commitments-table').locator('tr.ant-table-row').count()).toBeGreaterThan(3);
  await screenshot(page, 'supervision-05-commitments');

  await page.getByRole('menuitem', { name: '三务公开' }).click();
  await expect.poll(() => page.getByTestId('disclosures-missing').textContent()).toMatch(/东湖社区居委会 \d{4}-Q[1-4] 财务/);
  await screenshot(page, 'supervision-06-disclosures');

  // At the street: the demo's neighbouring secretary who stopped being director without a 离任 audit.
  await page.goto(`${baseUrl}/supervision/audits?org=370902001`);
  await expect.poll(() => page.getByTestId('audits-overdue-count').textContent()).toBe('整改逾期 1 项');
  await page.getByTestId('departures-table').locator('tr.ant-table-row').first().waitFor();
  await screenshot(page, 'supervision-07-audits');
  await signOut();
});

test('A11.1 the community secretary has no 谈心谈话 and is refused the page', async () => {
  await signIn('shuji', '/supervision/commitments');
  await page.getByTestId('commitments-page').waitFor();
  await page.getByRole('menuitem', { name: '三务公开' }).waitFor();
  expect(await page.getByRole('menuitem', { name: '谈心谈话' }).count()).toBe(0);
  expect(await page.getByRole('menuitem', { name: '预警名单' }).count()).toBe(0);
  await page.goto(`${baseUrl}/supervision/talks`);
  await expect.poll(() => page.getByTestId('talks-page').count()).toBe(0);
  await screenshot(page, 'supervision-08-secretary-no-talks');
  await signOut();
});

test('A11.2 a resident opens the community page on a phone without logging in', async () => {
  const browser = page.context().browser()!;
  const phone = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true });
  try {
    const p = await phone.newPage();
    const calls: string[] = [];
    p.on('request', (r) => calls.push(new URL(r.url()).pathname));
    await p.goto(`${baseUrl}/public/communities/${COMMUNITY}`);
    await expect.poll(() => p.getByTestId('public-community-name').textContent()).toBe('东湖社区居委会');
    await expect.poll(() => p.getByTestId('public-workers').locator('.ant-list-item').count()).toBeGreaterThan(3);
    expect(await p.getByTestId('public-workers').textContent()).toContain(workerName);
    expect(calls.filter((c) => c.startsWith('/api/') && !c.startsWith('/api/public/'))).toEqual([]);
    await screenshot(p, 'supervision-09-public-phone');
    await p.goto(`${baseUrl}/public/communities/370902001999`);
    await p.getByText('该社区的公开页不存在或已撤下。').waitFor();
    await screenshot(p, 'supervision-10-public-unknown');
  } finally {
    await phone.close();
  }
});
