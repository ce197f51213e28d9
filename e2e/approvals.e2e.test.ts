/**
 * Changes to the register and to quotas on the one approval mechanism (issue 7), in a real browser:
 * the community secretary `shuji` cannot record an exit, so asks 岱庙街道 (`daimiao`), whose approval in 审批待办
 * records it (A9.3); 泰山区 (`taishan`) asks 泰安市 (`taian`) to change its own 总量控制 ceiling, which takes
 * effect once approved (A3.1). Also the 工作台 of the street lists what waits for it.
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { chooseOption, screenshot, useBrowserSession } from './harness.ts';

const session = useBrowserSession();
let page: Page;
let baseUrl: string;
beforeAll(() => {
  page = session.page;
  baseUrl = session.baseUrl;
});
const fetchInPage = <T,>(path: string) => session.getJson<T>(path);

let leaver = { id: 0, name: '' };
let newCeiling = 0;

const signIn = session.signIn;
const signOut = session.signOut;
const toastsGone = session.toastsGone;
const inboxRow = (text: string) => page.getByTestId('inbox-table').locator('tr.ant-table-row').filter({ hasText: text });
const popconfirmOk = (name: RegExp) => page.locator('.ant-popover:visible').getByRole('button', { name }).click();

test('A9.3 shuji asks 岱庙街道 to record a resignation from the worker page', async () => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn('shuji');
  const me = await fetchInPage<{ workerId: number | null }>('/api/me');
  const list = await fetchInPage<{ items: { id: number; name: string; positions: string[] }[] }>('/api/workers?org=370902001001&status=在岗&pageSize=50');
  leaver = list.items.find((w) => w.id !== me.workerId && !w.positions.includes('党组织书记') && !w.name.includes('岱'))!;
  await page.goto(`${baseUrl}/workers/${leaver.id}`);
  await page.getByTestId('worker-name').waitFor();
  expect(await page.getByRole('button', { name: /^退\s*出$/ }).count()).toBe(0);
  await page.getByTestId('request-exit').click();
  const dialog = page.locator('.ant-modal:visible').first();
  await chooseOption(page, dialog.locator('.ant-select').first(), '辞职');
  await dialog.getByLabel('退出原因').fill('本人申请辞职，已交接完毕');
  await screenshot(page, 'approvals-01-exit-request');
  await dialog.getByRole('button', { name: '提交街道审批' }).click();
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '提交街道审批' }).click();
  await page.locator('.ant-message-notice', { hasText: '已提交，待街道审批' }).waitFor();
  const mine = await fetchInPage<{ kind: string; title: string; standing: string }[]>('/api/workflow/inbox?box=mine');
  expect(mine.find((r) => r.kind === 'worker_exit' && r.title.startsWith(leaver.name))?.standing).toMatch(/^待街道审批/);
  await toastsGone();
  await signOut();
});

test('A9.3 daimiao sees it on the 工作台 and approves it; the worker is recorded as left', async () => {
  await signIn('daimiao');
  await page.waitForURL(/\/home$/);
  await page.getByTestId('home-todo-approvals').waitFor();
  await screenshot(page, 'approvals-02-street-home');
  await page.getByTestId('home-todo-approvals').getByRole('button', { name: /去处理/ }).click();
  await page.waitForURL(/\/daily\/inbox$/);
  // The form's default date is the browser's today, which may differ from the server's (Asia/Shanghai) near midnight.
  const row = inboxRow(`${leaver.name} 辞职（`);
  await row.waitFor();
  const todo = await fetchInPage<{ id: number; kind: string; title: string }[]>('/api/workflow/inbox?box=todo');
  const id = todo.find((r) => r.kind === 'worker_exit' && r.title.startsWith(leaver.name))!.id;
  await row.getByTestId(`act-approve-${id}`).click();
  await popconfirmOk(/同\s*意/);
  await expect.poll(() => inboxRow(`${leaver.name} 辞职`).count()).toBe(0);
  await expect.poll(async () => (await fetchInPage<{ status: string }>(`/api/workers/${leaver.id}`)).status).toBe('已退出');
  await page.goto(`${baseUrl}/workers/${leaver.id}`);
  await page.getByText('本人申请辞职，已交接完毕').first().waitFor();
  await screenshot(page, 'approvals-03-exited');
  await signOut();
});

test('A3.1 taishan asks 泰安市 to change its own ceiling; it applies once taian approves', async () => {
  await signIn('taishan', '/staffing?org=370902');
  await page.getByTestId('request-ceiling').click();
  const county = await fetchInPage<{ headcount: number; ceiling: number | null }>('/api/staffing/370902');
  newCeiling = county.headcount + 120;
  const dialog = page.getByRole('dialog');
  await dialog.getByText('本级的总量控制数由上一级审批').waitFor();
  await dialog.getByLabel('总量控制数').fill(String(newCeiling));
  await dialog.getByLabel('调整依据或原因').fill('区编委核定增加总量（E2E）');
  await screenshot(page, 'approvals-04-ceiling-request');
  await dialog.getByRole('button', { name: '提交上级审批' }).click();
  await page.locator('.ant-message-notice', { hasText: '已提交，待上级审批' }).waitFor();
  expect((await fetchInPage<{ ceiling: number | null }>('/api/staffing/370902')).ceiling).toBe(county.ceiling);
  await toastsGone();
  await signOut();

  await signIn('taian', '/daily/inbox');
  const row = inboxRow(`泰山区 总量控制数调整为 ${newCeiling} 人`);
  await row.waitFor();
  const todo = await fetchInPage<{ id: number; kind: string }[]>('/api/workflow/inbox?box=todo');
  const id = todo.find((r) => r.kind === 'ceiling_change')!.id;
  await row.getByTestId(`act-approve-${id}`).click();
  await popconfirmOk(/同\s*意/);
  await expect.poll(() => inboxRow(`泰山区 总量控制数调整为`).count()).toBe(0);
  await page.goto(`${baseUrl}/staffing?org=370902`);
  await page.getByTestId('staffing-history').getByText(/区编委核定增加总量（E2E）/).waitFor();
  expect((await fetchInPage<{ ceiling: number | null }>('/api/staffing/370902')).ceiling).toBe(newCeiling);
  await screenshot(page, 'approvals-05-ceiling-applied');
});
