/**
 * 激励关爱 end to end in a real browser against the real product server. The worker `gongzuozhe` (东湖社区) raises
 * a difficulty from a phone-sized screen; the street user `daimiao` sees it on 困难诉求 and answers; the worker
 * reads the answer on the phone and closes it (A14.1). Then daimiao checks 事业编资格 with its reasons (A13.2),
 * nominates an outside candidate to the reserve pool with a cultivation measure (A2.2), and schedules health
 * checks for two workers (A14.1).
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
const fetchInPage = <T,>(path: string) => session.getJson<T>(path);

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const STREET = '370902001';
const CONTENT = '家中老人住院，希望调整本月夜间值班安排';
const ANSWER = '已调整为下旬值班，社区安排同事顶岗，祝老人早日康复';
const CANDIDATE = '王晓明';
const MEASURE = '安排到街道党建办跟岗锻炼三个月';

const isoDaysFromNow = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

interface Difficulty {
  id: number;
  workerId: number;
  content: string;
  status: string;
  answer: string | null;
}

const signIn = session.signIn;

/** The desktop header's user menu. */
const signOutDesktop = session.signOut;

/** Picks a date in an antd DatePicker by typing it (antd puts the test id on the input itself). */
async function pickDate(testId: string, iso: string) {
  const input = page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
  await input.click();
  await input.fill(iso);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.ant-picker-dropdown:visible').count()).toBe(0);
}

const toastsGone = session.toastsGone;

let difficultyId = 0;

test('A14.1 gongzuozhe raises a difficulty from a phone-sized screen', async () => {
  await page.setViewportSize(PHONE);
  await signIn('gongzuozhe', '/my/difficulties');
  await page.waitForURL(/\/my\/difficulties$/);
  await expect.poll(() => page.getByTestId('my-title').textContent()).toBe('我的困难诉求');
  // Phone pages have no desktop menu.
  expect(await page.locator('.app-sider').count()).toBe(0);
  await screenshot(page, 'incentives-01-my-difficulties-mobile');

  const form = page.getByTestId('own-difficulty-form');
  await form.getByText('家庭', { exact: true }).click();
  await form.getByTestId('own-content').fill(CONTENT);
  await page.getByTestId('own-submit').click();
  const card = page.getByTestId('own-difficulty').filter({ hasText: CONTENT });
  await card.waitFor();
  expect(await card.getByTestId('difficulty-status').textContent()).toBe('待答复');
  await card.getByText('答复期限').waitFor();
  // The big buttons really are big: at least 44 px tall for a thumb.
  expect((await page.getByTestId('own-submit').boundingBox())!.height).toBeGreaterThanOrEqual(44);
  expect(Number(await page.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(PHONE.width);
  await screenshot(page, 'incentives-02-raised-mobile');

  await page.getByTestId('my-logout').click();
  await page.waitForURL(/\/login/);
});

test('A14.1 daimiao sees the difficulty on 困难诉求 and answers it', async () => {
  await page.setViewportSize(DESKTOP);
  await signIn('daimiao');
  await page.getByRole('menuitem', { name: '困难诉求' }).click();
  await page.waitForURL(/\/care\/difficulties$/);
  const listed = await fetchInPage<Difficulty[]>(`/api/care/difficulties?org=${STREET}&status=待答复`);
  difficultyId = listed.find((d) => d.content === CONTENT)!.id;
  expect(difficultyId).toBeGreaterThan(0);

  const row = page.getByTestId('difficulty-table').locator('tr.ant-table-row').filter({ hasText: CONTENT });
  await row.waitFor();
  expect(await row.getByTestId('difficulty-status').textContent()).toBe('待答复');
  expect(await row.textContent()).toContain('东湖社区');
  await screenshot(page, 'incentives-03-difficulties-list');

  await row.getByTestId(`difficulty-answer-${difficultyId}`).click();
  const modal = page.locator('.ant-modal:visible');
  await modal.getByText(CONTENT).waitFor();
  await modal.getByTestId('answer-text').fill(ANSWER);
  await screenshot(page, 'incentives-04-answer-modal');
  await modal.getByRole('button', { name: '提交答复' }).click();
  await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
  // Answered ones leave the 待答复 list and show under 已答复 with the answer.
  await expect.poll(() => row.count()).toBe(0);
  await page.getByTestId('difficulty-status-filter').getByText('已答复').click();
  const answered = page.getByTestId('difficulty-table').locator('tr.ant-table-row').filter({ hasText: CONTENT });
  await answered.getByText(ANSWER).waitFor();
  expect(await answered.getByTestId('difficulty-status').textContent()).toBe('已答复');
  await screenshot(page, 'incentives-05-answered');

  // The overdue switch keeps only unanswered ones past their due date: this fresh one is not among them.
  await page.getByTestId('difficulty-status-filter').getByText('全部').click();
  await page.getByTestId('difficulty-overdue-only').click();
  await expect.poll(() => page.getByTestId('difficulty-table').locator('tr.ant-table-row').filter({ hasText: CONTENT }).count()).toBe(0);
  const overdue = await fetchInPage<Difficulty[]>(`/api/care/difficulties?org=${STREET}&overdue=1`);
  await expect.poll(() => page.getByTestId('difficulty-table').locator('tr.ant-table-row').count()).toBe(Math.min(overdue.length, 20));
  await signOutDesktop();
});

test('A14.1 back on the phone, gongzuozhe reads the answer and closes the difficulty', async () => {
  await page.setViewportSize(PHONE);
  await signIn('gongzuozhe', '/my/difficulties');
  await page.waitForURL(/\/my\/difficulties$/);
  const card = page.getByTestId('own-difficulty').filter({ hasText: CONTENT });
  await card.getByTestId('own-answer').getByText(ANSWER).waitFor();
  expect(await card.getByTestId('difficulty-status').textContent()).toBe('已答复');
  await screenshot(page, 'incentives-06-answer-mobile');

  await card.getByTestId('own-close').click();
  await page.locator('.ant-modal-confirm:visible').getByRole('button', { name: /确\s*定/ }).click();
  await expect.poll(() => card.getByTestId('difficulty-status').textContent()).toBe('已办结');
  expect(await card.getByTestId('own-close').count()).toBe(0);
  const me = await fetchInPage<{ workerId: number }>('/api/me');
  const record = await fetchInPage<{ difficulties: Difficulty[] }>(`/api/workers/${me.workerId}/incentives`);
  expect(record.difficulties.find((d) => d.id === difficultyId)).toMatchObject({ status: '已办结', answer: ANSWER });
  await screenshot(page, 'incentives-07-closed-mobile');

  await page.getByTestId('my-logout').click();
  await page.waitForURL(/\/login/);
});

test('A13.2 daimiao opens 事业编资格 for 岱庙街道 and reads one worker’s reasons', async () => {
  await page.setViewportSize(DESKTOP);
  await signIn('daimiao');
  await page.getByRole('menuitem', { name: '事业编资格' }).click();
  await page.waitForURL(/\/incentives\/career-eligibility$/);
  await expect.poll(() => page.getByTestId('eligibility-org').textContent()).toBe('岱庙街道');
  const list = await fetchInPage<{ items: { workerId: number; eligible: boolean; reasons: string[] }[]; policy: { minContinuousYears: number } }>(
    `/api/incentives/career-eligibility?org=${STREET}`,
  );
  expect(list.items.length).toBeGreaterThan(0);
  await page.getByTestId('eligibility-policy').getByText(`连续在社区工作满 ${list.policy.minContinuousYears} 年`).waitFor();
  const eligible = list.items.filter((i) => i.eligible).length;
  await expect.poll(() => page.getByTestId('eligibility-count').textContent()).toBe(`符合条件 ${eligible} 人 / 共 ${list.items.length} 人`);

  const first = page.getByTestId('eligibility-table').locator('tr.ant-table-row').first();
  await first.waitFor();
  const workerId = Number((await first.locator('a').getAttribute('href'))!.split('/').at(-1));
  const expected = list.items.find((i) => i.workerId === workerId)!;
  await first.locator('.ant-table-row-expand-icon').click();
  const reasons = page.getByTestId('eligibility-reasons').first();
  await reasons.waitFor();
  expect(await reasons.locator('li').count()).toBe(expected.reasons.length);
  expect(await reasons.locator('li').first().textContent()).toBe(expected.reasons[0]!.replace(/^[✓✗]\s*/, ''));
  await screenshot(page, 'incentives-08-career-eligibility');

  await page.getByTestId('eligible-only').click();
  await expect.poll(() => page.getByTestId('eligibility-table').locator('tr.ant-table-row').count()).toBe(Math.min(eligible, 20));
});

test('A2.2 daimiao nominates an outside candidate to the reserve pool and adds a cultivation measure', async () => {
  await page.getByRole('menuitem', { name: '后备人才库' }).click();
  await page.waitForURL(/\/incentives\/reserve$/);
  const before = await fetchInPage<{ summary: { total: number } }>(`/api/incentives/reserve?org=${STREET}`);
  await expect.poll(() => page.getByTestId('reserve-total').locator('.ant-statistic-content').textContent()).toBe(String(before.summary.total));

  await page.getByTestId('reserve-nominate').click();
  const modal = page.locator('.ant-modal:visible');
  await modal.getByText('其他人员', { exact: true }).click();
  await modal.getByTestId('nominate-community').click();
  await page.keyboard.type('东湖社区');
  await page.locator('.ant-select-dropdown:visible .ant-select-tree-treenode').filter({ hasText: '东湖社区' }).first().click();
  await modal.getByTestId('nominate-name').fill(CANDIDATE);
  await modal.getByTestId('nominate-gender').getByText('男').click();
  await modal.locator('[data-testid="nominate-birth-year"] input, input[data-testid="nominate-birth-year"]').first().fill('1996');
  await modal.getByTestId('nominate-education').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('大学本科', { exact: true }).click();
  await modal.getByTestId('nominate-source').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('返乡大学生', { exact: true }).click();
  await modal.getByTestId('nominate-post').getByText('社区“两委”成员').click();
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
  await screenshot(page, 'incentives-09-nominate');
  await modal.getByRole('button', { name: /保\s*存/ }).click();
  await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);

  const row = page.getByTestId('reserve-table').locator('tr.ant-table-row').filter({ hasText: CANDIDATE });
  await row.waitFor();
  expect(await row.textContent()).toContain('非在册');
  expect(await row.textContent()).toContain('返乡大学生');
  await expect.poll(() => page.getByTestId('reserve-total').locator('.ant-statistic-content').textContent()).toBe(String(before.summary.total + 1));

  await row.getByRole('button', { name: '培养与考察' }).click();
  const drawer = page.getByTestId('reserve-drawer');
  await drawer.getByText('尚未记录培养措施').waitFor();
  await drawer.getByTestId('measure-text').fill(MEASURE);
  await drawer.getByTestId('measure-add').click();
  await drawer.getByTestId('reserve-measures').getByText(MEASURE).waitFor();
  await expect.poll(() => row.textContent()).toContain('1 项');
  await screenshot(page, 'incentives-10-reserve-measure');

  const after = await fetchInPage<{ items: { name: string; workerId: number | null; measures: { measure: string }[]; version: number }[] }>(`/api/incentives/reserve?org=${STREET}`);
  const saved = after.items.find((c) => c.name === CANDIDATE)!;
  expect(saved).toMatchObject({ workerId: null, measures: [{ measure: MEASURE }] });
  await page.keyboard.press('Escape');
});

test('A14.1 daimiao schedules health checks for two workers on one date', async () => {
  await page.getByRole('menuitem', { name: '健康体检' }).click();
  await page.waitForURL(/\/care\/health-checks$/);
  const year = new Date().getFullYear();
  const before = await fetchInPage<{ items: { workerId: number; name: string; scheduledOn: string | null }[]; summary: { scheduled: number } }>(`/api/care/health-checks?org=${STREET}&year=${year}`);
  await expect.poll(() => page.getByTestId('health-scheduled').locator('.ant-statistic-content').textContent()).toBe(String(before.summary.scheduled));

  const open = page.getByTestId('health-table').locator('tr.ant-table-row').filter({ hasText: '未安排' });
  await open.first().waitFor();
  const picked: string[] = [];
  for (const i of [0, 1]) {
    await open.nth(i).locator('input[type="checkbox"]').check();
    picked.push((await open.nth(i).locator('td').nth(1).textContent())!);
  }
  const on = isoDaysFromNow(10);
  await pickDate('health-bulk-date', on);
  await page.getByTestId('health-bulk-institution').fill('泰山区人民医院');
  await page.getByTestId('health-bulk-apply').click();
  await expect.poll(() => page.getByTestId('health-unsaved').textContent()).toBe('2 人的体检信息有改动尚未保存');
  await screenshot(page, 'incentives-11-health-scheduled-unsaved');
  await page.getByTestId('health-save').click();
  await expect.poll(() => page.getByTestId('health-scheduled').locator('.ant-statistic-content').textContent()).toBe(String(before.summary.scheduled + 2));
  expect(await page.getByTestId('health-unsaved').count()).toBe(0);

  const after = await fetchInPage<{ items: { workerId: number; name: string; scheduledOn: string | null; institution: string }[] }>(`/api/care/health-checks?org=${STREET}&year=${year}`);
  const scheduled = after.items.filter((i) => i.scheduledOn === on && i.institution === '泰山区人民医院');
  expect(scheduled.map((i) => i.name).sort()).toEqual([...picked].sort());
  await screenshot(page, 'incentives-12-health-saved');

  // The worker page's incentives card shows the check under its year.
  await page.goto(`${baseUrl}/workers/${scheduled[0]!.workerId}`);
  const card = page.getByTestId('worker-incentives');
  await card.getByRole('tab', { name: /健康体检/ }).click();
  await card.getByTestId('worker-health').getByText(on).waitFor();
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'incentives-13-worker-card');
});

test('A2.1 daimiao records 政治把关 from the worker page; it shows on the card and the archive timeline', async () => {
  const card = page.getByTestId('worker-incentives');
  await card.getByTestId('record-vetting').click();
  const modal = page.locator('.ant-modal:visible');
  await modal.getByTestId('vetting-body').fill('岱庙街道党工委');
  await modal.getByTestId('vetting-conduct').fill('现实表现良好，经核查无违法违纪记录');
  await screenshot(page, 'incentives-14-vetting');
  await modal.getByRole('button', { name: /保\s*存/ }).click();
  await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
  await card.getByRole('tab', { name: '政治把关（1）' }).click();
  await card.getByTestId('worker-vettings').getByText('岱庙街道党工委').waitFor();
  await page.getByText('政治把关：通过（岱庙街道党工委）').waitFor();
});

test('A13.3 daimiao records an honour on 表彰与发展', async () => {
  const worker = (await fetchInPage<{ items: { id: number; name: string }[] }>(`/api/workers?org=${STREET}&status=在职&pageSize=1&sort=name`)).items[0]!;
  await page.getByRole('menuitem', { name: '表彰与发展' }).click();
  await page.waitForURL(/\/incentives\/events$/);
  await page.getByTestId('event-add').click();
  const modal = page.locator('.ant-modal:visible');
  await searchAndChoose(page, modal.getByTestId('event-worker'), worker.name, (options) => options.filter({ hasText: worker.name }));
  await modal.getByTestId('event-title').fill('泰安市优秀社区工作者');
  await modal.getByTestId('event-level').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('市级', { exact: true }).click();
  await modal.getByTestId('event-issuer').fill('泰安市委社会工作部');
  await modal.locator('.ant-modal-title').click();
  await modal.getByRole('button', { name: /保\s*存/ }).click();
  await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
  const row = page.getByTestId('events-table').locator('tr.ant-table-row').filter({ hasText: '泰安市优秀社区工作者' });
  await row.waitFor();
  expect(await row.textContent()).toContain(worker.name);
  expect(await row.textContent()).toContain('荣誉表彰');
  await toastsGone();
  await screenshot(page, 'incentives-15-events');
});

test('A14.1 a worker who has retired can still be visited at the Spring Festival', async () => {
  const worker = (await fetchInPage<{ items: { id: number; name: string }[] }>(`/api/workers?org=${STREET}&status=在职&pageSize=1&sort=name&page=2`)).items[0]!;
  const exit = await page.request.post(`${baseUrl}/api/workers/${worker.id}/exit`, { data: { exitType: '退休', reason: '到龄退休', exitDate: isoDaysFromNow(0) } });
  expect(exit.status(), await exit.text()).toBe(200);

  await page.getByRole('menuitem', { name: '走访慰问' }).click();
  await page.waitForURL(/\/care\/visits$/);
  await page.getByTestId('visit-add').click();
  const modal = page.locator('.ant-modal:visible');
  await searchAndChoose(page, modal.getByTestId('visit-worker'), worker.name, (options) => options.filter({ hasText: `${worker.name}（` }).filter({ hasText: '已退出' }));
  await modal.getByTestId('visit-occasion').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('春节', { exact: true }).click();
  await modal.getByTestId('visit-visitors').fill('街道党工委书记');
  await modal.getByTestId('visit-content').fill('走访慰问退休社区工作者，送上节日祝福');
  await modal.locator('input[data-testid="visit-amount"], [data-testid="visit-amount"] input').first().fill('500');
  await modal.locator('.ant-modal-title').click();
  await screenshot(page, 'incentives-16-visit-form');
  await modal.getByRole('button', { name: /保\s*存/ }).click();
  await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
  const row = page.getByTestId('visits-table').locator('tr.ant-table-row').filter({ hasText: worker.name });
  await row.waitFor();
  expect(await row.textContent()).toContain('已退出');
  expect(await row.textContent()).toContain('500.00');
  await toastsGone();
  await screenshot(page, 'incentives-17-visits');
});

test('A14.1 English mode shows the difficulties page in English', async () => {
  await page.goto(`${baseUrl}/care/difficulties`);
  await page.getByTestId('difficulties-page').waitFor();
  await page.getByRole('banner').getByText('EN', { exact: true }).click();
  await page.getByTestId('difficulty-status-filter').getByText('All', { exact: true }).click();
  const row = page.getByTestId('difficulty-table').locator('tr.ant-table-row').filter({ hasText: CONTENT });
  await expect.poll(() => row.getByTestId('difficulty-status').textContent()).toBe('Closed');
  await row.getByText('Family', { exact: true }).waitFor();
  await page.getByRole('menuitem', { name: 'Difficulties' }).waitFor();
  await screenshot(page, 'incentives-18-difficulties-english');
  await page.getByRole('banner').getByText('中文', { exact: true }).click();
  await page.getByTestId('difficulties-page').getByText('待答复').first().waitFor();
});
