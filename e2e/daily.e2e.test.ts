/**
 * 请销假 (A9.2) end to end in a real browser against the real product server, on the one approval mechanism.
 * The worker `gongzuozhe` (东湖社区) asks for 事假 next Monday–Tuesday from a phone-sized screen; the community
 * secretary `shuji` approves it under 审批待办; the worker sees 已同意. A five-working-day request goes to shuji and
 * then to the street (`daimiao`), a rejection needs a reason, a pending request is withdrawn, and leave that has
 * ended is closed by the worker's return (销假) after daimiao saw it flagged 未销假 on 请销假.
 *
 * E2E_BASE_URL=http://127.0.0.1:4173 runs against an already running server instead of starting one.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { screenshot, searchAndChoose, useBrowserSession } from './harness.ts';

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
/** The Monday `weeks` weeks after this week's (negative: before), so leave never falls on a weekend by accident. */
const monday = (weeks: number) => addDaysIso(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 7 * weeks);

/** The worker's requests, in the order the test makes them. */
const SHORT = { start: monday(1), end: addDaysIso(monday(1), 1), reason: '孩子学校开家长会' };
const LONG = { start: monday(2), end: addDaysIso(monday(2), 4), reason: '回老家照顾生病的母亲' };
const REFUSED = { start: monday(3), end: monday(3), reason: '参加朋友婚礼' };
const PAST = { start: monday(-1), end: monday(-1), reason: '发烧就医' };
const WITHDRAWN = { start: monday(5), end: monday(5), reason: '办理房产过户' };
const REJECT_REASON = '当天社区有换届选举，请改期';

interface Leave {
  requestId: number;
  startDate: string;
  unreturned: boolean;
  returnedOn: string | null;
  request: { id: number; status: string; standing: string; steps: { key: string }[] };
}
let worker = { workerId: 0, displayName: '' };
const ids: Record<string, number> = {};

const signIn = session.signIn;

const signOutDesktop = session.signOut;

const signOutPhone = session.signOutPhone;

/** Picks a date in an antd DatePicker by typing it (antd puts the test id on the input itself). */
async function pickDate(testId: string, iso: string) {
  const input = page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
  await input.click();
  await input.fill(iso);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.ant-picker-dropdown:visible').count()).toBe(0);
}

const toastsGone = session.toastsGone;

/** Fills and sends the phone form; returns the new request's card. */
async function askOnPhone(type: string, r: { start: string; end: string; reason: string }, days: number) {
  const form = page.getByTestId('own-leave-form');
  await form.getByText(type, { exact: true }).click();
  await pickDate('own-leave-start', r.start);
  await pickDate('own-leave-end', r.end);
  await expect.poll(() => page.getByTestId('leave-days').textContent()).toContain(`共 ${days} 个工作日`);
  await form.getByTestId('own-leave-reason').fill(r.reason);
  await page.getByTestId('own-leave-submit').click();
  const card = page.getByTestId('own-leave').filter({ hasText: `${r.start} 至 ${r.end}` });
  await card.waitFor();
  return card;
}

const popconfirmOk = (name: RegExp) => page.locator('.ant-popover:visible').getByRole('button', { name }).click();
const inboxRow = (r: { start: string; end: string }) => page.getByTestId('inbox-table').locator('tr.ant-table-row').filter({ hasText: `（${r.start} 至 ${r.end}）` });
const badge = (box: string) => page.getByTestId(`inbox-count-${box}`).locator('.ant-badge-count').getAttribute('title');

test('A9.2 gongzuozhe asks for 事假 next Monday–Tuesday from a phone-sized screen', async () => {
  await page.setViewportSize(PHONE);
  await signIn('gongzuozhe', '/my/leave');
  await page.waitForURL(/\/my\/leave$/);
  await expect.poll(() => page.getByTestId('my-title').textContent()).toBe('我的请假');
  expect(await page.locator('.app-sider').count()).toBe(0);
  worker = await fetchInPage<{ workerId: number; displayName: string }>('/api/me');
  const balance = await fetchInPage<{ annual: { entitled: number; left: number } }>(`/api/workers/${worker.workerId}/leave-balance?year=${today.slice(0, 4)}`);
  await expect.poll(() => page.getByTestId('leave-annual-left').locator('.ant-statistic-content-value').textContent()).toBe(String(balance.annual.left));
  await page.getByTestId('leave-balance-explanation').getByText(`年休假 ${balance.annual.entitled} 天`, { exact: false }).waitFor();
  await screenshot(page, 'daily-01-my-leave-mobile');

  // Sending an empty form shows what is missing under each field, from the contract schema.
  await page.getByTestId('own-leave-submit').click();
  await page.getByTestId('own-leave-form').getByText('请选择请假类型').waitFor();

  const card = await askOnPhone('事假', SHORT, 2);
  expect(await card.getByTestId('request-status').textContent()).toBe('审批中');
  expect(await card.getByTestId('own-leave-standing').textContent()).toMatch(/^待社区党组织书记审批（第 1\/1 步/);
  expect((await page.getByTestId('own-leave-submit').boundingBox())!.height).toBeGreaterThanOrEqual(44);
  expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(PHONE.width);
  await toastsGone();
  await screenshot(page, 'daily-02-asked-mobile');
  await signOutPhone();
});

test('A9.2 shuji sees it under 待我审批 with its history and approves it', async () => {
  await page.setViewportSize(DESKTOP);
  await signIn('shuji');
  await page.getByRole('menuitem', { name: '审批待办' }).click();
  await page.waitForURL(/\/daily\/inbox$/);
  const todo = await fetchInPage<{ id: number; title: string }[]>('/api/workflow/inbox?box=todo');
  ids.short = todo.find((r) => r.title.includes(`（${SHORT.start} 至 ${SHORT.end}）`))!.id;
  await expect.poll(() => badge('todo')).toBe(String(todo.length));

  const row = inboxRow(SHORT);
  await row.waitFor();
  expect(await row.textContent()).toContain(`${worker.displayName} 事假 2 天`);
  expect(await row.textContent()).toContain('东湖社区');
  await row.locator('.ant-table-row-expand-icon').click();
  await page.getByTestId('request-records').getByText(SHORT.reason).waitFor();
  await screenshot(page, 'daily-03-inbox');

  await row.getByTestId(`act-approve-${ids.short}`).click();
  await popconfirmOk(/同\s*意/);
  await expect.poll(() => inboxRow(SHORT).count()).toBe(0);
  await expect.poll(() => badge('todo')).toBe(String(todo.length - 1));
  await toastsGone();
  await screenshot(page, 'daily-04-approved');
  await signOutDesktop();
});

test('A9.2 gongzuozhe sees 已同意, asks for five working days and more, and withdraws one', async () => {
  await page.setViewportSize(PHONE);
  await signIn('gongzuozhe', '/my/leave');
  const approved = page.getByTestId('own-leave').filter({ hasText: `${SHORT.start} 至 ${SHORT.end}` });
  await expect.poll(() => approved.getByTestId('request-status').textContent()).toBe('已同意');
  await approved.getByText(/审批经过/).click();
  await approved.getByTestId('request-records').getByText(/同意/).first().waitFor();
  await screenshot(page, 'daily-05-approved-mobile');

  const long = await askOnPhone('事假', LONG, 5);
  expect(await long.getByTestId('own-leave-standing').textContent()).toMatch(/^待社区党组织书记审批（第 1\/2 步/);
  await askOnPhone('婚假', REFUSED, 1);
  await askOnPhone('病假', PAST, 1);
  const withdrawn = await askOnPhone('事假', WITHDRAWN, 1);
  await toastsGone();
  await screenshot(page, 'daily-06-asked-more-mobile');

  await withdrawn.getByRole('button', { name: /撤\s*回/ }).click();
  await popconfirmOk(/撤\s*回/);
  await expect.poll(() => withdrawn.getByTestId('request-status').textContent()).toBe('已撤回');
  expect(await withdrawn.getByRole('button', { name: /撤\s*回/ }).count()).toBe(0);

  const mine = await fetchInPage<Leave[]>(`/api/workers/${worker.workerId}/leave`);
  for (const [key, r] of Object.entries({ long: LONG, refused: REFUSED, past: PAST })) ids[key] = mine.find((l) => l.startDate === r.start)!.requestId;
  expect(mine.find((l) => l.requestId === ids.long)!.request.steps.map((s) => s.key)).toEqual(['community', 'street']);
  await toastsGone();
  await screenshot(page, 'daily-07-withdrawn-mobile');
  await signOutPhone();
});

test('A9.2 shuji approves the first step of the long request and the past one; a rejection needs a reason', async () => {
  await page.setViewportSize(DESKTOP);
  await signIn('shuji', '/daily/inbox');
  await page.waitForURL(/\/daily\/inbox$/);

  const long = inboxRow(LONG);
  await long.waitFor();
  await long.getByTestId(`act-approve-${ids.long}`).click();
  await popconfirmOk(/同\s*意/);
  await expect.poll(() => inboxRow(LONG).count()).toBe(0);
  await inboxRow(PAST).getByTestId(`act-approve-${ids.past}`).click();
  await popconfirmOk(/同\s*意/);
  await expect.poll(() => inboxRow(PAST).count()).toBe(0);

  await toastsGone();
  await inboxRow(REFUSED).getByTestId(`act-reject-${ids.refused}`).click();
  const modal = page.locator('.ant-modal:visible');
  await modal.getByRole('button', { name: '不同意' }).click();
  await expect.poll(() => modal.locator('.ant-form-item-explain-error').textContent()).toBe('不同意时请填写理由');
  await screenshot(page, 'daily-08-reject-needs-reason');
  await modal.getByTestId('reject-reason').fill(REJECT_REASON);
  await modal.getByRole('button', { name: '不同意' }).click();
  await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
  await expect.poll(() => inboxRow(REFUSED).count()).toBe(0);
  const refused = await fetchInPage<Leave>(`/api/leave/${ids.refused}`);
  expect(refused.request).toMatchObject({ status: 'rejected', standing: `未同意（${REJECT_REASON}）` });
  await toastsGone();
  await screenshot(page, 'daily-09-inbox-done');
  await signOutDesktop();
});

test('A9.2 daimiao approves the street step, then sees the requests and 未销假 on 请销假 for 370902001', async () => {
  await signIn('daimiao');
  await page.getByRole('menuitem', { name: '审批待办' }).click();
  await page.waitForURL(/\/daily\/inbox$/);
  const long = inboxRow(LONG);
  await long.waitFor();
  expect(await long.getByTestId('request-standing').textContent()).toMatch(/^待街道审批（第 2\/2 步/);
  await long.locator('.ant-table-row-expand-icon').click();
  const progress = page.getByTestId('request-steps').first();
  await progress.locator('.ant-steps-item-finish').filter({ hasText: '社区党组织书记审批' }).waitFor();
  await progress.locator('.ant-steps-item-process').filter({ hasText: '街道审批' }).waitFor();
  await screenshot(page, 'daily-10-street-inbox');
  await long.getByTestId(`act-approve-${ids.long}`).click();
  await popconfirmOk(/同\s*意/);
  await expect.poll(() => inboxRow(LONG).count()).toBe(0);
  const done = await fetchInPage<Leave>(`/api/leave/${ids.long}`);
  expect(done.request.status).toBe('approved');

  await page.getByRole('menuitem', { name: '请销假' }).click();
  await page.waitForURL(/\/daily\/leave$/);
  const listed = await fetchInPage<Leave[]>('/api/leave?org=370902001');
  expect(listed.map((l) => l.requestId)).toEqual(expect.arrayContaining([ids.short, ids.long, ids.refused, ids.past]));
  const table = page.getByTestId('leave-table');
  const short = table.locator('tr.ant-table-row').filter({ hasText: `${SHORT.start} ~ ${SHORT.end}` });
  await short.waitFor();
  expect(await short.getByTestId('request-status').textContent()).toBe('已同意');
  expect(await short.textContent()).toContain(worker.displayName);
  expect(await short.textContent()).toContain('事假');
  expect(await table.locator('tr.ant-table-row').filter({ hasText: `${REFUSED.start} ~ ${REFUSED.end}` }).getByTestId('request-standing').textContent()).toBe(`未同意（${REJECT_REASON}）`);
  await toastsGone();
  await screenshot(page, 'daily-11-leave-list');

  await page.getByTestId('leave-unreturned-only').click();
  const open = await fetchInPage<Leave[]>('/api/leave?org=370902001&unreturned=1');
  expect(open.map((l) => l.requestId)).toContain(ids.past);
  await expect.poll(() => table.locator('tr.ant-table-row').count()).toBe(Math.min(open.length, 20));
  await table.locator('tr.ant-table-row').filter({ hasText: `${PAST.start} ~ ${PAST.end}` }).getByTestId('leave-unreturned').waitFor();
  await screenshot(page, 'daily-12-unreturned');
  await page.getByTestId('leave-unreturned-only').click();
});

test('A9.2 daimiao asks for leave on the worker’s behalf and sees the working days and the annual-leave balance', async () => {
  const start = monday(6);
  const end = addDaysIso(start, 1);
  await page.getByTestId('leave-request').click();
  const modal = page.locator('.ant-modal:visible');
  await searchAndChoose(page, modal.getByTestId('leave-worker'), worker.displayName, (options) => options.filter({ hasText: `${worker.displayName}（东湖社区` }));
  await modal.getByTestId('leave-type').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('年休假', { exact: true }).click();
  const range = modal.locator('.ant-picker-range input');
  await range.nth(0).click();
  await range.nth(0).fill(start);
  await range.nth(1).fill(end);
  await page.keyboard.press('Enter');
  await modal.getByTestId('leave-reason').fill('街道统一安排轮休');
  await expect.poll(() => modal.getByTestId('leave-days').textContent()).toContain('共 2 个工作日');
  const balance = await fetchInPage<{ annual: { entitled: number; used: number; left: number } }>(`/api/workers/${worker.workerId}/leave-balance?year=${start.slice(0, 4)}`);
  await expect
    .poll(() => modal.getByTestId('leave-annual-balance').textContent())
    .toBe(`${start.slice(0, 4)} 年年休假：应休 ${balance.annual.entitled} 天，已请 ${balance.annual.used} 天，剩余 ${balance.annual.left} 天`);
  await modal.locator('.ant-modal-title').click();
  await screenshot(page, 'daily-13-request-for-worker');

  // Annual leave only if enough is left (the demo worker's years of work decide); otherwise personal leave.
  if (balance.annual.left < 2) {
    await modal.getByTestId('leave-type').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('事假', { exact: true }).click();
  }
  await modal.getByRole('button', { name: '提交申请' }).click();
  await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
  const row = page.getByTestId('leave-table').locator('tr.ant-table-row').filter({ hasText: `${start} ~ ${end}` });
  await row.waitFor();
  expect(await row.getByTestId('request-status').textContent()).toBe('审批中');
  await toastsGone();
  await screenshot(page, 'daily-14-asked-for-worker');

  // English mode: menu, statuses and leave types in English; where a request stands stays as the server words it.
  await page.getByRole('banner').getByText('EN', { exact: true }).click();
  await page.getByRole('menuitem', { name: 'Leave' }).waitFor();
  const english = page.getByTestId('leave-table').locator('tr.ant-table-row').filter({ hasText: `${SHORT.start} ~ ${SHORT.end}` });
  await expect.poll(() => english.getByTestId('request-status').textContent()).toBe('Approved');
  await english.getByText('Personal leave', { exact: true }).waitFor();
  await screenshot(page, 'daily-15-leave-list-english');
  await page.getByRole('banner').getByText('中文', { exact: true }).click();
  await page.getByRole('menuitem', { name: '请销假' }).waitFor();

  // The worker page lists the same leave with this year's annual-leave balance.
  const all = await fetchInPage<Leave[]>(`/api/workers/${worker.workerId}/leave`);
  await page.goto(`${baseUrl}/workers/${worker.workerId}`);
  const card = page.getByTestId('worker-leave');
  await expect.poll(() => card.locator('tr.ant-table-row').count()).toBe(all.length);
  await card.getByText(/年年休假：应休/).waitFor();
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'daily-16-worker-card');
  await signOutDesktop();
});

test('A9.2 gongzuozhe sees both decisions, records the return (销假) of past leave, and reads the page in English', async () => {
  await page.setViewportSize(PHONE);
  await signIn('gongzuozhe', '/my/leave');
  const cardOf = (r: { start: string; end: string }) => page.getByTestId('own-leave').filter({ hasText: `${r.start} 至 ${r.end}` });
  await expect.poll(() => cardOf(LONG).getByTestId('request-status').textContent()).toBe('已同意');
  expect(await cardOf(REFUSED).getByTestId('own-leave-standing').textContent()).toBe(`未同意（${REJECT_REASON}）`);

  const past = cardOf(PAST);
  await past.getByTestId('leave-unreturned').waitFor();
  await past.getByTestId('own-leave-return').click();
  const modal = page.locator('.ant-modal:visible');
  await modal.getByTestId('return-form').waitFor();
  // The zoom-in animation must finish before the screenshot, or the modal is caught half transparent.
  await expect.poll(() => modal.getAttribute('class')).not.toMatch(/zoom/);
  await screenshot(page, 'daily-17-return-mobile');
  await modal.getByRole('button', { name: '登记销假' }).click();
  await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
  await expect.poll(() => past.getByTestId('own-leave-returned').textContent()).toBe(`已于 ${today} 销假`);
  expect(await past.getByTestId('leave-unreturned').count()).toBe(0);
  expect((await fetchInPage<Leave>(`/api/leave/${ids.past}`)).returnedOn).toBe(today);
  await toastsGone();
  await screenshot(page, 'daily-18-returned-mobile');

  await page.getByText('EN', { exact: true }).click();
  await expect.poll(() => page.getByTestId('my-title').textContent()).toBe('My leave');
  await expect.poll(() => page.getByTestId('own-leave').filter({ hasText: `${LONG.start} to ${LONG.end}` }).getByTestId('request-status').textContent()).toBe('Approved');
  await page.getByTestId('own-leave-type').getByText('Personal leave', { exact: true }).waitFor();
  await page.getByTestId('own-leave').filter({ hasText: 'Marriage leave' }).first().waitFor();
  await screenshot(page, 'daily-19-english-mobile');
  await page.getByText('中文', { exact: true }).click();
  await expect.poll(() => page.getByTestId('my-title').textContent()).toBe('我的请假');
  await signOutPhone();
});
