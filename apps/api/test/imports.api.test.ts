import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { todayIso } from '@cwp/domain/dates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directCounters, resultRows } from '../src/modules/stats/stats.queries.ts';
import { counterMap, presentStats } from '../src/modules/stats/stats.presenter.ts';
import { settledImport, uploadImport } from './import-helpers.ts';
import { createTestApp, makeIdNumber, type TestApp } from './test-app.ts';

let t: TestApp;
let daimiao: string;
let taishan: string;
const dir = mkdtempSync(join(tmpdir(), 'cwp-import-'));

beforeAll(async () => {
  t = await createTestApp();
  [daimiao, taishan] = await Promise.all([t.login('daimiao'), t.login('taishan')]);
});
afterAll(() => t.close());

const HEADER = ['姓名', '公民身份号码', '性别', '出生日期', '所在社区', '人员类别', '岗位类别', '学历', '政治面貌', '联系电话', '参加工作时间', '进入社区工作时间', '来源渠道'];

function row(name: string, id: string, community = '370902001001', extra: Partial<Record<string, string>> = {}) {
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const v: Record<string, string> = {
    姓名: name,
    公民身份号码: id,
    性别: Number(id[16]) % 2 ? '男' : '女',
    出生日期: birth,
    所在社区: community,
    人员类别: '社区专职工作人员',
    岗位类别: '其他',
    学历: '大学本科',
    政治面貌: '群众',
    联系电话: '13905380000',
    参加工作时间: '2015-07-01',
    进入社区工作时间: '2019-03-01',
    来源渠道: '统一招聘',
    ...extra,
  };
  return HEADER.map((h) => v[h] ?? '');
}

function csv(name: string, rows: string[][], title = true): string {
  const lines = [...(title ? ['岱庙街道社区工作者花名册（2026年）'] : []), HEADER.join(','), ...rows.map((r) => r.join(','))];
  const path = join(dir, name);
  writeFileSync(path, '\ufeff' + lines.join('\r\n') + '\r\n');
  return path;
}

const upload = (cookie: string, path: string, fields: Record<string, string> = {}) => uploadImport(t, cookie, path, fields);
const settle = (cookie: string, id: number) => settledImport(t, cookie, id);

async function historyCount(): Promise<number> {
  return Number(resultRows<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from worker_history`))[0]!.n);
}

const ids = Array.from({ length: 6 }, (_, i) => makeIdNumber('370902', `198${i}-0${i + 1}-1${i}`, 300 + i));

describe('bulk import (A1.1, A9.5)', () => {
  let jobId: number;

  it('A1.1 a dry run counts creates and rejects with row, column and a Chinese reason; nothing is written', async () => {
    const before = await historyCount();
    const bad = ids[5]!.slice(0, 17) + (ids[5]!.endsWith('1') ? '2' : '1');
    const path = csv('roster.csv', [
      row('张三丰', ids[0]!),
      row('李四', ids[1]!),
      row('王五', ids[2]!, '370902002001'),
      row('赵六', bad),
      row('钱七', ids[3]!, '370902001001', { 学历: '大学本课' }),
      row('孙八', ids[1]!),
    ]);
    const job = await upload(daimiao, path, { orgCode: '370902001' });
    jobId = job.id;
    const done = await settle(daimiao, job.id);
    expect(done.errorMessage ?? "").toBe("");
    expect(done).toMatchObject({ status: "validated", toCreate: 2, rejected: 4 });
    const reasons = Object.fromEntries(done.errors.map((e: { row: number; reason: string }) => [e.row, e.reason]));
    expect(reasons[5]).toContain('不存在或不在您的数据范围内');
    expect(reasons[6]).toContain('校验码');
    expect(reasons[7]).toContain('大学本科');
    expect(reasons[8]).toContain('第 4 行');
    expect(done.errors.find((e: { row: number }) => e.row === 7).column).toBe('学历');
    expect(await historyCount()).toBe(before);
  });

  it('A1.1 all-or-nothing: commit is refused while rows are rejected; the error workbook lists them', async () => {
    const res = await t.request({ method: 'POST', url: `/api/imports/${jobId}/commit`, cookie: daimiao, body: {} });
    expect(res.statusCode).toBe(200);
    const after = await settle(daimiao, jobId);
    expect(after.status).toBe('validated');
    expect(after.errorMessage).toContain('未写入任何数据');
    const wb = await t.request({ method: 'GET', url: `/api/imports/${jobId}/errors.xlsx`, cookie: daimiao });
    expect(wb.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(wb.rawPayload as never);
    const sheet = book.worksheets[0]!;
    const cells = sheet.getSheetValues().flat().map(String).join('|');
    expect(cells).toContain('错误原因');
    expect(cells).toContain('赵六');
    expect(cells).not.toContain('张三丰');
  });

  it('A9.5 "valid rows only" writes the valid rows with history rows whose source is the job, and statistics follow', async () => {
    await t.request({ method: 'POST', url: `/api/imports/${jobId}/commit`, cookie: daimiao, body: { partial: true } });
    const done = await settle(daimiao, jobId);
    expect(done).toMatchObject({ status: 'committed', created: 2, updated: 0 });
    const list = (await t.request({ method: 'GET', url: '/api/workers?q=' + encodeURIComponent('张三丰'), cookie: daimiao })).json();
    expect(list.total).toBe(1);
    const history = (await t.request({ method: 'GET', url: `/api/workers/${list.items[0].id}/history`, cookie: daimiao })).json();
    expect(history[0]).toMatchObject({ kind: 'registered', source: `import:${jobId}` });
    const stats = (await t.request({ method: 'GET', url: '/api/stats/370902001', cookie: daimiao })).json();
    const direct = presentStats({ code: '370902001', name: stats.name, level: stats.level }, counterMap(await directCounters(t.database.db, '370902001', todayIso())), todayIso());
    expect(stats).toEqual({ ...direct, asOf: stats.asOf });
  });

  it('A9.5 re-importing the same rows changes nothing and writes no history; an edit becomes an update', async () => {
    const before = await historyCount();
    const same = await upload(daimiao, csv('again.csv', [row('张三丰', ids[0]!), row('李四', ids[1]!)]), { orgCode: '370902001' });
    const checked = await settle(daimiao, same.id);
    expect(checked).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 2, rejected: 0 });
    await t.request({ method: 'POST', url: `/api/imports/${same.id}/commit`, cookie: daimiao, body: {} });
    expect(await settle(daimiao, same.id)).toMatchObject({ status: 'committed', created: 0, updated: 0 });
    expect(await historyCount()).toBe(before);

    const edited = await upload(daimiao, csv('edit.csv', [row('张三丰', ids[0]!, '370902001001', { 学历: '硕士研究生' })], false), { orgCode: '370902001' });
    expect(await settle(daimiao, edited.id)).toMatchObject({ toUpdate: 1, unchanged: 0 });
    await t.request({ method: 'POST', url: `/api/imports/${edited.id}/commit`, cookie: daimiao, body: {} });
    expect(await settle(daimiao, edited.id)).toMatchObject({ status: 'committed', updated: 1 });
    expect(await historyCount()).toBe(before + 1);
    const w = (await t.request({ method: 'GET', url: '/api/workers?q=' + encodeURIComponent('张三丰'), cookie: daimiao })).json().items[0];
    const h = (await t.request({ method: 'GET', url: `/api/workers/${w.id}/history`, cookie: daimiao })).json()[0];
    expect(h).toMatchObject({ kind: 'updated', source: `import:${edited.id}` });
    expect(h.changes).toEqual([{ field: 'education', label: '全日制学历', before: '大学本科', after: '硕士研究生' }]);
  });

  it('scope: a street importing rows of another street or a number registered elsewhere gets them rejected', async () => {
    const caiyuan = await t.login('caiyuan');
    const job = await upload(caiyuan, csv('other.csv', [row('周九', ids[4]!, '370902001002'), row('张三丰', ids[0]!, '370902002001')]), {});
    const done = await settle(caiyuan, job.id);
    expect(done.rejected).toBe(2);
    expect(done.errors.map((e: { reason: string }) => e.reason).join()).toContain('不在您的数据范围内');
    expect((await t.request({ method: 'GET', url: `/api/imports/${job.id}`, cookie: daimiao })).statusCode).toBe(404);
  });

  it('A1.2 grid-staff conversion forces the category and source and requires the former funding department', async () => {
    const header = ['姓名', '公民身份号码', '所在社区', '岗位类别', '学历', '政治面貌', '参加工作时间', '进入社区工作时间', '原经费来源部门'];
    const id1 = makeIdNumber('370902', '1988-08-08', 611);
    const id2 = makeIdNumber('370902', '1989-09-09', 612);
    const path = join(dir, 'grid.csv');
    writeFileSync(path, [header.join(','), ['网格甲', id1, '370902001003', '其他', '大学专科', '群众', '2012-01-01', '2016-05-01', '区委政法委'].join(','), ['网格乙', id2, '370902001003', '其他', '大学专科', '群众', '2012-01-01', '2016-05-01', ''].join(',')].join('\n'));
    const job = await upload(taishan, path, { orgCode: '370902', mode: 'gridConversion' });
    const done = await settle(taishan, job.id);
    expect(done).toMatchObject({ toCreate: 1, rejected: 1 });
    expect(done.errors[0].reason).toContain('原经费来源部门');
    await t.request({ method: 'POST', url: `/api/imports/${job.id}/commit`, cookie: taishan, body: { partial: true } });
    await settle(taishan, job.id);
    const w = (await t.request({ method: 'GET', url: '/api/workers?q=' + encodeURIComponent('网格甲'), cookie: taishan })).json().items[0];
    const detail = (await t.request({ method: 'GET', url: `/api/workers/${w.id}`, cookie: taishan })).json();
    expect(detail).toMatchObject({ category: '社区专职工作人员', sourceChannel: '网格员转聘', formerFundingDept: '区委政法委', communityStartDate: '2016-05-01' });
  });

  it('a validated job can be cancelled and then commits nothing; files other than xlsx/csv are refused', async () => {
    const job = await upload(daimiao, csv('cancel.csv', [row('吴十', makeIdNumber('370902', '1990-10-10', 777))]), { orgCode: '370902001' });
    await settle(daimiao, job.id);
    expect((await t.request({ method: 'POST', url: `/api/imports/${job.id}/cancel`, cookie: daimiao })).json().status).toBe('cancelled');
    expect((await t.request({ method: 'POST', url: `/api/imports/${job.id}/commit`, cookie: daimiao, body: {} })).statusCode).toBe(409);
    const xls = join(dir, 'old.xls');
    writeFileSync(xls, 'x');
    const boundary = 'b1';
    const payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="old.xls"\r\n\r\nx\r\n--${boundary}--\r\n`;
    const res = await t.app.inject({ method: 'POST', url: '/api/imports', headers: { cookie: daimiao, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('.xlsx');
  });

  it('A1.1 a dry run whose staging was lost in a database crash (UNLOGGED tables empty) refuses to commit and writes nothing', async () => {
    const job = await upload(daimiao, csv('crash.csv', [row('郑十一', makeIdNumber('370902', '1991-11-11', 811))]), { orgCode: '370902001' });
    expect((await settle(daimiao, job.id)).toCreate).toBe(1);
    const before = await historyCount();
    // What crash recovery does to unlogged tables.
    await t.database.db.execute(sql`delete from import_row_actions where job_id = ${job.id}`);
    await t.database.db.execute(sql`delete from import_rows where job_id = ${job.id}`);
    await t.request({ method: 'POST', url: `/api/imports/${job.id}/commit`, cookie: daimiao, body: {} });
    const after = await settle(daimiao, job.id);
    expect(after.status).toBe('failed');
    expect(after.errorMessage).toContain('重新上传');
    expect(after.created).toBe(0);
    expect(await historyCount()).toBe(before);
  });

  it('the template has the required headers and a notes sheet; street users cannot import for another street', async () => {
    const res = await t.request({ method: 'GET', url: '/api/imports/template.xlsx', cookie: daimiao });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as never);
    const headers = (book.worksheets[0]!.getRow(1).values as string[]).join('|');
    for (const h of ['姓名', '公民身份号码', '出生日期', '性别', '所在社区', '人员类别', '岗位类别', '学历', '政治面貌', '联系电话', '进入社区工作时间']) expect(headers).toContain(h);
    expect(book.worksheets.map((w) => w.name)).toContain('填写说明');
    const other = await upload(daimiao, csv('x.csv', [row('某人', makeIdNumber('370902', '1991-01-01', 5))]), {}).catch(() => null);
    expect(other).not.toBeNull();
    const denied = await t.app.inject({ method: 'GET', url: '/api/imports/template.xlsx?org=370902002', headers: { cookie: daimiao } });
    expect(denied.statusCode).toBe(404);
  });
});
