import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '@cwp/domain/dates';
import { resultRows } from '../src/modules/stats/stats.queries.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let taishan: string;
let daimiao: string;
let auditor: string;
beforeAll(async () => {
  t = await createTestApp();
  [taishan, daimiao, auditor] = await Promise.all([t.login('taishan'), t.login('daimiao'), t.login('auditor')]);
});
afterAll(() => t.close());

async function count(query: ReturnType<typeof sql>): Promise<number> {
  return Number(resultRows<{ n: number }>(await t.database.db.execute(query))[0]!.n);
}
const gradeHistory = () => count(sql`select count(*)::int as n from worker_history where kind = 'grade_changed'`);
const inPost = () => count(sql`select count(*)::int as n from workers where community_code like '370902%' and status <> '已退出'`);

type Batch = { id: number; status: string; workers: number; unchanged: number; changes: { workerId: number; fromGrade: number | null; toGrade: number; applied: boolean | null }[] };

describe('annual advancement (A4.2, A9.5)', () => {
  let first: Batch;

  it('A4.2 a street user cannot run a county batch; a county user cannot run one above its scope', async () => {
    const street = await t.request({ method: 'POST', url: '/api/grading/advancements', cookie: daimiao, body: { orgCode: '370902', year: 2026, effectiveFrom: '2026-01-01' } });
    expect(street.statusCode).toBe(403);
    const city = await t.request({ method: 'POST', url: '/api/grading/advancements', cookie: taishan, body: { orgCode: '3709', year: 2026, effectiveFrom: '2026-01-01' } });
    expect(city.statusCode).toBe(404);
    const street2 = await t.request({ method: 'POST', url: '/api/grading/advancements', cookie: taishan, body: { orgCode: '370902001', year: 2026, effectiveFrom: '2026-01-01' } });
    expect(street2.statusCode).toBe(400);
  });

  it('A4.2 proposes a grade for everyone in post in the county and writes nothing until approved', async () => {
    const before = await gradeHistory();
    // Effective today, so that the grade computed for today must equal the stored one below.
    const res = await t.request({ method: 'POST', url: '/api/grading/advancements', cookie: taishan, body: { orgCode: '370902', year: 2026, effectiveFrom: todayIso() } });
    expect(res.statusCode, res.body).toBe(200);
    first = res.json();
    expect(first.status).toBe('proposed');
    expect(first.workers).toBe(await inPost());
    // Nobody has a stored grade yet: every worker is a change from "no grade".
    expect(first.changes.length).toBe(first.workers);
    expect(first.changes.every((c) => c.fromGrade === null && c.toGrade >= 1 && c.applied === null)).toBe(true);
    expect(await gradeHistory()).toBe(before);
    expect(await count(sql`select count(*)::int as n from workers where grade is not null`)).toBe(0);
  });

  it('A9.5 approval writes each grade with an archive row whose source is the batch, and an audit row', async () => {
    const before = await gradeHistory();
    const res = await t.request({ method: 'POST', url: `/api/grading/advancements/${first.id}/approve`, cookie: taishan });
    expect(res.statusCode, res.body).toBe(200);
    const approved = res.json() as Batch;
    expect(approved.status).toBe('approved');
    expect(approved.changes.every((c) => c.applied)).toBe(true);
    expect(await gradeHistory()).toBe(before + first.changes.length);
    expect(await count(sql`select count(*)::int as n from worker_history where source = ${'advancement:' + first.id}`)).toBe(first.changes.length);
    const audit = (await t.request({ method: 'GET', url: '/api/audit?action=grade_advancement_approve', cookie: auditor })).json();
    expect(audit.items[0]).toMatchObject({ objectId: String(first.id), outcome: 'success' });
    // The explained grade reproduces the stored one.
    const sample = first.changes[0]!;
    const g = (await t.request({ method: 'GET', url: `/api/workers/${sample.workerId}/grade`, cookie: taishan })).json();
    expect(g.stored).toMatchObject({ grade: sample.toGrade, effectiveFrom: todayIso() });
    expect(g.explanation.some((l: string) => l.includes('与本次测算一致'))).toBe(true);
    expect(g.grade).toBe(sample.toGrade);
    const history = (await t.request({ method: 'GET', url: `/api/workers/${sample.workerId}/history`, cookie: taishan })).json();
    expect(history[0]).toMatchObject({ kind: 'grade_changed', source: `advancement:${first.id}` });
  });

  it('A4.2 running it again for the same year changes nothing; a batch cannot be approved twice', async () => {
    const before = await gradeHistory();
    const again = (await t.request({ method: 'POST', url: '/api/grading/advancements', cookie: taishan, body: { orgCode: '370902', year: 2026, effectiveFrom: todayIso() } })).json() as Batch;
    expect(again.changes).toHaveLength(0);
    expect(again.unchanged).toBe(again.workers);
    expect((await t.request({ method: 'POST', url: `/api/grading/advancements/${again.id}/approve`, cookie: taishan })).statusCode).toBe(200);
    expect(await gradeHistory()).toBe(before);
    expect((await t.request({ method: 'POST', url: `/api/grading/advancements/${first.id}/approve`, cookie: taishan })).statusCode).toBe(409);
  });

  it('A4.2 a worker whose grade changed after the proposal is not overwritten', async () => {
    const w = resultRows<{ id: number; grade: number }>(await t.database.db.execute(sql`select id, grade from workers where community_code like '370902%' and status <> '已退出' order by id limit 1`))[0]!;
    await t.database.db.execute(sql`update workers set grade = null where id = ${w.id}`);
    const proposed = (await t.request({ method: 'POST', url: '/api/grading/advancements', cookie: taishan, body: { orgCode: '370902', year: 2027, effectiveFrom: '2027-01-01' } })).json() as Batch;
    const mine = proposed.changes.find((c) => c.workerId === w.id)!;
    expect(mine.fromGrade).toBeNull();
    await t.database.db.execute(sql`update workers set grade = 99 where id = ${w.id}`);
    const approved = (await t.request({ method: 'POST', url: `/api/grading/advancements/${proposed.id}/approve`, cookie: taishan })).json() as Batch;
    expect(approved.changes.find((c) => c.workerId === w.id)!.applied).toBe(false);
    expect(await count(sql`select grade as n from workers where id = ${w.id}`)).toBe(99);
  });
});
