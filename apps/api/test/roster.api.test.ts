import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { todayIso } from '@cwp/domain/dates';
import { createTestApp, type TestApp } from './test-app.ts';

// A1.1 the registry as a roster (花名册): filters, search, export; A9.3 exits; A9.5 the record stays
// consistent when an edit is refused.

let t: TestApp;
let taishan: string;
let daimiao: string;
let caiyuan: string;
let auditor: string;

const CHINESE = /[\u4e00-\u9fff]/;

type Item = {
  id: number; name: string; idNumber: string; age: number; status: string; category: string; postClass: string;
  education: string; politicalStatus: string; swQualification: string; communityCode: string; birthDate: string;
};
type Page = { items: Item[]; total: number };

beforeAll(async () => {
  t = await createTestApp();
  [taishan, daimiao, caiyuan, auditor] = await Promise.all([t.login('taishan'), t.login('daimiao'), t.login('caiyuan'), t.login('auditor')]);
});
afterAll(() => t.close());

const qs = (params: Record<string, string | number>) => new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();
async function list(cookie: string, params: Record<string, string | number> = {}): Promise<Page> {
  const res = await t.request({ method: 'GET', url: `/api/workers?${qs({ pageSize: 200, ...params })}`, cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const detail = async (id: number, cookie: string, reveal = false) =>
  (await t.request({ method: 'GET', url: `/api/workers/${id}${reveal ? '?reveal=1' : ''}`, cookie })).json();
const audit = async (params: Record<string, string>) =>
  (await t.request({ method: 'GET', url: `/api/audit?${qs({ pageSize: 200, ...params })}`, cookie: auditor })).json().items as {
    action: string; actorName: string; objectId: string | null; detail: Record<string, unknown> | null;
  }[];

async function exportSheet(cookie: string, params: Record<string, string | number> = {}) {
  const res = await t.request({ method: 'GET', url: `/api/workers/export.xlsx?${qs(params)}`, cookie });
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  expect(String(res.headers['content-disposition'])).toContain('attachment');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('花名册')!;
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const v = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [h, v[i]])));
  });
  return { header, rows };
}

describe('A1.1 roster filters', () => {
  let all: number;
  beforeAll(async () => {
    all = (await list(taishan, { pageSize: 1 })).total;
  });

  const cases: [string, string, (w: Item) => boolean][] = [
    ['category', '社区党组织成员', (w) => w.category === '社区党组织成员'],
    ['postClass', '正职', (w) => w.postClass === '正职'],
    ['status', '试用', (w) => w.status === '试用'],
    ['education', '大学本科', (w) => w.education === '大学本科'],
    ['ageBand', 'under35', (w) => w.age < 35],
    ['ageBand', '55plus', (w) => w.age >= 55],
    ['politicalStatus', '中共党员', (w) => w.politicalStatus === '中共党员'],
    ['swQualification', '社会工作师', (w) => w.swQualification === '社会工作师'],
  ];
  for (const [key, value, holds] of cases) {
    it(`A1.1 filter ${key}=${value} returns only matching workers`, async () => {
      const page = await list(taishan, { [key]: value });
      expect(page.total).toBeGreaterThan(0);
      expect(page.total).toBeLessThan(all);
      expect(page.items.length).toBe(Math.min(200, page.total));
      const wrong = page.items.filter((w) => !holds(w));
      expect(wrong, JSON.stringify(wrong.slice(0, 2))).toEqual([]);
    });
  }

  it('A1.1 the categories partition the roster; the age bands too', async () => {
    let sum = 0;
    for (const c of ['社区党组织成员', '居委会专职成员', '社区专职工作人员']) sum += (await list(taishan, { category: c, pageSize: 1 })).total;
    expect(sum).toBe(all);
    let bands = 0;
    for (const b of ['under35', '35to44', '45to54', '55plus']) bands += (await list(taishan, { ageBand: b, pageSize: 1 })).total;
    expect(bands).toBe(all);
  });

  it("A9.3 status '在职' means not exited: 试用 + 在岗 + 离岗", async () => {
    const active = await list(taishan, { status: '在职' });
    expect(active.items.every((w) => w.status !== '已退出')).toBe(true);
    let sum = 0;
    for (const s of ['试用', '在岗', '离岗']) sum += (await list(taishan, { status: s, pageSize: 1 })).total;
    expect(active.total).toBe(sum);
  });

  it('an unknown filter value is 400', async () => {
    const bad: Record<string, string | number>[] = [{ category: '网格员' }, { ageBand: 'under30' }, { status: '退休' }, { pageSize: 500 }];
    for (const p of bad) {
      const res = await t.request({ method: 'GET', url: `/api/workers?${qs(p)}`, cookie: taishan });
      expect(res.statusCode, JSON.stringify(p)).toBe(400);
    }
  });

  it('pagination: page 2 differs from page 1 and the total stays the same', async () => {
    const p1 = await list(taishan, { pageSize: 20, page: 1 });
    const p2 = await list(taishan, { pageSize: 20, page: 2 });
    expect(p1.items).toHaveLength(20);
    expect(p2.items).toHaveLength(20);
    expect(p2.total).toBe(p1.total);
    const ids1 = new Set(p1.items.map((w) => w.id));
    expect(p2.items.some((w) => ids1.has(w.id))).toBe(false);
    const wide = await list(taishan, { pageSize: 40, page: 1 });
    expect(wide.items.map((w) => w.id)).toEqual([...p1.items, ...p2.items].map((w) => w.id));
  });
});

describe('A1.1 roster search', () => {
  let target: Item;
  let fullId: string;
  beforeAll(async () => {
    target = (await list(taishan, { org: '370902003', pageSize: 30 })).items[17]!;
    fullId = (await detail(target.id, taishan, true)).idNumber;
  });

  it('by a name substring', async () => {
    const part = target.name.length >= 3 ? target.name.slice(1) : target.name;
    const page = await list(taishan, { q: part });
    expect(page.items.map((w) => w.id)).toContain(target.id);
    expect(page.items.every((w) => w.name.includes(part))).toBe(true);
  });

  it('by the last 4 and the last 6 characters of the ID number', async () => {
    for (const tail of [fullId.slice(-4), fullId.slice(-6)]) {
      const page = await list(taishan, { q: tail });
      expect(page.items.map((w) => w.id), tail).toContain(target.id);
      expect(page.items.every((w) => w.idNumber.endsWith(fullId.slice(-4)))).toBe(true);
    }
    expect((await list(taishan, { q: fullId.slice(-6) })).total).toBeLessThanOrEqual((await list(taishan, { q: fullId.slice(-4) })).total);
  });

  it('by the full ID number (lower-case x accepted), exactly one hit', async () => {
    const page = await list(taishan, { q: fullId.toLowerCase() });
    expect(page.items.map((w) => w.id)).toEqual([target.id]);
    expect(page.total).toBe(1);
  });

  it('a search never leaves the scope', async () => {
    expect((await list(caiyuan, { q: fullId })).total).toBe(0);
    expect((await list(caiyuan, { q: target.name })).items.every((w) => w.communityCode.startsWith('370902002'))).toBe(true);
  });
});

describe('A1.1 roster export (.xlsx)', () => {
  it('has one data row per listed worker for the same filters, with masked ID numbers only', async () => {
    const filters = { category: '居委会专职成员', education: '大学本科' };
    const { total } = await list(taishan, { ...filters, pageSize: 1 });
    const { header, rows } = await exportSheet(taishan, filters);
    expect(header).toEqual(expect.arrayContaining(['序号', '姓名', '公民身份号码', '所在社区', '社区代码', '状态']));
    expect(rows).toHaveLength(total);
    expect(rows.every((r) => r['人员类别'] === '居委会专职成员' && r['全日制学历'] === '大学本科')).toBe(true);
    expect(rows.every((r) => /^\d{6}\*{8}\d{3}[\dX]$/.test(String(r['公民身份号码'])))).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/\d{17}[\dX]/);
  });

  it('a street exports only its own communities, and the export is audited with its row count', async () => {
    const { total } = await list(caiyuan, { pageSize: 1 });
    const { rows } = await exportSheet(caiyuan);
    expect(rows).toHaveLength(total);
    expect(rows.every((r) => String(r['社区代码']).startsWith('370902002'))).toBe(true);
    // The audit row is written once the workbook is committed, possibly just after the last byte is sent.
    let exports: Awaited<ReturnType<typeof audit>> = [];
    for (let i = 0; i < 20 && exports.length === 0; i++) {
      exports = await audit({ action: 'worker_export', actor: 'caiyuan' });
      if (exports.length === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(exports).toHaveLength(1);
    expect(exports[0]!.detail).toMatchObject({ rows: total });
  });
});

describe('A1.1 reveal of the full ID number', () => {
  it('a street reveals a worker of its own: 18 digits matching the mask, audited', async () => {
    const w = (await list(daimiao, { pageSize: 1 })).items[0]!;
    const masked = await detail(w.id, daimiao);
    expect(masked.idNumberRevealed).toBe(false);
    const open = await detail(w.id, daimiao, true);
    expect(open.idNumberRevealed).toBe(true);
    expect(open.idNumber).toMatch(/^\d{17}[\dX]$/);
    expect(open.idNumber.slice(0, 6)).toBe(masked.idNumber.slice(0, 6));
    expect(open.idNumber.slice(-4)).toBe(masked.idNumber.slice(-4));
    expect(open.idNumber.slice(6, 14)).toBe(masked.birthDate.replace(/-/g, ''));
    if (masked.phone) {
      expect(open.phone).toMatch(/^1\d{10}$/);
      expect(open.phone.slice(-4)).toBe(masked.phone.slice(-4));
    }
    const rows = await audit({ action: 'worker_reveal', actor: 'daimiao' });
    expect(rows.some((r) => r.objectId === String(w.id))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(open.idNumber);
  });
});

describe('A9.3 exit and transfer rules', () => {
  let onDuty: Item;
  beforeAll(async () => {
    onDuty = (await list(daimiao, { status: '在岗', org: '370902001005', pageSize: 5 })).items[0]!;
  });
  const exit = (id: number, body: Record<string, unknown>) => t.request({ method: 'POST', url: `/api/workers/${id}/exit`, cookie: daimiao, body });

  it("A9.3 '试用期不合格' is refused for a worker not on probation", async () => {
    const res = await exit(onDuty.id, { exitType: '试用期不合格', reason: '考核不合格', exitDate: todayIso() });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([expect.objectContaining({ path: 'exitType', message: expect.stringMatching(CHINESE) })]);
    expect((await detail(onDuty.id, daimiao)).status).toBe('在岗');
  });

  it("A9.3 a worker on probation can leave for failing probation", async () => {
    const trial = (await list(daimiao, { status: '试用', pageSize: 1 })).items[0]!;
    const res = await exit(trial.id, { exitType: '试用期不合格', reason: '试用期考核不合格', exitDate: todayIso() });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: '已退出', exitType: '试用期不合格' });
  });

  it('A9.3 an exited worker cannot exit, transfer or be edited again (409 INVALID_STATE), and is still listed', async () => {
    expect((await exit(onDuty.id, { exitType: '辞职', reason: '个人原因', exitDate: todayIso() })).statusCode).toBe(200);
    const again = await exit(onDuty.id, { exitType: '解聘', reason: '再次退出', exitDate: todayIso() });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('INVALID_STATE');
    expect(again.json().message).toMatch(CHINESE);
    const move = await t.request({ method: 'POST', url: `/api/workers/${onDuty.id}/transfer`, cookie: daimiao, body: { toCommunityCode: '370902001001', reason: '工作需要', effectiveDate: todayIso() } });
    expect(move.statusCode).toBe(409);
    expect(move.json().code).toBe('INVALID_STATE');
    const edit = await t.request({ method: 'PATCH', url: `/api/workers/${onDuty.id}`, cookie: daimiao, body: { fullTimeMajor: '法学' } });
    expect(edit.statusCode).toBe(409);
    const exited = await list(daimiao, { status: '已退出' });
    expect(exited.items.map((w) => w.id)).toContain(onDuty.id);
    expect((await list(daimiao, { status: '在职' })).items.map((w) => w.id)).not.toContain(onDuty.id);
    expect((await detail(onDuty.id, daimiao)).exitType).toBe('辞职');
  });

  it('a transfer to the current community is 400 on toCommunityCode', async () => {
    const w = (await list(daimiao, { status: '在岗', org: '370902001006', pageSize: 1 })).items[0]!;
    const res = await t.request({ method: 'POST', url: `/api/workers/${w.id}/transfer`, cookie: daimiao, body: { toCommunityCode: w.communityCode, reason: '原地调动', effectiveDate: todayIso() } });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0]).toMatchObject({ path: 'toCommunityCode', message: expect.stringMatching(CHINESE) });
    const history = (await t.request({ method: 'GET', url: `/api/workers/${w.id}/history`, cookie: daimiao })).json();
    expect(history.some((h: { kind: string }) => h.kind === 'transferred')).toBe(false);
  });

  it("A9.3 exit closes the worker's own login (gongzuozhe)", async () => {
    const session = await t.login('gongzuozhe');
    const workerId = (await t.request({ method: 'GET', url: '/api/me', cookie: session })).json().workerId;
    expect(workerId).toBeTypeOf('number');
    const res = await exit(workerId, { exitType: '辞职', reason: '个人原因', exitDate: todayIso() });
    expect(res.statusCode, res.body).toBe(200);
    const relogin = await t.request({ method: 'POST', url: '/api/auth/login', body: { username: 'gongzuozhe', password: 'Demo@123456' } });
    expect(relogin.statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/me', cookie: session })).statusCode).toBe(401);
  });
});

describe('A9.5 refused edits leave the record unchanged', () => {
  let id: number;
  beforeAll(async () => {
    id = (await list(daimiao, { status: '在岗', org: '370902001007', pageSize: 1 })).items[0]!.id;
  });
  const patch = (body: Record<string, unknown>) => t.request({ method: 'PATCH', url: `/api/workers/${id}`, cookie: daimiao, body });

  it('bad input is 400 with a Chinese field message and nothing changes', async () => {
    const before = await detail(id, daimiao);
    const cases: [Record<string, unknown>, string][] = [
      [{ partyJoinDate: '1900-01-01' }, 'partyJoinDate'],
      [{ partyJoinDate: '2023-02-30' }, 'partyJoinDate'],
      [{ politicalStatus: '不存在' }, 'politicalStatus'],
      [{ education: '博士后' }, 'education'],
      [{ communityStartDate: '1999-01-01', workStartDate: '2005-07-01' }, 'communityStartDate'],
      [{ communityStartDate: before.workStartDate.replace(/^\d{4}/, (y: string) => String(Number(y) - 1)) }, 'communityStartDate'],
      [{ workStartDate: todayIso().replace(/^\d{4}/, (y) => String(Number(y) + 1)) }, 'workStartDate'],
      [{ name: '王' }, 'name'],
      [{ phone: '12345' }, 'phone'],
      [{ positions: ['网格员', '不存在的职务'] }, 'positions.1'],
    ];
    for (const [body, path] of cases) {
      const res = await patch(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
      const field = res.json().fields?.find((f: { path: string }) => f.path === path);
      expect(field, `${JSON.stringify(body)} → ${res.body}`).toBeDefined();
      expect(field.message, JSON.stringify(body)).toMatch(CHINESE);
    }
    const after = await detail(id, daimiao);
    expect(after).toEqual(before);
    const history = (await t.request({ method: 'GET', url: `/api/workers/${id}/history`, cookie: daimiao })).json();
    expect(history.some((h: { kind: string }) => h.kind === 'updated')).toBe(false);
  });

  it('control: a valid edit of the same worker goes through', async () => {
    const res = await patch({ fullTimeMajor: '社会学' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().fullTimeMajor).toBe('社会学');
  });
});
