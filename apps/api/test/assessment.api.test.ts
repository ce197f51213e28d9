import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import type { LogSmsGateway } from '../src/modules/assessment/sms-gateway.ts';
import { resultRows } from '../src/modules/stats/stats.queries.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let daimiao: string;
let caiyuan: string;
let taishan: string;
let auditor: string;
const year = Number(todayIso().slice(0, 4));
beforeAll(async () => {
  t = await createTestApp({ env: { SURVEY_MIN_FILL_SECONDS: '0' } });
  [daimiao, caiyuan, taishan, auditor] = (await Promise.all(['daimiao', 'caiyuan', 'taishan', 'auditor'].map((u) => t.login(u)))) as [string, string, string, string];
});
afterAll(() => t.close());

const body = {
  dimensions: [
    { key: 'street', name: '街道综合考评', weight: 0.3, source: 'street' },
    { key: 'peer', name: '社区工作者互评', weight: 0.1, source: 'peer' },
    { key: 'residents', name: '居民群众测评', weight: 0.6, source: 'residents' },
  ],
  grades: [
    { name: '优秀', minScore: 90 },
    { name: '称职', minScore: 70 },
    { name: '基本称职', minScore: 60 },
    { name: '不称职', minScore: 0 },
  ],
  topGradeCap: 0.2,
  tieBreakers: ['residents', 'street'],
  minResidentRaters: 2,
  minOrdinaryShare: 0.5,
};
const schemeInput = { orgCode: '370902', year, name: `泰山区 ${year} 年度社区工作者考核方案`, surveyOpens: addDaysIso(todayIso(), -1), surveyCloses: addDaysIso(todayIso(), 30), body };
const count = async (table: string) => resultRows<{ n: number }>(await t.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;
type Sheet = { items: { workerId: number; name: string; surveyToken: string; raters: number; residentScore: number | null; scores: Record<string, number | null>; total: number | null; grade: string | null; capped: boolean; conductNotes: number }[]; messages: string[]; topAllowed: number | null; assessed: number };
let schemeId: number;
let sheet: Sheet;

describe('assessment schemes (A10.1)', () => {
  it('A10.1 the county issues a scheme; weights must add up to 100%; one per unit and year; a street cannot issue one', async () => {
    const bad = await t.request({ method: 'POST', url: '/api/assessment/schemes', cookie: taishan, body: { ...schemeInput, body: { ...body, dimensions: body.dimensions.map((d) => ({ ...d, weight: 0.5 })) } } });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('各维度权重之和应为 100%');
    const res = await t.request({ method: 'POST', url: '/api/assessment/schemes', cookie: taishan, body: schemeInput });
    expect(res.statusCode, res.body).toBe(200);
    schemeId = res.json().id;
    expect(res.json()).toMatchObject({ status: 'draft', editable: true, orgName: '泰山区' });
    expect((await t.request({ method: 'POST', url: '/api/assessment/schemes', cookie: taishan, body: schemeInput })).statusCode).toBe(409);
    expect((await t.request({ method: 'POST', url: '/api/assessment/schemes', cookie: daimiao, body: schemeInput })).statusCode).toBe(403);
    const seen = (await t.request({ method: 'GET', url: '/api/assessment/schemes', cookie: daimiao })).json() as { id: number; editable: boolean }[];
    expect(seen.find((s) => s.id === schemeId)).toMatchObject({ editable: false });
  });

  it('A10.1 publishing assesses everyone in post under the county; a street sees only its own sheet', async () => {
    const res = await t.request({ method: 'POST', url: `/api/assessment/schemes/${schemeId}/publish`, cookie: taishan });
    expect(res.statusCode, res.body).toBe(200);
    const inPost = resultRows<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from workers where community_code like '370902%' and status <> '已退出'`))[0]!.n;
    expect(await count(`assessment_participants where scheme_id = ${schemeId}`)).toBe(inPost);
    sheet = (await t.request({ method: 'GET', url: `/api/assessment/schemes/${schemeId}/sheet?org=370902001`, cookie: daimiao })).json();
    expect(sheet.assessed).toBe(inPost);
    expect(sheet.items.length).toBeGreaterThan(0);
    expect(sheet.items.every((i) => i.grade === null && /^[0-9a-f]{32}$/.test(i.surveyToken))).toBe(true);
    expect((await t.request({ method: 'GET', url: `/api/assessment/schemes/${schemeId}/sheet?org=370902001`, cookie: caiyuan })).statusCode).toBe(404);
    expect((await t.request({ method: 'PUT', url: `/api/assessment/schemes/${schemeId}`, cookie: taishan, body: { ...schemeInput, version: 2 } })).statusCode).toBe(409);
  });
});

describe('residents’ phone survey (A10.1)', () => {
  const sms = () => t.app.smsGateway as LogSmsGateway;
  const page = async (token: string) => (await t.app.inject({ method: 'GET', url: `/api/public/survey/${token}` })).json();
  const askCode = async (token: string, phone: string, extra: Record<string, unknown> = {}) =>
    t.app.inject({ method: 'POST', url: `/api/public/survey/${token}/code`, payload: { phone, formToken: (await page(token)).formToken, ...extra } });
  const answer = async (token: string, phone: string, code: string, extra: Record<string, unknown> = {}) =>
    t.app.inject({ method: 'POST', url: `/api/public/survey/${token}/responses`, payload: { phone, code, level: '满意', respondentType: '普通居民', formToken: (await page(token)).formToken, ...extra } });
  const lastCode = () => /验证码 (\d{6})/.exec(sms().sent.at(-1)!.text)![1]!;

  it('A10.1 a resident answers with a one-time code, without logging in; the same phone cannot rate the same worker twice in a cycle', async () => {
    const token = sheet.items[0]!.surveyToken;
    const p = await page(token);
    expect(p).toMatchObject({ open: true, workerName: sheet.items[0]!.name, levels: ['满意', '基本满意', '不满意'] });
    expect((await askCode(token, '13800000001')).statusCode).toBe(200);
    expect(sms().sent.at(-1)!.phone).toBe('13800000001');
    const wrong = await answer(token, '13800000001', lastCode() === '000000' ? '111111' : '000000');
    expect(wrong.statusCode).toBe(400);
    expect((await answer(token, '13800000001', lastCode())).statusCode).toBe(200);
    const again = await askCode(token, '13800000001');
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toContain('每个手机号每次测评只能评价一次');
    // Another worker can still be rated from the same phone.
    expect((await askCode(sheet.items[1]!.surveyToken, '13800000001')).statusCode).toBe(200);
  });

  it('A10.1 abuse checks: a filled hidden field, a forged form token, too many codes, an unknown link', async () => {
    const token = sheet.items[2]!.surveyToken;
    expect((await askCode(token, '13800000002', { website: 'http://spam' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: `/api/public/survey/${token}/code`, payload: { phone: '13800000002', formToken: `${Date.now() - 10_000}.forged` } })).statusCode).toBe(400);
    for (let i = 0; i < 3; i++) expect((await askCode(token, '13800000003')).statusCode).toBe(200);
    expect((await askCode(token, '13800000003')).statusCode).toBe(429);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/survey/${'0'.repeat(32)}` })).statusCode).toBe(404);
  });

  it('A10.1 the sheet shows counts and the residents’ score, never who rated', async () => {
    const s = (await t.request({ method: 'GET', url: `/api/assessment/schemes/${schemeId}/sheet?org=370902001`, cookie: daimiao })).json() as Sheet;
    const first = s.items.find((i) => i.workerId === sheet.items[0]!.workerId)!;
    expect(first).toMatchObject({ raters: 1, residentScore: 100 });
    expect(JSON.stringify(s)).not.toContain('13800000001');
  });
});

describe('scores, results and their use (A10.1, A10.2, A7.1)', () => {
  it('A10.1 streets enter street and peer scores for their own workers only; residents’ scores cannot be typed in', async () => {
    const w = sheet.items[0]!.workerId;
    expect((await t.request({ method: 'PUT', url: `/api/assessment/schemes/${schemeId}/scores`, cookie: daimiao, body: { items: [{ workerId: w, dimension: 'residents', score: 100 }] } })).statusCode).toBe(400);
    expect((await t.request({ method: 'PUT', url: `/api/assessment/schemes/${schemeId}/scores`, cookie: caiyuan, body: { items: [{ workerId: w, dimension: 'street', score: 90 }] } })).statusCode).toBe(404);
    const ok = await t.request({ method: 'PUT', url: `/api/assessment/schemes/${schemeId}/scores`, cookie: daimiao, body: { items: [{ workerId: w, dimension: 'street', score: 95 }, { workerId: w, dimension: 'peer', score: 90 }] } });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('A10.2 results cannot be published while anyone is ungraded; nothing is written', async () => {
    const res = await t.request({ method: 'POST', url: `/api/assessment/schemes/${schemeId}/results/publish`, cookie: taishan });
    expect(res.statusCode).toBe(409);
    expect(await count('assessment_results')).toBe(0);
  });

  it('A10.2 publishing grades everyone under the 20% cap, writes archive rows, and flags 不称职 for contract review', async () => {
    const ids = resultRows<{ worker_id: number }>(await t.database.db.execute(sql`select worker_id from assessment_participants where scheme_id = ${schemeId} order by worker_id`)).map((r) => r.worker_id);
    // Two ordinary residents per worker, satisfied, except the last worker: dissatisfied.
    await t.database.db.execute(sql`
      insert into survey_responses (scheme_id, worker_id, phone_bidx, level, respondent_type, ordinary)
      select ${schemeId}, p.worker_id, 'seed-' || p.worker_id || '-' || g, case when p.worker_id = ${ids.at(-1)!} then '不满意' else '满意' end, '普通居民', true
      from assessment_participants p cross join generate_series(1, 2) g where p.scheme_id = ${schemeId}
      on conflict do nothing`);
    const items = ids.flatMap((id, i) => [
      { workerId: id, dimension: 'street', score: i === ids.length - 1 ? 20 : 95 },
      { workerId: id, dimension: 'peer', score: i === ids.length - 1 ? 20 : 90 },
    ]);
    expect((await t.request({ method: 'PUT', url: `/api/assessment/schemes/${schemeId}/scores`, cookie: taishan, body: { items } })).statusCode).toBe(200);
    const res = await t.request({ method: 'POST', url: `/api/assessment/schemes/${schemeId}/results/publish`, cookie: taishan });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('results_published');
    const grades = resultRows<{ grade: string; n: number }>(await t.database.db.execute(sql`select grade, count(*)::int as n from assessment_results where scheme_id = ${schemeId} group by grade`));
    const top = grades.find((g) => g.grade === '优秀')?.n ?? 0;
    expect(top).toBeLessThanOrEqual(Math.floor(ids.length * 0.2));
    expect(grades.find((g) => g.grade === '不称职')?.n).toBe(1);
    const history = (await t.request({ method: 'GET', url: `/api/workers/${ids.at(-1)}/history`, cookie: taishan })).json() as { kindLabel: string; summary: string }[];
    expect(history.find((h) => h.kindLabel === '年度考核')?.summary).toContain('须进行续聘审查');
    const audit = (await t.request({ method: 'GET', url: '/api/audit?action=assessment_results_publish', cookie: auditor })).json();
    expect(audit.items[0]).toMatchObject({ objectId: String(schemeId), outcome: 'success' });
    expect((await t.request({ method: 'PUT', url: `/api/assessment/schemes/${schemeId}/scores`, cookie: taishan, body: { items: items.slice(0, 1) } })).statusCode).toBe(409);
    const reviews = (await t.request({ method: 'GET', url: '/api/assessment/renewal-reviews?org=370902', cookie: taishan })).json();
    expect(reviews).toEqual([expect.objectContaining({ workerId: ids.at(-1), grade: '不称职', year, failingYears: 1 })]);
  });

  it('A10.2 an appeal is filed once, decided by the county, and a changed grade is written with an archive row', async () => {
    const w = sheet.items[0]!.workerId;
    const before = (await t.request({ method: 'GET', url: `/api/workers/${w}/assessments`, cookie: daimiao })).json();
    const oldGrade = before.results[0].grade as string;
    const filed = await t.request({ method: 'POST', url: '/api/assessment/appeals', cookie: daimiao, body: { schemeId, workerId: w, reason: '居民测评人数较少，申请复核' } });
    expect(filed.statusCode, filed.body).toBe(200);
    expect(filed.json()).toMatchObject({ status: 'pending', oldGrade });
    expect((await t.request({ method: 'POST', url: '/api/assessment/appeals', cookie: daimiao, body: { schemeId, workerId: w, reason: '再次申请复核理由' } })).statusCode).toBe(409);
    expect((await t.request({ method: 'POST', url: `/api/assessment/appeals/${filed.json().id}/decide`, cookie: daimiao, body: { outcome: 'upheld', decision: '维持' } })).statusCode).toBe(403);
    const newGrade = oldGrade === '优秀' ? '称职' : '优秀';
    const decided = await t.request({ method: 'POST', url: `/api/assessment/appeals/${filed.json().id}/decide`, cookie: taishan, body: { outcome: 'changed', decision: '经复核，调整等次', newGrade } });
    expect(decided.statusCode, decided.body).toBe(200);
    const after = (await t.request({ method: 'GET', url: `/api/workers/${w}/assessments`, cookie: daimiao })).json();
    expect(after.results[0].grade).toBe(newGrade);
    expect(after.appeals[0]).toMatchObject({ status: 'changed', oldGrade, newGrade });
  });

  it('A7.1 a conduct problem is recorded, shows on the sheet, and is followed up; 容错纠错 goes on the archive', async () => {
    const w = sheet.items[1]!.workerId;
    const note = await t.request({ method: 'POST', url: '/api/assessment/conduct-notes', cookie: daimiao, body: { workerId: w, occurredOn: todayIso(), kind: '推诿扯皮', description: '居民反映办理居住证明时多次推诿' } });
    expect(note.statusCode, note.body).toBe(200);
    const s = (await t.request({ method: 'GET', url: `/api/assessment/schemes/${schemeId}/sheet?org=370902001`, cookie: daimiao })).json() as Sheet;
    expect(s.items.find((i) => i.workerId === w)!.conductNotes).toBe(1);
    const open = (await t.request({ method: 'GET', url: '/api/assessment/conduct-notes?org=370902001&open=1', cookie: daimiao })).json();
    expect(open.map((n: { id: number }) => n.id)).toContain(note.json().id);
    const done = await t.request({ method: 'PUT', url: `/api/assessment/conduct-notes/${note.json().id}`, cookie: daimiao, body: { followUp: '已约谈并整改', resolved: true } });
    expect(done.json()).toMatchObject({ resolved: true, followUp: '已约谈并整改' });
    expect((await t.request({ method: 'GET', url: '/api/assessment/conduct-notes?org=370902001', cookie: caiyuan })).statusCode).toBe(404);

    const tol = await t.request({ method: 'POST', url: '/api/assessment/error-tolerance', cookie: taishan, body: { workerId: w, decidedOn: todayIso(), matter: '疫情期间先行垫付物资采购', decision: '免予追责', basis: '区委容错纠错实施办法第五条' } });
    expect(tol.statusCode, tol.body).toBe(200);
    const history = (await t.request({ method: 'GET', url: `/api/workers/${w}/history`, cookie: daimiao })).json() as { kindLabel: string }[];
    expect(history.some((h) => h.kindLabel === '容错纠错')).toBe(true);
    expect((await t.request({ method: 'POST', url: '/api/assessment/error-tolerance', cookie: daimiao, body: tol.json() })).statusCode).toBe(403);
  });
});
