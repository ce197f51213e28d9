/**
 * Attendance and 请示报告 (A9.2) end to end in a real browser against the real product server. The worker
 * `gongzuozhe` (东湖社区, 370902001001) checks in and out on a phone-sized screen and asks to correct the
 * demo's missing check-out (补卡); the community secretary `shuji` approves it under 审批待办 and reads the
 * monthly sheet; the worker files a 请示 from the phone; the street (`daimiao`) answers it under 请示报告 and
 * exports the sheet; the worker reads the answer.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { screenshot, useBrowserSession } from './harness.ts';

const session = useBrowserSession();
let page: Page;
let baseUrl: string;
beforeAll(() => {
  page = session.page;
  baseUrl = session.baseUrl;
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const COMMUNITY = '370902001001';
const today = todayIso();
const SUBJECT = '关于开展冬季消防安全入户宣传的请示';
const ANSWER = '同意，请联系街道应急办领取宣传材料。';
let missingDay = '';

const signIn = session.signIn;
const signOutDesktop = session.signOut;
const signOutPhone = session.signOutPhone;
const toastsGone = session.toastsGone;

test('A9.2 gongzuozhe checks in and out on the phone; check-in is offered once', async () => {
  await page.setViewportSize(PHONE);
  await signIn('gongzuozhe', '/my/attendance');
  await page.waitForURL(/\/my\/attendance$/);
  await expect.poll(() => page.getByTestId('my-title').textContent()).toBe('我的考勤');
  expect(await page.locator('.app-sider').count()).toBe(0);
  await page.getByTestId('today-in').getByText('未打卡').waitFor();
  await screenshot(page, 'attendance-01-before-mobile');

  await page.getByTestId('punch-note').fill('社区服务中心');
  await page.getByTestId('punch-in').click();
  await expect.poll(() => page.getByTestId('today-in').textContent()).toMatch(/^已签到 \d{2}:\d{2}$/);
  expect(await page.getByTestId('punch-in').count()).toBe(0);
  await page.getByTestId('punch-out').click();
  await expect.poll(() => page.getByTestId('today-out').textContent()).toMatch(/^已签退 \d{2}:\d{2}$/);
  expect(await page.getByTestId('punch-out').count()).toBe(0);
  expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(PHONE.width);
  // The server refuses a second check-in even if a stale screen offered it.
  const me = await session.getJson<{ workerId: number }>('/api/me');
  const again = await page.evaluate(async (workerId) => (await fetch('/api/attendance/punch', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ workerId, kind: 'in' }) })).status, me.workerId);
  expect(again).toBe(409);
  await toastsGone();
  await screenshot(page, 'attendance-02-punched-mobile');
});

test('A9.2 gongzuozhe asks to correct the missing check-out (补卡)', async () => {
  const me = await session.getJson<{ workerId: number }>('/api/me');
  const lastMonth = addDaysIso(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
  type Month = { days: { date: string; status: string | null; checkOut: unknown }[] };
  const thisDays = (await session.getJson<Month>(`/api/workers/${me.workerId}/attendance?month=${today.slice(0, 7)}`)).days;
  const lastDays = (await session.getJson<Month>(`/api/workers/${me.workerId}/attendance?month=${lastMonth}`)).days;
  const missing = [...lastDays, ...thisDays].filter((d) => d.date < today && d.status === '缺卡' && d.checkOut === null).at(-1)!;
  expect(missing).toBeDefined();
  missingDay = missing.date;
  if (!thisDays.some((d) => d.date === missingDay)) await page.getByTestId('month-switch').getByText('上月').click();
  const day = page.getByTestId(`day-${missingDay}`);
  await day.getByText('缺卡').waitFor();
  await day.getByTestId('ask-correction').click();
  const modal = page.locator('.ant-modal:visible');
  const time = modal.locator('input[data-testid="correction-time"], [data-testid="correction-time"] input').first();
  await time.click();
  await time.fill('17:20');
  await page.keyboard.press('Enter');
  await modal.getByTestId('correction-reason').fill('下班时手机没电，忘记签退');
  await modal.getByTestId('correction-submit').click();
  await page.getByTestId('own-corrections').getByText('审批中').waitFor();
  await toastsGone();
  await screenshot(page, 'attendance-03-correction-mobile');
  await signOutPhone();
});

test('A9.2 shuji approves the correction and reads the monthly sheet', async () => {
  await page.setViewportSize(DESKTOP);
  await signIn('shuji', '/daily/inbox');
  const todo = await session.getJson<{ id: number; title: string }[]>('/api/workflow/inbox?box=todo');
  const req = todo.find((r) => r.title.includes(`补卡 ${missingDay} 签退 17:20`))!;
  expect(req).toBeDefined();
  await page.getByTestId(`act-approve-${req.id}`).click();
  await page.locator('.ant-popover:visible').getByRole('button', { name: /同\s*意/ }).click();
  await expect.poll(() => page.getByTestId(`act-approve-${req.id}`).count()).toBe(0);

  await page.getByRole('menuitem', { name: '考勤管理' }).click();
  await page.waitForURL(/\/daily\/attendance/);
  if (missingDay.slice(0, 7) !== today.slice(0, 7)) await page.goto(`${baseUrl}/daily/attendance?month=${missingDay.slice(0, 7)}`);
  const sheet = page.getByTestId('attendance-sheet');
  await sheet.locator('tr.ant-table-row').first().waitFor();
  expect(await page.getByTestId('sheet-title').textContent()).toContain('东湖社区');
  expect(await sheet.locator('tr.ant-table-row').count()).toBeGreaterThan(1);
  await page.getByTestId('schedule-in-force').getByText(/09:00–17:00/).waitFor();
  expect(await page.getByTestId('schedule-set').count()).toBe(0); // the secretary reads, the street sets
  await toastsGone();
  await screenshot(page, 'attendance-04-sheet-secretary');
  await signOutDesktop();
});

test('A9.2 gongzuozhe files a 请示 to the street from the phone', async () => {
  await page.setViewportSize(PHONE);
  await signIn('gongzuozhe', '/my/reports');
  await page.waitForURL(/\/my\/reports$/);
  await page.getByTestId('report-submit').click();
  await page.getByTestId('report-form').getByText('请选择请示或报告').waitFor();
  await page.getByTestId('report-kind').getByText('请示', { exact: true }).click();
  await page.getByTestId('report-subject').fill(SUBJECT);
  await page.getByTestId('report-body').fill('入冬以来辖区内取暖用电增多，拟组织网格员开展入户消防安全宣传，请街道批示。');
  await page.getByTestId('report-submit').click();
  const card = page.getByTestId('own-report').filter({ hasText: SUBJECT });
  await card.getByText('待答复').waitFor();
  expect((await page.getByTestId('report-submit').boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await toastsGone();
  await screenshot(page, 'attendance-05-filed-mobile');
  await signOutPhone();
});

test('A9.2 daimiao sees the overdue one, answers the 请示 and exports the sheet', async () => {
  await page.setViewportSize(DESKTOP);
  await signIn('daimiao', '/daily/reports?filter=overdue');
  const table = page.getByTestId('reports-table');
  await table.getByText('已逾期').first().waitFor();
  await screenshot(page, 'attendance-06-overdue');

  await page.getByTestId('reports-filter').getByText('未答复').click();
  const row = table.locator('tr.ant-table-row').filter({ hasText: SUBJECT });
  await row.waitFor();
  await row.getByRole('button', { name: /答\s*复/ }).click();
  const modal = page.locator('.ant-modal:visible');
  await modal.getByText('同意', { exact: true }).click();
  await modal.getByTestId('answer-text').fill(ANSWER);
  await modal.getByTestId('answer-submit').click();
  await expect.poll(() => table.locator('tr.ant-table-row').filter({ hasText: SUBJECT }).count()).toBe(0);
  await page.getByTestId('reports-filter').getByText('全部').click();
  await table.locator('tr.ant-table-row').filter({ hasText: SUBJECT }).getByText('已答复').waitFor();
  await toastsGone();
  await screenshot(page, 'attendance-07-answered');

  await page.goto(`${baseUrl}/daily/attendance?org=${COMMUNITY}`);
  await page.getByTestId('attendance-sheet').locator('tr.ant-table-row').first().waitFor();
  expect(await page.getByTestId('schedule-set').count()).toBe(1);
  const href = await page.getByTestId('attendance-export').getAttribute('href');
  expect(href).toBe(`/api/attendance/sheet.xlsx?org=${COMMUNITY}&month=${today.slice(0, 7)}`);
  const status = await page.evaluate(async (u) => {
    const r = await fetch(u);
    return `${r.status} ${r.headers.get('content-type')}`;
  }, href!);
  expect(status).toContain('200 application/vnd.openxmlformats');
  await screenshot(page, 'attendance-08-sheet-street');
  await signOutDesktop();
});

test('A9.2 gongzuozhe reads the street’s answer on the phone', async () => {
  await page.setViewportSize(PHONE);
  await signIn('gongzuozhe', '/my/reports');
  const card = page.getByTestId('own-report').filter({ hasText: SUBJECT });
  await card.getByTestId('own-report-answer').getByText(ANSWER).waitFor();
  await screenshot(page, 'attendance-09-answer-mobile');
  await signOutPhone();
});
