import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { endedQuarters } from '@cwp/domain/supervision';
import { auditLog, workers } from '../src/db/schema.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let gongzuozhe: string;
let shuji: string;
let daimiao: string;
let caiyuan: string;
let taishan: string;
let me: { workerId: number };
const today = todayIso();
const COMMUNITY = '370902001001';

beforeAll(async () => {
  t = await createTestApp();
  [gongzuozhe, shuji, daimiao, caiyuan, taishan] = (await Promise.all(['gongzuozhe', 'shuji', 'daimiao', 'caiyuan', 'taishan'].map((u) => t.login(u)))) as [string, string, string, string, string];
  me = (await t.request({ method: 'GET', url: '/api/me', cookie: gongzuozhe })).json();
});
afterAll(() => t.close());

const get = (url: string, cookie?: string) => t.request({ method: 'GET', url, cookie });
const post = (url: string, cookie: string, body: unknown) => t.request({ method: 'POST', url, cookie, body });
const inPost = async (community: string) =>
  t.database.db.select({ id: workers.id, name: workers.name, positions: workers.positions, status: workers.status }).from(workers).where(eq(workers.communityCode, community)).orderBy(workers.id);

describe('谈心谈话 and early warnings (A11.1)', () => {
  it('A11.1 the street records a talk; a community secretary and the worker get 403, another street 404, nobody unauthenticated', async () => {
    const res = await post('/api/supervision/talks', daimiao, { workerId: me.workerId, talkedOn: today, talkerName: '王建国', talkerRole: '街道党工委副书记', kind: '日常', topics: ['思想动态'], content: '了解近期工作和家庭情况，无异常。', nextTalkOn: null });
    expect(res.statusCode, res.body).toBe(200);
    const id = res.json().id as number;
    expect(res.json()).toMatchObject({ workerId: me.workerId, kind: '日常', content: '了解近期工作和家庭情况，无异常。' });

    for (const cookie of [shuji, gongzuozhe]) {
      expect((await get(`/api/supervision/talks/${id}`, cookie)).statusCode).toBe(403);
      expect((await get(`/api/supervision/talks?org=${COMMUNITY}`, cookie)).statusCode).toBe(403);
      expect((await get(`/api/supervision/warnings?org=${COMMUNITY}`, cookie)).statusCode).toBe(403);
      expect((await post('/api/supervision/talks', cookie, { workerId: me.workerId, talkedOn: today, talkerName: '某某', talkerRole: '社区书记', kind: '日常', content: '自行登记的谈话' })).statusCode).toBe(403);
    }
    expect((await get(`/api/supervision/talks/${id}`, caiyuan)).statusCode).toBe(404);
    expect((await get(`/api/supervision/talks/${id}`)).statusCode).toBe(401);
    expect((await post('/api/supervision/talks', caiyuan, { workerId: me.workerId, talkedOn: today, talkerName: '李四', talkerRole: '街道干部', kind: '日常', content: '越权登记的谈话' })).statusCode).toBe(404);

    const list = (await get(`/api/supervision/talks?org=${COMMUNITY}&workerId=${me.workerId}`, daimiao)).json();
    expect(list.map((x: { id: number }) => x.id)).toContain(id);
    expect(list[0]).not.toHaveProperty('content');
  });

  it('A11.1 reading a talk’s content is audited with who read which talk', async () => {
    const [talk] = (await get(`/api/supervision/talks?org=${COMMUNITY}`, taishan)).json() as { id: number }[];
    const before = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'supervision_talk_read'), eq(auditLog.objectId, String(talk!.id))));
    const res = await get(`/api/supervision/talks/${talk!.id}`, taishan);
    expect(res.statusCode).toBe(200);
    expect(res.json().content.length).toBeGreaterThan(4);
    const after = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'supervision_talk_read'), eq(auditLog.objectId, String(talk!.id))));
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)).toMatchObject({ actorName: 'taishan', objectType: 'supervision_talk', outcome: 'success' });
  });

  it('A11.1 the warning list names a worker with a 诫勉 talk and one with a conduct note, with reasons', async () => {
    const staff = (await inPost(COMMUNITY)).filter((w) => w.status !== '已退出' && w.id !== me.workerId);
    const [a, b] = [staff.at(-1)!, staff.at(-2)!];
    expect((await post('/api/supervision/talks', daimiao, { workerId: a.id, talkedOn: addDaysIso(today, -10), talkerName: '王建国', talkerRole: '街道党工委副书记', kind: '诫勉', content: '对推诿扯皮问题进行诫勉谈话。' })).statusCode).toBe(200);
    expect((await post('/api/assessment/conduct-notes', daimiao, { workerId: b.id, occurredOn: addDaysIso(today, -5), kind: '服务态度', description: '居民投诉窗口服务态度生硬' })).statusCode).toBe(200);
    const res = await get(`/api/supervision/warnings?org=370902001`, daimiao);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json() as { workerId: number; reasons: { kind: string; text: string }[] }[];
    const wa = list.find((x) => x.workerId === a.id)!;
    expect(wa.reasons).toContainEqual(expect.objectContaining({ kind: 'warning_talk', text: `${addDaysIso(today, -10)} 受到诫勉谈话` }));
    const wb = list.find((x) => x.workerId === b.id)!;
    expect(wb.reasons.map((r) => r.kind)).toContain('conduct');
    expect(wb.reasons.find((r) => r.kind === 'conduct')!.text).toContain('服务态度');
    // The demo's 提醒 talk with a follow-up 90 days overdue is listed for its own reason.
    expect(list.some((x) => x.reasons.some((r) => r.kind === 'overdue_follow_up'))).toBe(true);
    expect((await get(`/api/supervision/warnings?org=370902002`, daimiao)).statusCode).toBe(404);
  });
});

describe('commitments, duties and the public page (A11.2)', () => {
  it('A11.2 the public page works without a session and shows only name, post and duty (exact key set)', async () => {
    const res = await get(`/api/public/communities/${COMMUNITY}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json();
    expect(Object.keys(page).sort()).toEqual(['commitments', 'communityName', 'streetName', 'workers']);
    expect(page.workers.length).toBeGreaterThan(3);
    for (const w of page.workers) expect(Object.keys(w).sort()).toEqual(['duty', 'name', 'post']);
    for (const c of page.commitments) expect(Object.keys(c).sort()).toEqual(['content', 'effectiveFrom']);
    // Nothing shaped like an ID number, a phone or a date of birth anywhere in the body.
    expect(res.body).not.toMatch(/\d{17}[\dXx]|1[3-9]\d{9}|\*{3,}/);
  });

  it('A11.2 an unknown community, a street code and a withdrawn page answer 404', async () => {
    expect((await get('/api/public/communities/370902001999')).statusCode).toBe(404);
    expect((await get('/api/public/communities/370902001')).statusCode).toBe(400);
    expect((await get('/api/public/communities/370902002001')).statusCode).toBe(404);
    const off = await t.request({ method: 'PUT', url: `/api/supervision/communities/${COMMUNITY}/publication`, cookie: shuji, body: { published: false } });
    expect(off.statusCode, off.body).toBe(200);
    expect((await get(`/api/public/communities/${COMMUNITY}`)).statusCode).toBe(404);
    expect((await t.request({ method: 'PUT', url: `/api/supervision/communities/${COMMUNITY}/publication`, cookie: daimiao, body: { published: true } })).statusCode).toBe(200);
    expect((await get(`/api/public/communities/${COMMUNITY}`)).statusCode).toBe(200);
  });

  it('A11.2 the secretary keeps their own community’s commitments and duties; a withdrawn commitment leaves the page; other communities are 404', async () => {
    const add = await post(`/api/supervision/communities/${COMMUNITY}/commitments`, shuji, { content: '每月第一个周六开展居民议事', effectiveFrom: today });
    expect(add.statusCode, add.body).toBe(200);
    expect((await get(`/api/public/communities/${COMMUNITY}`)).json().commitments.map((c: { content: string }) => c.content)).toContain('每月第一个周六开展居民议事');
    expect((await post(`/api/supervision/commitments/${add.json().id}/withdraw`, shuji, {})).statusCode).toBe(200);
    expect((await get(`/api/public/communities/${COMMUNITY}`)).json().commitments.map((c: { content: string }) => c.content)).not.toContain('每月第一个周六开展居民议事');
    expect((await post('/api/supervision/communities/370902001002/commitments', shuji, { content: '越权新增的承诺', effectiveFrom: today })).statusCode).toBe(404);
    const duty = await t.request({ method: 'PUT', url: `/api/supervision/duties/${me.workerId}`, cookie: shuji, body: { post: '网格员', duty: '负责第三网格的入户走访与诉求上报' } });
    expect(duty.statusCode, duty.body).toBe(200);
    const page = (await get(`/api/public/communities/${COMMUNITY}`)).json();
    expect(page.workers).toContainEqual({ name: expect.any(String), post: '网格员', duty: '负责第三网格的入户走访与诉求上报' });
    expect((await t.request({ method: 'PUT', url: `/api/supervision/duties/${me.workerId}`, cookie: gongzuozhe, body: { post: '网格员', duty: '本人自改职责' } })).statusCode).toBe(403);
    expect((await t.request({ method: 'PUT', url: `/api/supervision/duties/${me.workerId}`, cookie: caiyuan, body: { post: '网格员', duty: '越权修改职责' } })).statusCode).toBe(404);
  });

  it('A11.2 the public page is rate-limited per client address; other clients are unaffected', async () => {
    const from = (remoteAddress: string) => t.app.inject({ method: 'GET', url: `/api/public/communities/${COMMUNITY}`, remoteAddress });
    const codes: number[] = [];
    for (let i = 0; i < 61; i++) codes.push((await from('203.0.113.9')).statusCode);
    expect(codes.slice(0, 60).every((c) => c === 200)).toBe(true);
    expect(codes[60]).toBe(429);
    expect((await from('203.0.113.10')).statusCode).toBe(200);
  });
});

describe('三务公开 (A11.2)', () => {
  it('A11.2 a community without a 财务 disclosure in an ended quarter is flagged; recording one clears it; only the street checks', async () => {
    const year = Number(today.slice(0, 4));
    const years = endedQuarters(year, today).length ? [year] : [year - 1];
    const list = (await get(`/api/supervision/disclosures?org=370902001&year=${years[0]}`, daimiao)).json();
    const mine = list.missing.filter((m: { communityCode: string }) => m.communityCode === COMMUNITY);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: '财务' });
    const rec = await post('/api/supervision/disclosures', shuji, { communityCode: COMMUNITY, kind: '财务', period: mine[0].quarter, title: '季度收支公开', summary: '本季度收支明细', disclosedOn: today, channel: '公开栏' });
    expect(rec.statusCode, rec.body).toBe(200);
    const again = (await get(`/api/supervision/disclosures?org=370902001&year=${years[0]}`, daimiao)).json();
    expect(again.missing.filter((m: { communityCode: string }) => m.communityCode === COMMUNITY)).toHaveLength(0);
    expect((await post(`/api/supervision/disclosures/${rec.json().id}/check`, shuji, { checkedOn: today, result: '合格' })).statusCode).toBe(403);
    const chk = await post(`/api/supervision/disclosures/${rec.json().id}/check`, daimiao, { checkedOn: today, result: '需整改', note: '未附收支凭证' });
    expect(chk.json()).toMatchObject({ checkResult: '需整改', checkNote: '未附收支凭证' });
    expect((await post(`/api/supervision/disclosures/${rec.json().id}/check`, caiyuan, { checkedOn: today, result: '合格' })).statusCode).toBe(404);
  });
});

describe('economic responsibility audits (A11.3)', () => {
  it('A11.3 an overdue rectification is flagged; rectifying it with evidence clears the flag', async () => {
    const res = await get(`/api/supervision/audits?org=${COMMUNITY}&overdue=1`, daimiao);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.overdueFindings).toBe(1);
    const f = body.items[0].findings.find((x: { overdue: boolean }) => x.overdue);
    expect(f).toMatchObject({ status: '整改中', category: '惠民资金' });
    expect(body.items[0].findings.some((x: { status: string; overdue: boolean }) => x.status === '整改中' && !x.overdue)).toBe(true);
    expect((await t.request({ method: 'PUT', url: `/api/supervision/findings/${f.id}`, cookie: daimiao, body: { status: '已整改', evidence: '', rectifiedOn: today } })).statusCode).toBe(400);
    expect((await t.request({ method: 'PUT', url: `/api/supervision/findings/${f.id}`, cookie: shuji, body: { status: '已整改', evidence: '已补开居民代表会议', rectifiedOn: today } })).statusCode).toBe(403);
    expect((await t.request({ method: 'PUT', url: `/api/supervision/findings/${f.id}`, cookie: caiyuan, body: { status: '已整改', evidence: '已补开居民代表会议', rectifiedOn: today } })).statusCode).toBe(404);
    const done = await t.request({ method: 'PUT', url: `/api/supervision/findings/${f.id}`, cookie: daimiao, body: { status: '已整改', evidence: '已补开居民代表会议并公示', rectifiedOn: today } });
    expect(done.json()).toMatchObject({ status: '已整改', overdue: false });
    expect((await get(`/api/supervision/audits?org=${COMMUNITY}`, daimiao)).json().overdueFindings).toBe(0);
  });

  it('A11.3 a secretary who left without a 离任 audit is listed until one is recorded', async () => {
    const secretary = (await inPost('370902001003')).find((w) => w.status !== '已退出' && w.positions.includes('党组织书记'))!;
    const exit = await post(`/api/workers/${secretary.id}/exit`, daimiao, { exitType: '辞职', reason: '个人原因', exitDate: addDaysIso(today, -3) });
    expect(exit.statusCode, exit.body).toBe(200);
    const listed = (await get('/api/supervision/audits?org=370902001', daimiao)).json().departuresWithoutAudit;
    expect(listed).toContainEqual(expect.objectContaining({ workerId: secretary.id, position: '党组织书记', how: 'exited', leftOn: addDaysIso(today, -3) }));
    // The demo's 一肩挑 secretary who stopped being 居委会主任 at the election is there too.
    expect(listed.some((d: { how: string; position: string }) => d.how === 'position_changed' && d.position === '居委会主任')).toBe(true);
    expect((await post('/api/supervision/audits', daimiao, { workerId: secretary.id, position: '党组织书记', kind: '任中', periodFrom: '2024-01-01', periodTo: today, auditBody: '泰山区审计局', startedOn: today })).statusCode).toBe(400);
    const audit = await post('/api/supervision/audits', daimiao, { workerId: secretary.id, position: '党组织书记', kind: '离任', periodFrom: '2024-01-01', periodTo: addDaysIso(today, -3), auditBody: '泰山区审计局', startedOn: today, findings: [{ category: '内部控制', description: '印章管理登记不全', rectifyBy: addDaysIso(today, 30) }] });
    expect(audit.statusCode, audit.body).toBe(200);
    expect(audit.json().findings).toMatchObject([{ status: '整改中', overdue: false }]);
    const after = (await get('/api/supervision/audits?org=370902001', daimiao)).json().departuresWithoutAudit;
    expect(after.some((d: { workerId: number }) => d.workerId === secretary.id)).toBe(false);
    expect((await post('/api/supervision/audits', shuji, { workerId: secretary.id, position: '党组织书记', kind: '离任', periodFrom: '2024-01-01', periodTo: today, auditBody: '泰山区审计局', startedOn: today })).statusCode).toBe(403);
    expect((await get('/api/supervision/audits?org=370902001', caiyuan)).statusCode).toBe(404);
  });
});
