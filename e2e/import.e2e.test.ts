/**
 * Bulk import end to end in a real browser against the real product server: a street administrator
 * uploads a CSV (title row, header, ten rows of which two are bad) → the dry run lists both rejected
 * rows with their Chinese reasons → the error workbook downloads → the corrected file validates clean →
 * commit (all-or-nothing) → the workers are in the roster with an archive entry naming the import (A1.1,
 * A9.5).
 *
 * E2E_BASE_URL=http://127.0.0.1:4173 runs against an already running server instead of starting one.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { computeIdCheckDigit } from '@cwp/domain/id-number';
import { screenshot, useBrowserSession } from './harness.ts';

interface OrgChild {
  code: string;
  name: string;
  level: string;
}

interface Person {
  name: string;
  idNumber: string;
  gender: '男' | '女';
  birthDate: string;
  education: string;
}

const session = useBrowserSession();
let page: Page;
let baseUrl: string;
let tempDir: string;

const ROWS = 10;
const BAD_ID_ROW = 3; // 0-based index among the data rows
const BAD_EDU_ROW = 7;
const HEADER = ['姓名', '公民身份号码', '性别', '出生日期', '所在社区', '人员类别', '岗位类别', '学历', '政治面貌', '联系电话', '参加工作时间', '进入社区工作时间', '来源渠道'];
// The title row is line 1 and the header line 2, so data row i sits on spreadsheet row i + 3.
const sheetRow = (i: number) => i + 3;

const DIGITS = '甲乙丙丁戊己庚辛壬癸';
const suffix = Array.from({ length: 2 }, () => DIGITS[Math.floor(Math.random() * 10)]).join('');
const ORDINALS = '一二三四五六七八九十';
const seqBase = 100 + Math.floor(Math.random() * 800);

const people: Person[] = Array.from({ length: ROWS }, (_, i) => {
  const year = 1980 + ((i * 3 + seqBase) % 16); // 1980–1995
  const month = String(1 + ((i + seqBase) % 12)).padStart(2, '0');
  const day = String(1 + ((i * 7 + seqBase) % 28)).padStart(2, '0');
  const seq = String(seqBase + i).padStart(3, '0');
  const first17 = `370902${year}${month}${day}${seq}`;
  return {
    name: `导入${suffix}${ORDINALS[i]}`,
    idNumber: first17 + computeIdCheckDigit(first17),
    gender: Number(seq.slice(-1)) % 2 === 1 ? '男' : '女',
    birthDate: `${year}-${month}-${day}`,
    education: '大学本科',
  };
});

function wrongCheckDigit(id: string): string {
  const last = id.slice(-1);
  return id.slice(0, 17) + (last === '1' ? '2' : '1');
}

function csvOf(rows: Person[], communities: OrgChild[]): string {
  const lines = ['岱庙街道社区工作者信息（批量导入）', HEADER.join(',')];
  rows.forEach((p, i) => {
    const community = communities[i % communities.length]!.code;
    const phone = `139${String(53800000 + seqBase * 10 + i).padStart(8, '0')}`;
    lines.push([p.name, p.idNumber, p.gender, p.birthDate, community, '社区专职工作人员', '其他', p.education, '群众', phone, '2015-07-01', '2019-03-01', '统一招聘'].join(','));
  });
  return lines.join('\r\n') + '\r\n';
}

const apiJson = <T,>(path: string) => session.getJson<T>(path);

async function uploadFile(path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('点击或将文件拖到此处上传').click();
  await (await chooser).setFiles(path);
}

/** The job id in the page URL (?job=ID), once the upload has answered. */
async function jobIdInUrl(): Promise<number> {
  await page.waitForURL(/[?&]job=\d+/, { timeout: 30_000 });
  return Number(new URL(page.url()).searchParams.get('job'));
}

const countText = (key: string) => page.getByTestId(`import-count-${key}`).locator('.ant-statistic-content-value').textContent();

let communities: OrgChild[] = [];
let firstJobId = 0;

beforeAll(async () => {
  page = session.page;
  baseUrl = session.baseUrl;
  tempDir = await mkdtemp(join(tmpdir(), 'cwp-import-e2e-'));
});

afterAll(async () => {
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

test('A1.1 daimiao signs in and opens 人员管理 → 批量导入 for 岱庙街道', async () => {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('用户名').fill('daimiao');
  await page.getByLabel('密码').fill('Demo@123456');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));

  await page.getByRole('menuitem', { name: '批量导入' }).click();
  await page.waitForURL(/\/workers\/import$/);
  await expect.poll(() => page.getByTestId('import-target').textContent()).toContain('岱庙街道');
  expect(await page.getByRole('radio', { name: '普通导入' }).isChecked()).toBe(true);
  await expect.poll(() => page.getByRole('radio', { name: '网格员转聘' }).count()).toBe(1);

  communities = (await apiJson<OrgChild[]>('/api/org-units/370902001/children')).filter((c) => c.code.startsWith('370902001'));
  expect(communities.length).toBeGreaterThan(1);
  await screenshot(page, 'import-01-page');
});

test('A1.1 a CSV with two bad rows: the dry run rejects both with their Chinese reasons and blocks 确认导入（全部）', async () => {
  const rows = people.map((p, i) => (i === BAD_ID_ROW ? { ...p, idNumber: wrongCheckDigit(p.idNumber) } : i === BAD_EDU_ROW ? { ...p, education: '大学本课' } : p));
  const file = join(tempDir, '岱庙街道导入-有错.csv');
  await writeFile(file, csvOf(rows, communities), 'utf8');

  await uploadFile(file);
  firstJobId = await jobIdInUrl();
  const table = page.getByTestId('import-errors');
  await table.locator('.ant-table-row').nth(1).waitFor({ timeout: 60_000 });
  expect(await countText('rejected')).toBe('2');
  expect(await countText('toCreate')).toBe(String(ROWS - 2));

  const idRow = table.locator('.ant-table-row', { hasText: '校验码错误' });
  expect(await idRow.locator('td').first().textContent()).toBe(String(sheetRow(BAD_ID_ROW)));
  expect(await idRow.textContent()).toContain('公民身份号码');
  const eduRow = table.locator('.ant-table-row', { hasText: '大学本课' });
  expect(await eduRow.locator('td').first().textContent()).toBe(String(sheetRow(BAD_EDU_ROW)));
  expect(await eduRow.textContent()).toContain('不是可选值');

  expect(await page.getByTestId('import-commit-all').isDisabled()).toBe(true);
  await page.getByTestId('import-commit-all').locator('xpath=..').hover();
  await expect.poll(() => page.locator('.ant-tooltip').filter({ hasText: '有 2 行未通过校验' }).count()).toBeGreaterThan(0);
  await screenshot(page, 'import-02-dry-run-rejected');
});

test('A1.1 the error workbook downloads as an .xlsx holding the two rows and their reasons; a reload keeps the job', async () => {
  const downloading = page.waitForEvent('download');
  await page.getByTestId('import-download-errors').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const saved = join(tempDir, 'errors.xlsx');
  await download.saveAs(saved);
  expect((await stat(saved)).size).toBeGreaterThan(0);
  const bytes = await readFile(saved);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const text = JSON.stringify(wb.worksheets.map((ws) => ws.getSheetValues()));
  expect(text).toContain('错误原因');
  expect(text).toContain(people[BAD_EDU_ROW]!.name);
  expect(text).toContain(people[BAD_ID_ROW]!.name);

  await page.reload();
  await page.getByTestId('import-errors').locator('.ant-table-row').nth(1).waitFor();
  expect(await page.getByTestId('import-job').locator('.ant-card-head-title').textContent()).toContain(`#${firstJobId}`);
  await screenshot(page, 'import-03-after-reload');
});

test('A1.1 the corrected file validates clean; 确认导入（全部） writes every row and the progress ends with 已新增', async () => {
  await page.getByTestId('import-upload-another').click();
  await page.waitForURL((u) => !u.searchParams.has('job'));
  const file = join(tempDir, '岱庙街道导入-已修正.csv');
  await writeFile(file, csvOf(people, communities), 'utf8');
  await uploadFile(file);
  const jobId = await jobIdInUrl();
  expect(jobId).not.toBe(firstJobId);

  const commitAll = page.getByTestId('import-commit-all');
  await commitAll.waitFor({ timeout: 60_000 });
  expect(await countText('rejected')).toBe('0');
  expect(await countText('toCreate')).toBe(String(ROWS));
  expect(await commitAll.isEnabled()).toBe(true);
  await screenshot(page, 'import-04-dry-run-clean');

  await commitAll.click();
  await page.getByTestId('import-progress').waitFor();
  await screenshot(page, 'import-05-committing');
  const done = page.getByTestId('import-committed');
  await done.waitFor({ timeout: 60_000 });
  expect(await done.textContent()).toContain(`已新增 ${ROWS}`);
  expect(await page.getByTestId('import-progress').count()).toBe(0);

  // The recent list shows both jobs: the first still awaiting confirmation, the second imported.
  const jobs = page.getByTestId('import-jobs');
  await expect.poll(() => jobs.locator('.ant-table-row', { hasText: `#${jobId}` }).textContent()).toContain('已导入');
  expect(await jobs.locator('.ant-table-row', { hasText: `#${firstJobId}` }).textContent()).toContain('待确认');
  await screenshot(page, 'import-06-committed');
});

test('A1.1 A9.5 an imported worker is in the roster, and the archive names the import job', async () => {
  const person = people[BAD_ID_ROW]!;
  await page.getByRole('menuitem', { name: '花名册' }).click();
  await page.waitForURL(/\/workers$/);
  const search = page.getByLabel('按姓名或身份证号后 4/6 位搜索');
  await search.fill(person.name);
  await search.press('Enter');
  const row = page.locator('.ant-table-row', { hasText: person.name });
  await row.waitFor();
  expect(await row.textContent()).toContain(`${person.idNumber.slice(0, 6)}********${person.idNumber.slice(-4)}`);
  await screenshot(page, 'import-07-roster-found');

  await row.getByRole('link', { name: person.name }).click();
  await page.waitForURL(/\/workers\/\d+$/);
  const registered = page.getByTestId('history-registered');
  await registered.waitFor();
  expect(await registered.textContent()).toContain('批量导入');
  await screenshot(page, 'import-08-archive');
});
