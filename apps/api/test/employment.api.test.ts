import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let daimiao: string;
let caiyuan: string;
let taishan: string;
let taian: string;
let shuji: string;
let admin: string;
const today = todayIso();
type Probation = { workerId: number; workerName: string; standing: string; probationEnd: string; daysLeft: number };
type History = { kind: string; summary: string };

beforeAll(async () => {
  t = await createTestApp();
  [daimiao, caiyuan, taishan, taian, shuji, admin] = (await Promise.all(['daimiao', 'caiyuan', 'taishan', 'taian', 'shuji', 'admin'].map((u) => t.login(u)))) as [string, string, string, string, string, string];
});
afterAll(() => t.close());

const get = (url: string, cookie: string) => t.request({ method: 'GET', url, cookie });
const post = (url: string, cookie: string, body: unknown) => t.request({ method: 'POST', url, cookie, body });
const probation = async (cookie = daimiao, standing = 'flagged') => (await get(`/api/probation?org=370902001&standing=${standing}`, cookie)).json() as { items: Probation[]; due: number; overdue: number; months: number };
const history = async (id: number) => (await get(`/api/workers/${id}/history`, daimiao)).json() as History[];

describe('probation screening (A9.3)', () => {
  it('A9.3 an overdue screening and one due within 30 days are flagged for the street; another street sees nothing', async () => {
    const p = await probation();
    expect(p.months).toBe(6);
    expect(p.overdue).toBeGreaterThanOrEqual(1);
    expect(p.due).toBeGreaterThanOrEqual(1);
    const overdue = p.items.find((i) => i.standing === 'overdue')!;
    expect(overdue.probationEnd).toBe(addDaysIso(today, -5));
    expect(overdue.daysLeft).toBe(-5);
    expect(p.items.find((i) => i.standing === 'due')!.daysLeft).toBeLessThanOrEqual(30);
    expect(p.items.every((i) => i.standing !== 'running')).toBe(true);
    expect((await get('/api/probation?org=370902001', caiyuan)).statusCode).toBe(404);
    expect((await get('/api/probation?org=370902001', '')).statusCode).toBe(401);
  });

  it('A9.3 a failed screening exits the worker as 试用期不合格 with the archive kept; it cannot be recorded twice', async () => {
    const due = (await probation()).items.find((i) => i.standing === 'due')!;
    expect((await post(`/api/workers/${due.workerId}/probation-screening`, caiyuan, { result: '不合格', screenedOn: today, opinion: '群众工作能力不足' })).statusCode).toBe(404);
    expect((await post(`/api/workers/${due.workerId}/probation-screening`, shuji, { result: '不合格', screenedOn: today, opinion: '群众工作能力不足' })).statusCode).toBe(403);
    expect((await post(`/api/workers/${due.workerId}/probation-screening`, daimiao, { result: '不合格', screenedOn: addDaysIso(today, 1), opinion: '群众工作能力不足' })).statusCode).toBe(400);
    const res = await post(`/api/workers/${due.workerId}/probation-screening`, daimiao, { result: '不合格', screenedOn: today, opinion: '群众工作能力不足，经街道党工委研究不予录用' });
    expect(res.statusCode, res.body).toBe(200);
    const worker = (await get(`/api/workers/${due.workerId}`, daimiao)).json();
    expect(worker).toMatchObject({ status: '已退出', exitType: '试用期不合格', exitDate: today });
    const kinds = (await history(due.workerId)).map((h) => h.kind);
    expect(kinds).toEqual(expect.arrayContaining(['exited', 'probation_screened', 'registered']));
    expect((await post(`/api/workers/${due.workerId}/probation-screening`, daimiao, { result: '合格', screenedOn: today, opinion: '再次考察' })).statusCode).toBe(409);
    expect((await probation()).items.map((i) => i.workerId)).not.toContain(due.workerId);
    const card = (await get(`/api/workers/${due.workerId}/employment`, daimiao)).json();
    expect(card.probation).toMatchObject({ inProbation: false, screening: { result: '不合格' } });
  });

  it('A9.3 a passed screening moves the worker from 试用 to 在岗 through the worker update, with its history row', async () => {
    const overdue = (await probation()).items.find((i) => i.standing === 'overdue')!;
    const res = await post(`/api/workers/${overdue.workerId}/probation-screening`, daimiao, { result: '合格', screenedOn: today, opinion: '工作扎实，群众评价好' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await get(`/api/workers/${overdue.workerId}`, daimiao)).json().status).toBe('在岗');
    const h = await history(overdue.workerId);
    expect(h.find((x) => x.kind === 'status_changed')!.summary).toContain('“试用”变更为“在岗”');
    expect(h.find((x) => x.kind === 'probation_screened')!.summary).toContain('合格');
  });
});

type ContractItem = { workerId: number; standing: string; daysLeft: number | null; current: { id: number; endDate: string | null } | null };
const contracts = async (filter: string, cookie = daimiao) => (await get(`/api/labour-contracts?org=370902001&filter=${filter}&pageSize=200`, cookie)).json() as { items: ContractItem[]; total: number; counts: Record<string, number>; warnDays: number };

describe('labour contracts and social insurance (A12.2)', () => {
  it('A12.2 a contract ending within 60 days is listed as expiring, one past its end as expired, and a worker without one as none', async () => {
    const expiring = await contracts('expiring');
    expect(expiring.warnDays).toBe(60);
    expect(expiring.items.some((i) => i.daysLeft === 20)).toBe(true);
    expect(expiring.items.every((i) => i.standing === 'expiring' && i.daysLeft! >= 0 && i.daysLeft! <= 60)).toBe(true);
    const expired = await contracts('expired');
    expect(expired.items.some((i) => i.daysLeft === -15)).toBe(true);
    const none = await contracts('none');
    expect(none.total).toBeGreaterThanOrEqual(1);
    expect(none.items.every((i) => i.current === null)).toBe(true);
    const na = await contracts('not_applicable');
    expect(na.items.every((i) => i.standing === 'not_applicable')).toBe(true);
    expect(expiring.counts).toMatchObject({ expiring: expiring.total, expired: expired.total, none: none.total });
    expect((await get('/api/labour-contracts?org=370902001', caiyuan)).statusCode).toBe(404);
  });

  it('A12.2 the flagged list exports as .xlsx with the same rows; another street cannot export it', async () => {
    const flagged = await contracts('flagged');
    const res = await get('/api/labour-contracts/export.xlsx?org=370902001&filter=flagged', daimiao);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('劳动合同')!;
    expect(sheet.rowCount).toBe(flagged.total + 1);
    expect(sheet.getRow(1).getCell(11).value).toBe('合同状态');
    expect((await get('/api/labour-contracts/export.xlsx?org=370902001', caiyuan)).statusCode).toBe(404);
  });

  it('A12.2 renewing the expired contract links the new one to it and clears the flag; a contract is renewed only once', async () => {
    const item = (await contracts('expired')).items.find((i) => i.daysLeft === -15)!;
    const body = { contractNo: 'DM-2099-0001', kind: '固定期限', startDate: addDaysIso(today, -14), endDate: addDaysIso(today, 3 * 365), signedOn: addDaysIso(today, -20), previousId: item.current!.id };
    expect((await post(`/api/workers/${item.workerId}/labour-contracts`, caiyuan, body)).statusCode).toBe(404);
    const res = await post(`/api/workers/${item.workerId}/labour-contracts`, daimiao, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ previousId: item.current!.id, employerCode: '370902001' });
    expect((await contracts('expired')).items.map((i) => i.workerId)).not.toContain(item.workerId);
    expect((await post(`/api/workers/${item.workerId}/labour-contracts`, daimiao, { ...body, contractNo: 'DM-2099-0002' })).statusCode).toBe(409);
    expect((await post(`/api/workers/${item.workerId}/labour-contracts`, daimiao, { ...body, previousId: null })).statusCode).toBe(409);
    const card = (await get(`/api/workers/${item.workerId}/employment`, daimiao)).json();
    expect(card.contracts.map((c: { previousId: number | null }) => c.previousId).at(-1)).toBe(item.current!.id);
    expect(card.contractStanding).toBe('active');
    const w = (await get(`/api/workers/${item.workerId}`, daimiao)).json();
    expect([w.contractStart, w.contractEnd]).toEqual([body.startDate, body.endDate]);
  });

  it('A12.2 a worker with no contract gets a first one; 五险一金 is recorded, or 不适用 with a reason', async () => {
    const item = (await contracts('none')).items[0]!;
    const first = await post(`/api/workers/${item.workerId}/labour-contracts`, daimiao, { contractNo: 'DM-2099-0100', kind: '无固定期限', startDate: today, endDate: null, signedOn: today });
    expect(first.statusCode, first.body).toBe(200);
    expect((await post(`/api/workers/${item.workerId}/labour-contracts`, daimiao, { contractNo: 'x', kind: '无固定期限', startDate: today, endDate: '2030-01-01', signedOn: today })).statusCode).toBe(400);
    const put = (body: unknown) => t.request({ method: 'PUT', url: `/api/workers/${item.workerId}/employment-terms`, cookie: daimiao, body });
    const all = { pension: true, medical: true, unemployment: true, injury: true, maternity: true, housingFund: false, applicable: true, baseMonth: today.slice(0, 7) };
    expect((await put(all)).json()).toMatchObject({ recorded: true, housingFund: false, baseMonth: today.slice(0, 7) });
    expect((await put({ ...all, applicable: false })).statusCode).toBe(400);
    expect((await put({ ...all, applicable: false, notApplicableReason: '公务员（街道办事处在编）' })).json()).toMatchObject({ applicable: false });
    expect((await get(`/api/workers/${item.workerId}/employment`, daimiao)).json().contractStanding).toBe('not_applicable');
    expect((await history(item.workerId)).map((h) => h.kind)).toContain('insurance_updated');
  });
});

type Filing = { requestId: number; workerId: number; request: { id: number; status: string; version: number; standing: string; actions: string[] } };
describe('secretary filing (A9.4)', () => {
  it('A9.4 a filing is acknowledged by the county swb only: not the street, not the city, not another county', async () => {
    const unfiled = (await get('/api/secretary-filings/unfiled?org=370902001', daimiao)).json() as { workerId: number }[];
    expect(unfiled.length).toBeGreaterThanOrEqual(1);
    const workerId = unfiled[0]!.workerId;
    expect((await post('/api/secretary-filings', caiyuan, { workerId, appointedOn: addDaysIso(today, -10), documentNo: '岱党任〔2099〕1号' })).statusCode).toBe(404);
    const res = await post('/api/secretary-filings', daimiao, { workerId, appointedOn: addDaysIso(today, -10), documentNo: '岱党任〔2099〕1号' });
    expect(res.statusCode, res.body).toBe(200);
    const filing = res.json() as Filing;
    expect(filing.request.standing).toMatch(/^待县级备案确认（第 1\/1 步，审批单位 370902/);
    expect((await post('/api/secretary-filings', daimiao, { workerId, appointedOn: today, documentNo: '重复' })).statusCode).toBe(409);
    expect((await get('/api/secretary-filings/unfiled?org=370902001', daimiao)).json().map((u: { workerId: number }) => u.workerId)).not.toContain(workerId);

    const todo = (await get('/api/workflow/inbox?box=todo', taishan)).json() as { id: number }[];
    expect(todo.map((r) => r.id)).toContain(filing.requestId);
    const act = (cookie: string, body: Record<string, unknown>) => post(`/api/workflow/requests/${filing.requestId}/act`, cookie, body);
    expect((await act(daimiao, { action: 'approve', version: 1 })).statusCode).toBe(403);
    expect((await act(taian, { action: 'approve', version: 1 })).statusCode).toBe(403);
    const created = await post('/api/users', admin, { username: 'daiyue_swb', displayName: '岱岳区委社会工作部', role: 'swb_admin', scopeCode: '370911', initialPassword: 'Daiyue@123456' });
    expect(created.statusCode, created.body).toBe(200);
    // 三员分立: the security administrator grants the role the system administrator asked for.
    expect((await t.request({ method: 'PUT', url: `/api/users/${created.json().id}/role`, cookie: await t.login('anquan'), body: { role: 'swb_admin', scopeCode: '370911' } })).statusCode).toBe(200);
    // A new account must change its password before anything else.
    const first = await t.login('daiyue_swb', 'Daiyue@123456');
    expect((await post('/api/auth/change-password', first, { currentPassword: 'Daiyue@123456', newPassword: 'Daiyue#654321x' })).statusCode).toBe(200);
    const daiyue = await t.login('daiyue_swb', 'Daiyue#654321x');
    expect((await get('/api/workflow/inbox?box=todo', daiyue)).json().map((r: { id: number }) => r.id)).not.toContain(filing.requestId);
    expect((await act(daiyue, { action: 'approve', version: 1 })).statusCode).toBe(404);
    const ok = await act(taishan, { action: 'approve', comment: '备案确认', version: 1 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().status).toBe('approved');
    expect((await history(workerId)).find((h) => h.kind === 'secretary_filed')!.summary).toContain('岱党任〔2099〕1号');
    const card = (await get(`/api/workers/${workerId}/employment`, daimiao)).json();
    expect(card).toMatchObject({ isSecretary: true, filings: [{ request: { status: 'approved' } }] });
  });

  it('A9.4 the county returns a filing with a reason; a worker who is not a secretary cannot be filed', async () => {
    const pending = (await get('/api/secretary-filings?org=370902001&status=pending', daimiao)).json() as Filing[];
    expect(pending.length).toBeGreaterThanOrEqual(1);
    const f = pending[0]!;
    expect((await post(`/api/workflow/requests/${f.requestId}/act`, taishan, { action: 'reject', version: f.request.version })).statusCode).toBe(400);
    const back = await post(`/api/workflow/requests/${f.requestId}/act`, taishan, { action: 'reject', comment: '任职文件未附', version: f.request.version });
    expect(back.json()).toMatchObject({ status: 'rejected', standing: '未同意（任职文件未附）' });
    expect((await get('/api/secretary-filings/unfiled?org=370902001', daimiao)).json()).toEqual(expect.arrayContaining([expect.objectContaining({ workerId: f.workerId, lastStatus: 'rejected' })]));
    const me = (await get('/api/me', await t.login('gongzuozhe'))).json();
    expect((await post('/api/secretary-filings', daimiao, { workerId: me.workerId, appointedOn: today, documentNo: '岱党任〔2099〕2号' })).statusCode).toBe(400);
  });
});

describe('authentication', () => {
  it('A9.3 A12.2 A9.4 A3.4 every employment endpoint answers 401 without a session and 403 to a worker', async () => {
    const worker = await t.login('gongzuozhe');
    const calls: [string, string][] = [
      ['GET', '/api/probation?org=370902001'],
      ['POST', '/api/workers/1/probation-screening'],
      ['GET', '/api/labour-contracts?org=370902001'],
      ['POST', '/api/workers/1/labour-contracts'],
      ['PUT', '/api/workers/1/employment-terms'],
      ['GET', '/api/workers/1/employment'],
      ['GET', '/api/secretary-filings?org=370902001'],
      ['GET', '/api/secretary-filings/unfiled?org=370902001'],
      ['POST', '/api/secretary-filings'],
      ['GET', '/api/placements?org=370902001'],
      ['POST', '/api/placements'],
      ['PUT', '/api/placements/1'],
    ];
    for (const [method, url] of calls) {
      const anonymous = await t.request({ method: method as 'GET', url, ...(method === 'GET' ? {} : { body: {} }) });
      expect(anonymous.statusCode, `${method} ${url}`).toBe(401);
      if (url.includes('/employment') && method === 'GET') continue; // the worker may read their own card
      const asWorker = await t.request({ method: method as 'GET', url, cookie: worker, ...(method === 'GET' ? {} : { body: {} }) });
      // Bodies are validated before the handler runs, so an empty body may be refused as 400 first.
      if (method === 'GET') expect(asWorker.statusCode, `${method} ${url}`).toBe(403);
      else expect([400, 403], `${method} ${url}`).toContain(asWorker.statusCode);
    }
  });
});

describe('officials placed in communities (A3.4)', () => {
  it('A3.4 placements are listed per community, active by date, and only inside the scope', async () => {
    const active = (await get('/api/placements?org=370902001&standing=active', daimiao)).json() as { personName: string; standing: string }[];
    expect(active.length).toBeGreaterThanOrEqual(2);
    expect((await get('/api/placements?org=370902001&standing=ended', daimiao)).json().length).toBeGreaterThanOrEqual(1);
    const input = { personName: '王晓明', sourceUnit: '泰安市财政局', kind: '挂职', communityCode: '370902001001', startDate: addDaysIso(today, -10), endDate: addDaysIso(today, 170), tasks: '协助社区梳理惠民资金发放台账' };
    const res = await post('/api/placements', daimiao, input);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ standing: 'active', communityName: expect.any(String) });
    expect((await post('/api/placements', caiyuan, input)).statusCode).toBe(404);
    expect((await post('/api/placements', daimiao, { ...input, endDate: addDaysIso(today, -20) })).statusCode).toBe(400);
    const ended = await t.request({ method: 'PUT', url: `/api/placements/${res.json().id}`, cookie: daimiao, body: { endDate: addDaysIso(today, -1), tasks: input.tasks } });
    expect(ended.json().standing).toBe('ended');
    expect((await t.request({ method: 'PUT', url: `/api/placements/${res.json().id}`, cookie: caiyuan, body: { endDate: today, tasks: input.tasks } })).statusCode).toBe(404);
  });

  it('A12.2 A9.3 a worker of another street is a 404 on every employment endpoint', async () => {
    const item = (await contracts('expiring')).items[0]!;
    expect((await get(`/api/workers/${item.workerId}/employment`, caiyuan)).statusCode).toBe(404);
    expect((await t.request({ method: 'PUT', url: `/api/workers/${item.workerId}/employment-terms`, cookie: caiyuan, body: { pension: true, medical: true, unemployment: true, injury: true, maternity: true, housingFund: true, applicable: true } })).statusCode).toBe(404);
  });
});
