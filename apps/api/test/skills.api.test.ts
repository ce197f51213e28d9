import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { FRONT_DESK_POSTS } from '@cwp/domain/training';
import { resultRows } from '../src/modules/stats/stats.queries.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let daimiao: string;
let caiyuan: string;
let taishan: string;
let shuji: string;
let ids: number[];
const today = todayIso();
beforeAll(async () => {
  t = await createTestApp();
  [daimiao, caiyuan, taishan, shuji] = (await Promise.all(['daimiao', 'caiyuan', 'taishan', 'shuji'].map((u) => t.login(u)))) as [string, string, string, string];
  ids = resultRows<{ id: number }>(await t.database.db.execute(sql`select id from workers where community_code like '370902001%' and status <> '已退出' order by id limit 4`)).map((r) => r.id);
});
afterAll(() => t.close());

const history = async (id: number) => (await t.request({ method: 'GET', url: `/api/workers/${id}/history`, cookie: daimiao })).json() as { summary: string }[];

describe('全岗通 (A6.2)', () => {
  it('A6.2 certifying every front-desk post makes a worker 全岗通; the rate counts them; a certification can be withdrawn', async () => {
    const res = await t.request({ method: 'POST', url: '/api/training/post-certifications', cookie: daimiao, body: { workerId: ids[0], posts: [...FRONT_DESK_POSTS], certifiedOn: today } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().added).toHaveLength(FRONT_DESK_POSTS.length);
    const again = (await t.request({ method: 'POST', url: '/api/training/post-certifications', cookie: daimiao, body: { workerId: ids[0], posts: ['党群服务'], certifiedOn: today } })).json();
    expect(again.added).toEqual([]);
    const cov = (await t.request({ method: 'GET', url: '/api/training/post-coverage?org=370902001', cookie: daimiao })).json();
    expect(cov.items.find((i: { workerId: number }) => i.workerId === ids[0])).toMatchObject({ full: true, certified: FRONT_DESK_POSTS.length });
    expect(cov.summary.full).toBe(1);
    expect(cov.summary.rate).toBeCloseTo(1 / cov.summary.workers, 4);
    expect((await history(ids[0]!)).some((h) => h.summary.startsWith('全岗通认定'))).toBe(true);
    await t.request({ method: 'POST', url: '/api/training/post-certifications/revoke', cookie: daimiao, body: { workerId: ids[0], post: '综治调解' } });
    const after = (await t.request({ method: 'GET', url: '/api/training/post-coverage?org=370902001', cookie: daimiao })).json();
    expect(after.summary.full).toBe(0);
  });

  it('A6.2 a future date, an unknown post, another street’s worker or a read-only role are refused', async () => {
    expect((await t.request({ method: 'POST', url: '/api/training/post-certifications', cookie: daimiao, body: { workerId: ids[1], posts: ['党群服务'], certifiedOn: addDaysIso(today, 2) } })).statusCode).toBe(400);
    expect((await t.request({ method: 'POST', url: '/api/training/post-certifications', cookie: daimiao, body: { workerId: ids[1], posts: ['开锁服务'], certifiedOn: today } })).statusCode).toBe(400);
    expect((await t.request({ method: 'POST', url: '/api/training/post-certifications', cookie: caiyuan, body: { workerId: ids[1], posts: ['党群服务'], certifiedOn: today } })).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url: '/api/training/post-certifications', cookie: shuji, body: { workerId: ids[1], posts: ['党群服务'], certifiedOn: today } })).statusCode).toBe(403);
  });
});

describe('导师帮带 (A6.2)', () => {
  it('A6.2 a mentor is paired with a mentee for a period; overlapping pairs and self-mentoring are refused; the pair is evaluated', async () => {
    const body = { mentorId: ids[0], menteeId: ids[1], startOn: today, endOn: addDaysIso(today, 180), goals: '熟悉社区网格走访与矛盾调解' };
    const res = await t.request({ method: 'POST', url: '/api/training/mentorships', cookie: daimiao, body });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ active: true, evaluation: null });
    expect((await t.request({ method: 'POST', url: '/api/training/mentorships', cookie: daimiao, body: { ...body, mentorId: ids[2] } })).statusCode).toBe(409);
    expect((await t.request({ method: 'POST', url: '/api/training/mentorships', cookie: daimiao, body: { ...body, menteeId: ids[0] } })).statusCode).toBe(400);
    const evaluated = await t.request({ method: 'POST', url: `/api/training/mentorships/${res.json().id}/evaluate`, cookie: daimiao, body: { evaluation: '已能独立处理邻里纠纷' } });
    expect(evaluated.json().evaluation).toBe('已能独立处理邻里纠纷');
    expect((await t.request({ method: 'GET', url: '/api/training/mentorships?org=370902001', cookie: daimiao })).json()).toHaveLength(1);
    expect((await history(ids[1]!)).some((h) => h.summary.startsWith('导师帮带'))).toBe(true);
  });
});

describe('skills competitions and the case library (A6.1, A6.2)', () => {
  it('A6.2 a county competition is seen by its streets; a street records awards for its own workers, which go on the archive', async () => {
    const res = await t.request({ method: 'POST', url: '/api/training/competitions', cookie: taishan, body: { orgCode: '370902', name: '泰山区社区工作者职业能力大赛', level: '县级', heldOn: today } });
    expect(res.statusCode, res.body).toBe(200);
    const seen = (await t.request({ method: 'GET', url: '/api/training/competitions', cookie: daimiao })).json();
    expect(seen[0]).toMatchObject({ id: res.json().id, editable: false });
    const awards = await t.request({ method: 'PUT', url: `/api/training/competitions/${res.json().id}/results`, cookie: daimiao, body: { items: [{ workerId: ids[2], award: '一等奖' }] } });
    expect(awards.json().results).toEqual([expect.objectContaining({ workerId: ids[2], award: '一等奖' })]);
    expect((await history(ids[2]!)).some((h) => h.summary === '技能竞赛：泰山区社区工作者职业能力大赛（县级）一等奖')).toBe(true);
    expect((await t.request({ method: 'PUT', url: `/api/training/competitions/${res.json().id}/results`, cookie: caiyuan, body: { items: [{ workerId: ids[2], award: '二等奖' }] } })).statusCode).toBe(404);
  });

  it('A6.1 a case is drafted, edited with its version, and published; drafts stay with the owner, published cases are open to all', async () => {
    const input = { orgCode: '370902001', title: '楼道议事会化解加装电梯矛盾', methodName: '楼道议事工作法', topics: ['矛盾调解', '群众工作'], summary: '以楼道为单元召开议事会，协调高低层住户分摊加装电梯费用。', content: '某小区 3 号楼 1 单元住户对加装电梯意见分歧较大……'.padEnd(80, '。'), authorWorkerId: ids[0] };
    const res = await t.request({ method: 'POST', url: '/api/training/cases', cookie: daimiao, body: input });
    expect(res.statusCode, res.body).toBe(200);
    const id = res.json().id;
    expect((await t.request({ method: 'GET', url: `/api/training/cases/${id}`, cookie: taishan })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/training/cases/${id}`, cookie: caiyuan })).statusCode).toBe(404);
    const edited = await t.request({ method: 'PUT', url: `/api/training/cases/${id}`, cookie: daimiao, body: { ...input, title: '楼道议事会化解加装电梯分歧', version: 1 } });
    expect(edited.json()).toMatchObject({ version: 2, title: '楼道议事会化解加装电梯分歧' });
    expect((await t.request({ method: 'PUT', url: `/api/training/cases/${id}`, cookie: daimiao, body: { ...input, version: 1 } })).statusCode).toBe(409);
    expect((await t.request({ method: 'POST', url: `/api/training/cases/${id}/publish`, cookie: daimiao })).json().status).toBe('published');
    // Once published every street can read it; only the owner edits.
    expect((await t.request({ method: 'GET', url: `/api/training/cases/${id}`, cookie: caiyuan })).json()).toMatchObject({ status: 'published', editable: false });
    expect((await t.request({ method: 'PUT', url: `/api/training/cases/${id}`, cookie: caiyuan, body: { ...input, version: 3 } })).statusCode).toBe(403);
    const byTopic = (await t.request({ method: 'GET', url: `/api/training/cases?topic=${encodeURIComponent('矛盾调解')}`, cookie: taishan })).json();
    expect(byTopic.map((c: { id: number }) => c.id)).toContain(id);
  });
});
