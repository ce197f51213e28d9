/**
 * Skills end to end in a real browser against the real product server (A6.1, A6.2): the street user `daimiao`
 * certifies a worker of 岱庙街道 for every front-desk post and the 全岗通 count rises; pairs a mentor and a
 * mentee (a second mentor for the same mentee is refused with the server's message) and evaluates the pair;
 * the county user `taishan` records a county skills competition, and `daimiao` records awards for two of the
 * street's workers; `daimiao` writes a 社区工作法 case, publishes it and opens it from the library; the
 * 全岗通 page is checked in English.
 *
 * The server is always started here (no E2E_BASE_URL): the test switches users and counts on a fresh demo.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, screenshot, searchAndChoose, startProductServer, type ProductServer } from './harness.ts';

let server: ProductServer;
let browser: Browser;
let page: Page;
let baseUrl: string;
beforeAll(async () => {
  server = await startProductServer();
  baseUrl = server.baseUrl;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const STREET = '370902001';
const COMPETITION = '泰山区社区工作者职业技能大赛';
const CASE_TITLE = '楼道议事会化解加装电梯分歧';
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function getJson<T>(path: string): Promise<T> {
  const res = await page.request.get(`${baseUrl}${path}`);
  if (res.status() !== 200) throw new Error(`GET ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}
async function login(username: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('Demo@123456');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  // The pointer is left where the user menu opens after signing out; move it so screenshots show no open menu.
  await page.mouse.move(700, 600);
}
async function logout() {
  await page.getByTestId('user-menu').hover();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/\/login/);
}

interface Worker {
  id: number;
  name: string;
  idNumber: string;
}
/** Picks a worker in a WorkerSelect: namesakes are told apart by the ID number's last four digits. */
async function pickWorker(testId: string, w: Worker) {
  const select = page.locator('.ant-modal:visible').getByTestId(testId);
  await searchAndChoose(page, select, w.name, (options) => options.filter({ hasText: `${w.name}（` }).filter({ hasText: `尾号 ${w.idNumber.slice(-4)}` }), `${w.name}（`);
}

interface Coverage {
  items: { workerId: number; name: string; full: boolean; certified: number }[];
  summary: { workers: number; full: number; rate: number | null };
}
let workers: Worker[];

test('A6.2 daimiao certifies a worker for every front-desk post on 全岗通 and the 全岗通 count rises', async () => {
  await login('daimiao');
  workers = (await getJson<{ items: Worker[] }>(`/api/workers?org=${STREET}&pageSize=6&status=在职&sort=name`)).items;
  await page.getByRole('menuitem', { name: '全岗通' }).click();
  await page.waitForURL(/\/training\/posts$/);
  const before = await getJson<Coverage>(`/api/training/post-coverage?org=${STREET}`);
  const full = page.getByTestId('coverage-full').locator('.ant-statistic-content');
  await expect.poll(() => full.textContent()).toBe(String(before.summary.full));
  await expect.poll(() => page.getByTestId('coverage-workers').locator('.ant-statistic-content').textContent()).toBe(String(before.summary.workers));
  // The first row of the table is a worker not yet 全岗通 on a fresh demo.
  const target = before.items[0]!;
  expect(target.full).toBe(false);
  await screenshot(page, 'skills-01-coverage-before');

  await page.getByTestId(`certify-${target.workerId}`).click();
  const modal = page.locator('.ant-modal:visible');
  await expect.poll(() => modal.getByTestId('certify-worker-name').textContent()).toContain(target.name);
  await modal.getByTestId('certify-all').click();
  await expect.poll(() => modal.locator('.ant-checkbox-wrapper-checked').count()).toBe(10 - target.certified);
  await screenshot(page, 'skills-02-certify-modal');
  await modal.getByRole('button', { name: /^认\s*定$/ }).click();
  await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);

  await expect.poll(() => full.textContent()).toBe(String(before.summary.full + 1));
  const row = page.getByTestId('coverage-table').locator('tr.ant-table-row').filter({ has: page.locator(`a[href="/workers/${target.workerId}"]`) });
  await row.getByText('全岗通', { exact: true }).waitFor();
  expect(await row.getByText(today()).count()).toBeGreaterThan(0);
  const after = await getJson<Coverage>(`/api/training/post-coverage?org=${STREET}`);
  expect(after.summary.full).toBe(before.summary.full + 1);
  const rate = `${((after.summary.rate ?? 0) * 100).toFixed(1)}%`;
  await expect.poll(() => page.getByTestId('coverage-rate').locator('.ant-statistic-content').textContent()).toBe(rate);
  await screenshot(page, 'skills-03-coverage-after');
});

test('A6.2 daimiao pairs a mentor and a mentee; a second mentor for the same dates is refused; the pair is evaluated', async () => {
  const [mentor, mentee, other] = [workers[1]!, workers[2]!, workers[3]!];
  await page.getByRole('menuitem', { name: '导师帮带' }).click();
  await page.waitForURL(/\/training\/mentors$/);
  await page.getByTestId('mentorship-add').click();
  const modal = page.locator('.ant-modal:visible');
  await pickWorker('mentorship-mentor', mentor);
  await pickWorker('mentorship-mentee', mentee);
  await modal.getByTestId('mentorship-goals').fill('半年内熟悉网格走访流程，能独立调解邻里纠纷');
  await screenshot(page, 'skills-04-mentorship-form');
  await modal.getByRole('button', { name: /^结\s*对$/ }).click();
  await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
  const row = page.getByTestId('mentorship-table').locator('tr.ant-table-row').filter({ has: page.locator(`a[href="/workers/${mentee.id}"]`) });
  await row.getByText('帮带中').waitFor();
  expect(await row.textContent()).toContain(mentor.name);

  // The same mentee with another mentor over the same dates: the server's 409 shows under the mentee field.
  await page.getByTestId('mentorship-add').click();
  await pickWorker('mentorship-mentor', other);
  await pickWorker('mentorship-mentee', mentee);
  await modal.getByTestId('mentorship-goals').fill('熟悉养老服务窗口业务');
  await modal.getByRole('button', { name: /^结\s*对$/ }).click();
  await modal.getByText('该徒弟在这段时间已有导师').waitFor();
  await screenshot(page, 'skills-05-mentorship-overlap');
  await modal.getByRole('button', { name: /取\s*消/ }).click();
  await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);

  const [pair] = (await getJson<{ id: number; menteeId: number }[]>(`/api/training/mentorships?org=${STREET}`)).filter((m) => m.menteeId === mentee.id);
  await page.getByTestId(`evaluate-${pair!.id}`).click();
  await modal.getByTestId('evaluate-text').fill('已能独立处理邻里纠纷，走访记录规范');
  await modal.getByRole('button', { name: /保\s*存/ }).click();
  await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
  await row.getByTestId('mentorship-evaluation').getByText('已能独立处理邻里纠纷，走访记录规范').waitFor();
  await screenshot(page, 'skills-06-mentorships');
});

let competitionId: number;

test('A6.2 taishan records a county skills competition; the street sees it', async () => {
  await logout();
  await login('taishan');
  await page.getByRole('menuitem', { name: '技能竞赛' }).click();
  await page.waitForURL(/\/training\/competitions$/);
  await page.getByTestId('competition-add').click();
  const modal = page.locator('.ant-modal:visible');
  await modal.getByTestId('competition-name').fill(COMPETITION);
  // The county's own unit is proposed as organiser, with the county level.
  await modal.getByTestId('competition-organiser').getByText('泰山区').waitFor();
  await expect.poll(() => modal.getByTestId('competition-level').textContent()).toContain('县级');
  await modal.getByTestId('competition-date').click();
  await page.keyboard.type(today());
  await page.keyboard.press('Enter');
  await modal.locator('.ant-modal-title').click();
  await screenshot(page, 'skills-07-competition-form');
  await modal.getByRole('button', { name: /保\s*存/ }).click();
  await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
  const row = page.getByTestId('competition-table').locator('tr.ant-table-row').filter({ hasText: COMPETITION });
  await row.getByText('县级').waitFor();
  const list = await getJson<{ id: number; name: string; orgCode: string; level: string; heldOn: string }[]>('/api/training/competitions');
  const created = list.find((c) => c.name === COMPETITION)!;
  expect(created).toMatchObject({ orgCode: '370902', level: '县级', heldOn: today() });
  competitionId = created.id;
  await screenshot(page, 'skills-08-competitions-county');
});

test('A6.2 daimiao records awards for two of the street’s workers on the county competition', async () => {
  const [first, second] = [workers[4]!, workers[5]!];
  await logout();
  await login('daimiao');
  await page.getByRole('menuitem', { name: '技能竞赛' }).click();
  await page.waitForURL(/\/training\/competitions$/);
  await page.getByTestId(`competition-record-${competitionId}`).click();
  const modal = page.locator('.ant-modal:visible');
  await pickWorker('award-worker-0', first);
  await modal.getByTestId('award-text-0').locator('input').fill('一等奖');
  await modal.getByTestId('award-add-row').click();
  await pickWorker('award-worker-1', second);
  await modal.getByTestId('award-text-1').locator('input').fill('二等奖');
  await modal.locator('.ant-modal-title').click();
  await screenshot(page, 'skills-09-awards-form');
  await modal.getByRole('button', { name: /保\s*存/ }).click();
  await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);

  const awards = page.getByTestId(`competition-awards-${competitionId}`);
  await expect.poll(() => awards.textContent()).toContain(`${first.name} 一等奖`);
  expect(await awards.textContent()).toContain(`${second.name} 二等奖`);
  const row = page.getByTestId('competition-table').locator('tr.ant-table-row').filter({ hasText: COMPETITION });
  await row.locator('.ant-table-row-expand-icon').click();
  await page.getByTestId('competition-results').getByText('一等奖').waitFor();
  await screenshot(page, 'skills-10-competition-awards');
  const history = await getJson<{ summary: string }[]>(`/api/workers/${first.id}/history`);
  expect(history.some((h) => h.summary === `技能竞赛：${COMPETITION}（县级）一等奖`)).toBe(true);
});

test('A6.1 daimiao writes a 社区工作法 case, publishes it and opens it from the library', async () => {
  await page.getByRole('menuitem', { name: '案例库' }).click();
  await page.waitForURL(/\/training\/cases$/);
  await page.getByTestId('case-add').click();
  const modal = page.locator('.ant-modal:visible');
  await modal.getByTestId('case-title').fill(CASE_TITLE);
  await modal.getByTestId('case-method').fill('楼道议事工作法');
  await modal.getByTestId('case-owner').getByText('岱庙街道').waitFor();
  await modal.getByTestId('case-topics').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('矛盾调解', { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('群众工作', { exact: true }).click();
  await modal.locator('.ant-modal-title').click();
  await pickWorker('case-author', workers[0]!);
  await modal.getByTestId('case-summary').fill('以楼道为单元召开议事会，协调高低层住户分摊加装电梯费用，三个月内达成一致。');
  const content = [
    '一、基本情况',
    '某小区 3 号楼 1 单元共 18 户，老年住户占一半以上，加装电梯意愿强烈；一楼、二楼住户担心采光和噪声，明确反对。',
    '二、主要做法',
    '社区网格员先逐户走访，摸清每户的顾虑和可接受的分摊比例；再以楼道为单元召开议事会，请设计单位现场讲解方案。',
    '议事会形成了“楼层越高分摊越多、低层住户获得补偿”的方案，并写入楼道公约。',
    '三、工作成效',
    '三个月内 18 户全部签字同意，电梯于当年年底投入使用，未发生一起投诉。',
  ].join('\n');
  await modal.getByTestId('case-content-input').fill(content);
  await screenshot(page, 'skills-11-case-form');
  await modal.getByRole('button', { name: /保\s*存/ }).click();

  await page.waitForURL(/\/training\/cases\/\d+$/);
  const caseId = Number(page.url().split('/').at(-1));
  await expect.poll(() => page.getByTestId('case-heading').textContent()).toBe(CASE_TITLE);
  expect(await page.getByTestId('case-status').textContent()).toBe('草稿');
  // The case page keeps 案例库 highlighted in the menu.
  expect(await page.locator('.ant-menu-item-selected').textContent()).toBe('案例库');
  await screenshot(page, 'skills-12-case-draft');

  await page.getByTestId('case-publish').click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: /发\s*布/ }).click();
  await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('已发布');
  expect(await page.getByTestId('case-publish').count()).toBe(0);
  // Paragraphs are kept: headings and body lines are separate blocks.
  const body = page.getByTestId('case-content');
  await body.locator('h5', { hasText: '二、主要做法' }).waitFor();
  expect(await body.locator('.ant-typography').count()).toBe(7);
  await screenshot(page, 'skills-13-case-published');

  await page.getByRole('menuitem', { name: '案例库' }).click();
  await page.getByTestId('case-topic-filter').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('矛盾调解', { exact: true }).click();
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
  const card = page.getByTestId(`case-card-${caseId}`);
  await card.getByText('楼道议事工作法').waitFor();
  await screenshot(page, 'skills-14-case-library');
  await card.getByRole('link', { name: CASE_TITLE }).click();
  await page.waitForURL(new RegExp(`/training/cases/${caseId}$`));
  await page.getByTestId('case-summary').getByText('以楼道为单元召开议事会').waitFor();

  const saved = await getJson<{ status: string; topics: string[]; authorWorkerId: number; content: string }>(`/api/training/cases/${caseId}`);
  expect(saved).toMatchObject({ status: 'published', topics: ['矛盾调解', '群众工作'], authorWorkerId: workers[0]!.id, content });
});

test('A6.2 English mode shows the 全岗通 page with English post names', async () => {
  await page.getByRole('menuitem', { name: '全岗通' }).click();
  await page.waitForURL(/\/training\/posts$/);
  await page.getByRole('banner').getByText('EN', { exact: true }).click();
  await page.getByTestId('posts-page').getByText('Front-desk posts (全岗通)').waitFor();
  await page.getByTestId('coverage-table').getByRole('columnheader', { name: 'Elderly care' }).waitFor();
  await page.mouse.move(700, 600);
  await expect.poll(() => page.locator('.ant-message-notice').count()).toBe(0);
  await screenshot(page, 'skills-15-coverage-english');
  await page.getByRole('banner').getByText('中文', { exact: true }).click();
  await page.getByTestId('coverage-table').getByRole('columnheader', { name: '养老服务' }).waitFor();
});
