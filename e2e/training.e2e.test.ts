/**
 * 教育培训 end to end in a real browser against the real product server, as the county user `taishan`: the
 * demo's untrained community (东湖社区, 370902001001) shows its party secretary as overdue (A8.2); the county
 * runs a 县级骨干培训 a week ago, enrols the whole community, records everyone attended and passed (A8.1), and
 * the secretary leaves the overdue list; the worker's page shows the training (A8.3 card, archive).
 *
 * E2E_BASE_URL=http://127.0.0.1:4173 runs against an already running server instead of starting one.
 */
import ExcelJS from 'exceljs';
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
const fetchInPage = <T,>(path: string) => session.getJson<T>(path);

const COMMUNITY = '370902001001';
const STREET = '370902001';
const TITLE = '泰山区社区书记主任履职能力提升班';

interface ComplianceRow {
  workerId: number;
  name: string;
  communityName: string;
  positions: string[];
  status: string;
}
interface Compliance {
  items: ComplianceRow[];
  total: number;
  summary: { overdue: number; rate: number | null };
}

const isoDaysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
let secretary: ComplianceRow;
let programmeId: number;

test('A8.2 taishan opens 培训达标 for 岱庙街道: the overdue list shows 东湖社区’s untrained party secretary', async () => {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('用户名').fill('taishan');
  await page.getByLabel('密码').fill('Demo@123456');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(/\/home$/);

  const overdue = await fetchInPage<Compliance>(`/api/training/compliance?org=${COMMUNITY}&status=overdue&rule=A8.2`);
  secretary = overdue.items.find((i) => i.positions.includes('党组织书记'))!;
  expect(secretary).toBeDefined();
  // The page lists the most urgent first, 20 a page: the secretary must be on the first one.
  const street = await fetchInPage<Compliance>(`/api/training/compliance?org=${STREET}&status=overdue&pageSize=20`);
  expect(street.items.some((i) => i.workerId === secretary.workerId)).toBe(true);

  await page.getByRole('menuitem', { name: '培训达标' }).click();
  await page.waitForURL(/\/training\/compliance$/);
  await page.goto(`${baseUrl}/training/compliance?org=${STREET}`);
  await expect.poll(() => page.getByTestId('compliance-org').textContent()).toBe('岱庙街道');
  await expect.poll(() => page.getByTestId('compliance-overdue').locator('.ant-statistic-content').textContent()).toBe(String(street.summary.overdue));
  const row = page.getByTestId('compliance-table').locator('tr.ant-table-row').filter({ has: page.locator(`a[href="/workers/${secretary.workerId}"]`) });
  await row.waitFor();
  expect(await row.textContent()).toContain('东湖社区');
  expect(await row.textContent()).toContain('党组织书记');
  expect(await row.getByTestId('compliance-status').textContent()).toBe('已逾期');
  await row.locator('.ant-table-row-expand-icon').click();
  await page.getByText('尚无县级及以上培训记录').first().waitFor();
  await screenshot(page, 'training-01-compliance-overdue');
});

test('A8.1 the county creates a 县级骨干培训 held a week ago, 16 hours', async () => {
  await page.getByRole('menuitem', { name: '培训项目' }).click();
  await page.waitForURL(/\/training\/programmes$/);
  await page.getByTestId('programme-table').locator('tr.ant-table-row').first().waitFor();
  await expect.poll(() => page.getByTestId('programme-table').locator('.ant-spin-spinning').count()).toBe(0);
  await screenshot(page, 'training-02-programmes');

  await page.getByTestId('programme-add').click();
  const modal = page.locator('.ant-modal:visible');
  await modal.getByTestId('programme-title').fill(TITLE);
  // The county user's own unit is proposed as organiser, with the county tier.
  await modal.getByTestId('programme-organiser').getByText('泰山区').waitFor();
  await modal.getByTestId('programme-tier').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('县级骨干培训', { exact: true }).click();
  await modal.getByTestId('programme-topics').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('政治理论', { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('群众工作', { exact: true }).click();
  await modal.locator('.ant-modal-title').click();
  const range = modal.locator('.ant-picker-range input');
  await range.nth(0).click();
  await range.nth(0).fill(isoDaysAgo(8));
  await range.nth(1).fill(isoDaysAgo(7));
  await page.keyboard.press('Enter');
  await modal.locator('input[data-testid="programme-hours"], [data-testid="programme-hours"] input').first().fill('16');
  await modal.locator('.ant-modal-title').click();
  await expect.poll(() => page.locator('.ant-picker-dropdown:visible').count()).toBe(0);
  await screenshot(page, 'training-03-programme-form');
  await modal.getByRole('button', { name: /保\s*存/ }).click();

  await page.waitForURL(/\/training\/programmes\/\d+$/);
  programmeId = Number(page.url().split('/').at(-1));
  await expect.poll(() => page.getByTestId('programme-heading').textContent()).toBe(TITLE);
  const saved = await fetchInPage<{ tier: string; hours: number; organiserCode: string; startDate: string; countyOrAbove: boolean }>(`/api/training/programmes/${programmeId}`);
  expect(saved).toMatchObject({ tier: '县级骨干培训', hours: 16, organiserCode: '370902', startDate: isoDaysAgo(8), countyOrAbove: true });
});

test('A8.1 the whole of 东湖社区 is enrolled and everyone is recorded as attended and passed', async () => {
  await page.getByTestId('programme-enrol').click();
  const modal = page.locator('.ant-modal:visible');
  await modal.getByTestId('enrol-unit').click();
  await page.keyboard.type('东湖社区');
  await page.locator('.ant-select-dropdown:visible .ant-select-tree-treenode').filter({ hasText: '岱庙' }).filter({ hasText: '东湖社区' }).first().click();
  await modal.locator('.ant-modal-title').click();
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
  await screenshot(page, 'training-04-enrol');
  await modal.getByRole('button', { name: /报\s*名/ }).click();
  await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);

  const enrolled = await fetchInPage<{ workerId: number }[]>(`/api/training/programmes/${programmeId}/enrolments`);
  expect(enrolled.some((e) => e.workerId === secretary.workerId)).toBe(true);
  const attendance = page.getByTestId('attendance');
  await expect.poll(() => attendance.locator('tr.ant-table-row').count()).toBe(Math.min(enrolled.length, 50));

  await page.getByTestId('attendance-all-passed').click();
  await page.getByText(`${enrolled.length} 人的考勤有改动尚未保存`).waitFor();
  await screenshot(page, 'training-05-attendance-marked');
  await page.getByTestId('attendance-save').click();
  await expect.poll(() => page.getByTestId('programme-counts').textContent()).toBe(`${enrolled.length} / ${enrolled.length}`);
  await attendance.getByText('已完成').first().waitFor();
  await screenshot(page, 'training-06-attendance-saved');
});

test('A8.1 a sign-in sheet with bad rows is rejected whole and its problems are listed by row', async () => {
  const before = await page.getByTestId('programme-counts').textContent();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('签到表');
  ws.addRow([`${TITLE} 签到表`]);
  ws.addRow(['姓名', '公民身份号码', '是否参加', '学时']);
  ws.addRow(['张三', '37090219800101123', '是', 16]);
  ws.addRow(['李四', '370902ABC', '是', 16]);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await page.locator('[data-testid="attendance"] input[type="file"]').setInputFiles({ name: '签到表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  const errors = page.getByTestId('attendance-import-errors');
  await expect.poll(() => errors.locator('tr.ant-table-row').count()).toBe(2);
  await page.getByText('签到表共 2 行，其中 2 行有问题，未写入任何数据').waitFor();
  expect(await errors.locator('tr.ant-table-row').first().locator('td').first().textContent()).toBe('3');
  expect(await page.getByTestId('programme-counts').textContent()).toBe(before);
  await screenshot(page, 'training-07-import-rejected');
});

test('A8.2 the secretary is no longer overdue once the county training is recorded', async () => {
  const street = await fetchInPage<Compliance>(`/api/training/compliance?org=${STREET}&status=overdue&pageSize=200`);
  expect(street.items.some((i) => i.workerId === secretary.workerId)).toBe(false);
  await page.goto(`${baseUrl}/training/compliance?org=${STREET}`);
  await expect.poll(() => page.getByTestId('compliance-overdue').locator('.ant-statistic-content').textContent()).toBe(String(street.summary.overdue));
  await page.getByTestId('compliance-table').locator('tr.ant-table-row, .ant-empty').first().waitFor();
  expect(await page.getByTestId('compliance-table').locator(`a[href="/workers/${secretary.workerId}"]`).count()).toBe(0);
  await screenshot(page, 'training-08-compliance-after');

  await page.getByTestId('compliance-status-filter').getByText('达标').click();
  const row = page.getByTestId('compliance-table').locator('tr.ant-table-row').filter({ has: page.locator(`a[href="/workers/${secretary.workerId}"]`) });
  // Compliant workers are ordered by deadline; the secretary may be on a later page, so only check when shown.
  const mine = await fetchInPage<Compliance>(`/api/training/compliance?org=${COMMUNITY}&status=ok&rule=A8.2`);
  expect(mine.items.some((i) => i.workerId === secretary.workerId)).toBe(true);
  await page.getByTestId('compliance-table').locator('tr.ant-table-row').first().waitFor();
  if (await row.count()) expect(await row.getByTestId('compliance-status').textContent()).toBe('达标');
});

test('A8.3 the secretary’s page shows the training card with the new programme and its hours', async () => {
  await page.goto(`${baseUrl}/workers/${secretary.workerId}`);
  const card = page.getByTestId('worker-training');
  await card.getByText(TITLE).waitFor();
  expect(await card.getByTestId('compliance-status').textContent()).toBe('达标');
  await card.getByText('书记、主任每年 1 次（A8.2）').waitFor();
  await card.getByText(`最近一次县级及以上培训：${isoDaysAgo(7)}`).waitFor();
  const record = await fetchInPage<{ totalHours: number }>(`/api/workers/${secretary.workerId}/trainings`);
  expect(record.totalHours).toBeGreaterThanOrEqual(16);
  expect(await card.getByTestId('training-total-hours').textContent()).toBe(`${record.totalHours} 学时`);
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'training-09-worker-card');
});

test('A8.1 English mode shows the programme’s tier and mode in English', async () => {
  await page.goto(`${baseUrl}/training/programmes/${programmeId}`);
  await page.getByTestId('programme-heading').waitFor();
  await page.getByRole('banner').getByText('EN', { exact: true }).click();
  await page.getByTestId('programme-detail').getByText('County backbone training').waitFor();
  await page.getByTestId('programme-detail').getByText('On-site').waitFor();
  await screenshot(page, 'training-10-programme-english');
  await page.getByRole('banner').getByText('中文', { exact: true }).click();
  await page.getByTestId('programme-detail').getByText('县级骨干培训').waitFor();
});

test('A8.2 A16.1 the statistics dashboard shows the street’s training compliance rate, equal to the API figure', async () => {
  const api = await fetchInPage<Compliance>(`/api/training/compliance?org=${STREET}&pageSize=1`);
  await page.goto(`${baseUrl}/stats?org=${STREET}`);
  const card = page.getByTestId('kpi-training');
  await expect.poll(() => card.locator('.ant-statistic-content-value').first().textContent()).toBe(`${(api.summary.rate! * 100).toFixed(1)}%`);
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'training-11-dashboard-compliance');
});
