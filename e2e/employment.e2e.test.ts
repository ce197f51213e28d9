/**
 * Employment records end to end in a real browser against the real product server: the street (`daimiao`)
 * records a passed probation screening (A9.3) for the worker whose screening is overdue, looks at the contracts
 * flagged for renewal (A12.2) and the placements (A3.4), and files a community Party secretary who was never
 * filed (A9.4); the county social-work department (`taishan`) acknowledges the filing in 审批待办, and the
 * secretary's page shows it acknowledged.
 *
 * E2E_BASE_URL=http://127.0.0.1:4173 runs against an already running server instead of starting one.
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
const today = todayIso();
const DOCUMENT_NO = '岱党任〔E2E〕7号';

const signIn = session.signIn;

const signOut = session.signOut;

async function pickDate(testId: string, iso: string) {
  const input = page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
  await input.click();
  await input.fill(iso);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.ant-picker-dropdown:visible').count()).toBe(0);
}

const toastsGone = session.toastsGone;
let secretary = { workerId: 0, workerName: '' };

test('A9.3 the street records a passed screening for the worker whose probation is overdue', async () => {
  await signIn('daimiao');
  await page.getByRole('menuitem', { name: '试用期考察' }).click();
  await page.waitForURL(/\/daily\/probation$/);
  const list = await session.getJson<{ items: { workerId: number; workerName: string; standing: string; probationEnd: string }[]; overdue: number }>('/api/probation?org=370902001&standing=flagged');
  const overdue = list.items.find((i) => i.standing === 'overdue')!;
  expect(overdue.probationEnd).toBe(addDaysIso(today, -5));
  const row = page.getByTestId('probation-table').locator('tr.ant-table-row').filter({ hasText: overdue.workerName });
  await row.getByTestId('probation-standing-overdue').waitFor();
  await expect.poll(async () => (await page.getByTestId('probation-figure-overdue').textContent()) ?? '').toContain(String(list.overdue));
  await screenshot(page, 'employment-01-probation');

  await row.getByTestId(`screen-${overdue.workerId}`).click();
  const form = page.getByTestId('screening-form');
  await form.getByText('合格', { exact: true }).click();
  await form.getByTestId('screening-opinion').fill('试用期内工作扎实，群众评价好，考察合格');
  await screenshot(page, 'employment-02-screening-form');
  await page.getByTestId('screening-ok').click();
  await expect.poll(() => row.count()).toBe(0);
  const worker = await session.getJson<{ status: string }>(`/api/workers/${overdue.workerId}`);
  expect(worker.status).toBe('在岗');
  await toastsGone();

  await page.goto(`${baseUrl}/workers/${overdue.workerId}`);
  await page.getByTestId('card-probation').getByText(/^\d{4}-\d{2}-\d{2} 考察合格$/).waitFor();
  await page.getByTestId('card-contract').waitFor();
  await screenshot(page, 'employment-03-worker-cards');
});

test('A12.2 A3.4 the street sees contracts to renew and the officials placed in its communities', async () => {
  await page.getByRole('menuitem', { name: '劳动合同' }).click();
  await page.waitForURL(/\/daily\/contracts$/);
  await page.getByTestId('contract-table').getByTestId('contract-standing-expiring').first().waitFor();
  await page.getByTestId('contract-table').getByTestId('contract-standing-expired').first().waitFor();
  await screenshot(page, 'employment-04-contracts');

  await page.getByRole('menuitem', { name: '挂职锻炼' }).click();
  await page.waitForURL(/\/daily\/placements$/);
  await page.getByTestId('placements-table').getByText('泰安市生态环境局').waitFor();
  await screenshot(page, 'employment-05-placements');
});

test('A9.4 the street files a secretary and the county acknowledges it in 审批待办', async () => {
  await page.getByRole('menuitem', { name: '书记备案' }).click();
  await page.waitForURL(/\/daily\/secretary-filings$/);
  const unfiled = await session.getJson<{ workerId: number; workerName: string }[]>('/api/secretary-filings/unfiled?org=370902001');
  secretary = unfiled[0]!;
  await page.getByTestId(`file-${secretary.workerId}`).click();
  await pickDate('filing-appointed', addDaysIso(today, -7));
  await page.getByTestId('filing-document').fill(DOCUMENT_NO);
  await page.getByTestId('filing-ok').click();
  await expect.poll(() => page.getByTestId(`file-${secretary.workerId}`).count()).toBe(0);
  const filings = page.getByTestId('filings-table').locator('tr.ant-table-row').filter({ hasText: DOCUMENT_NO });
  await filings.getByText('待县级确认').waitFor();
  await toastsGone();
  await screenshot(page, 'employment-06-filed');
  await signOut();

  await signIn('taishan');
  await page.getByRole('menuitem', { name: '审批待办' }).click();
  await page.waitForURL(/\/daily\/inbox$/);
  const todo = await session.getJson<{ id: number; title: string }[]>('/api/workflow/inbox?box=todo');
  const request = todo.find((r) => r.title.startsWith(secretary.workerName) && r.title.includes('任职备案'))!;
  expect(request).toBeDefined();
  const row = page.getByTestId('inbox-table').locator('tr.ant-table-row').filter({ hasText: request.title });
  await row.waitFor();
  await screenshot(page, 'employment-07-county-inbox');
  await row.getByTestId(`act-approve-${request.id}`).click();
  await page.locator('.ant-popover:visible').getByRole('button', { name: /同\s*意/ }).click();
  await expect.poll(() => row.count()).toBe(0);
  await toastsGone();

  await page.goto(`${baseUrl}/workers/${secretary.workerId}`);
  await page.getByTestId('card-filing').getByTestId('filing-status-approved').waitFor();
  await screenshot(page, 'employment-08-filing-acknowledged');
});
