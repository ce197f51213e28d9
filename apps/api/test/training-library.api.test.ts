import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingProgrammes } from '../src/db/schema.ts';
import { resultRows } from '../src/modules/stats/stats.queries.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let taian: string;
let taishan: string;
let daimiao: string;
let caiyuan: string;
let shuji: string;
let auditor: string;
beforeAll(async () => {
  t = await createTestApp();
  [taian, taishan, daimiao, caiyuan, shuji, auditor] = (await Promise.all(['taian', 'taishan', 'daimiao', 'caiyuan', 'shuji', 'auditor'].map((u) => t.login(u)))) as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
});
afterAll(() => t.close());

type Trainer = { id: number; orgCode: string; orgName: string; name: string; active: boolean; programmes: number; editable: boolean };
type Resource = { id: number; orgCode: string; title: string; fileName: string; mimeType: string; size: number; editable: boolean };

// Only records made here are compared, so demo data a first start may add does not move the expectations.
const made = new Set<number>();
const madeResources = new Set<number>();

const trainerBody = (overrides: Record<string, unknown> = {}) => ({
  orgCode: '370902',
  name: '王老师',
  affiliation: '泰山区委党校',
  title: '副教授',
  topics: ['政策法规', '群众工作'],
  intro: '长期讲授基层治理课程',
  ...overrides,
});
const createTrainer = async (cookie: string, overrides: Record<string, unknown> = {}) => {
  const res = await t.request({ method: 'POST', url: '/api/training/trainers', cookie, body: trainerBody(overrides) });
  if (res.statusCode === 200) made.add(res.json().id);
  return res;
};
const updateTrainer = (cookie: string, id: number, overrides: Record<string, unknown> = {}) =>
  t.request({ method: 'PUT', url: `/api/training/trainers/${id}`, cookie, body: trainerBody(overrides) });
const listTrainers = async (cookie: string, query = ''): Promise<Trainer[]> => {
  const res = await t.request({ method: 'GET', url: `/api/training/trainers${query}`, cookie });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as Trainer[]).filter((x) => made.has(x.id));
};
const auditOf = async (action: string) => (await t.request({ method: 'GET', url: `/api/audit?action=${action}`, cookie: auditor })).json().items as { objectId: string; actorName: string; detail: Record<string, unknown> }[];

/** The browser's multipart form: text fields first, then the file. */
async function upload(cookie: string, fields: Record<string, string>, file?: { name: string; content: Buffer }) {
  const boundary = '----cwp' + randomBytes(8).toString('hex');
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    parts.push(file.content, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const res = await t.app.inject({ method: 'POST', url: '/api/training/resources', headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: Buffer.concat(parts) });
  if (res.statusCode === 200) madeResources.add(res.json().id);
  return res;
}
const resourceFields = (overrides: Record<string, string> = {}) => ({ orgCode: '370902001', title: '网格化服务管理实务', kind: '课件', topics: '群众工作,依法办事', description: '2026 年街道全员培训课件', ...overrides });
const listResources = async (cookie: string, query = ''): Promise<Resource[]> => {
  const res = await t.request({ method: 'GET', url: `/api/training/resources${query}`, cookie });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as Resource[]).filter((r) => madeResources.has(r.id));
};
const download = (cookie: string, id: number) => t.request({ method: 'GET', url: `/api/training/resources/${id}/file`, cookie });
const storeDir = () => join(t.config.dataDir, 'resources');
const stored = () => (existsSync(storeDir()) ? readdirSync(storeDir()).sort() : []);
const resourceRows = async () => Number(resultRows<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from training_resources`))[0]!.n);

describe('师资库 trainer pool (A8.4)', () => {
  let county: Trainer;
  let city: Trainer;
  let street: Trainer;
  let otherStreet: Trainer;

  it('A8.4 a county adds a trainer, edits and retires them; each change writes an audit row', async () => {
    const created = await createTrainer(taishan);
    expect(created.statusCode, created.body).toBe(200);
    county = created.json();
    expect(county).toMatchObject({ orgCode: '370902', orgName: '泰山区', name: '王老师', active: true, programmes: 0, editable: true, topics: ['政策法规', '群众工作'] });
    expect((await auditOf('trainer_create')).find((a) => a.objectId === String(county.id))).toMatchObject({ actorName: 'taishan' });

    const edited = await updateTrainer(taishan, county.id, { title: '教授', topics: ['政策法规'] });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ title: '教授', topics: ['政策法规'], active: true });
    const retired = await updateTrainer(taishan, county.id, { title: '教授', topics: ['政策法规'], active: false });
    expect(retired.json().active).toBe(false);
    const updates = (await auditOf('trainer_update')).filter((a) => a.objectId === String(county.id));
    expect(updates.map((a) => a.detail.changed)).toEqual([['active'], ['title', 'topics']]);

    expect((await listTrainers(taishan, '?activeOnly=1')).some((x) => x.id === county.id)).toBe(false);
    expect((await listTrainers(taishan)).find((x) => x.id === county.id)?.active).toBe(false);
    county = (await updateTrainer(taishan, county.id, { active: true })).json();
  });

  it('A8.4 a street sees the county’s and city’s trainers but not another street’s, and cannot edit the county’s', async () => {
    city = (await createTrainer(taian, { orgCode: '3709', name: '李教授', affiliation: '泰安市委党校', topics: ['政治理论'] })).json();
    street = (await createTrainer(daimiao, { orgCode: '370902001', name: '赵书记', affiliation: '岱庙街道红门社区', topics: ['矛盾调解'] })).json();
    otherStreet = (await createTrainer(caiyuan, { orgCode: '370902002', name: '钱主任', affiliation: '财源街道', topics: ['应急处突'] })).json();

    const seen = await listTrainers(daimiao);
    expect(seen.map((x) => x.id).sort()).toEqual([city.id, county.id, street.id].sort());
    expect(Object.fromEntries(seen.map((x) => [x.id, x.editable]))).toEqual({ [city.id]: false, [county.id]: false, [street.id]: true });

    const forbidden = await updateTrainer(daimiao, county.id, { orgCode: '370902001' });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().messageEn).toContain('higher unit');
    const hidden = await updateTrainer(daimiao, otherStreet.id, { orgCode: '370902001' });
    const missing = await updateTrainer(daimiao, 999_999, { orgCode: '370902001' });
    expect([hidden.statusCode, missing.statusCode]).toEqual([404, 404]);
    expect(hidden.json()).toEqual(missing.json());

    // The county sees its own pool, the city's above it and the streets' below it; it edits the streets' too.
    const countyView = await listTrainers(taishan);
    expect(countyView.map((x) => x.id).sort()).toEqual([city.id, county.id, street.id, otherStreet.id].sort());
    expect(countyView.find((x) => x.id === city.id)?.editable).toBe(false);
    expect(countyView.find((x) => x.id === otherStreet.id)?.editable).toBe(true);
  });

  it('A8.4 the org filter keeps the pools on that unit’s path, never beyond the caller’s own', async () => {
    expect((await listTrainers(taishan, '?org=370902001')).map((x) => x.id).sort()).toEqual([city.id, county.id, street.id].sort());
    expect((await listTrainers(taian, '?org=370902002001')).map((x) => x.id).sort()).toEqual([city.id, county.id, otherStreet.id].sort());
    expect((await listTrainers(daimiao, '?org=370902002')).map((x) => x.id).sort()).toEqual([city.id, county.id].sort());
    expect((await listTrainers(taian, '?topic=应急处突')).map((x) => x.id)).toEqual([otherStreet.id]);
    expect((await listTrainers(taian, '?q=党校')).map((x) => x.id).sort()).toEqual([city.id, county.id].sort());
    expect((await listTrainers(taian, '?q=%25')).length).toBe(0);
  });

  it('A8.4 the programme count covers the programmes the caller can see', async () => {
    const base = { tier: '县级骨干培训', kind: '在职培训', topics: ['政策法规'], mode: '线下', startDate: '2026-03-02', endDate: '2026-03-04', hours: 16, createdBy: 'test' };
    await t.database.db.insert(trainingProgrammes).values([
      { ...base, organiserCode: '370902', title: '全区骨干培训', trainerIds: [county.id, city.id] },
      { ...base, organiserCode: '370902002', title: '财源街道全员培训', trainerIds: [county.id] },
    ]);
    const count = async (cookie: string) => (await listTrainers(cookie)).find((x) => x.id === county.id)?.programmes;
    expect([await count(taishan), await count(daimiao), await count(caiyuan)]).toEqual([2, 1, 2]);
  });

  it('A8.4 a unit outside the scope or missing cannot own a trainer; bad input is 400 with fields', async () => {
    for (const orgCode of ['370902', '370902002', '370902099']) {
      const res = await createTrainer(daimiao, { orgCode });
      expect(res.statusCode, orgCode).toBe(404);
    }
    const moved = await updateTrainer(daimiao, street.id, { orgCode: '370902002', name: '赵书记' });
    expect(moved.statusCode).toBe(404);

    const bad = await createTrainer(taishan, { orgCode: '12345', name: ' ', topics: [], affiliation: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { path: string }) => f.path).sort()).toEqual(['affiliation', 'name', 'orgCode', 'topics']);
    expect(bad.json().fields.find((f: { path: string }) => f.path === 'topics').messageEn).toBe('Choose at least one topic');
    expect((await createTrainer(taishan, { topics: ['烹饪'] })).statusCode).toBe(400);
  });

  it('A8.4 a community secretary reads the pool but cannot write; no session is 401', async () => {
    expect((await listTrainers(shuji)).map((x) => x.id).sort()).toEqual([city.id, county.id, street.id].sort());
    expect((await createTrainer(shuji, { orgCode: '370902001' })).statusCode).toBe(403);
    expect((await updateTrainer(shuji, street.id, { orgCode: '370902001' })).statusCode).toBe(403);
    expect((await listTrainers(shuji)).every((x) => !x.editable)).toBe(true);
    expect((await t.request({ method: 'GET', url: '/api/training/trainers' })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url: '/api/training/trainers', body: trainerBody() })).statusCode).toBe(401);
    expect((await t.request({ method: 'PUT', url: `/api/training/trainers/${street.id}`, body: trainerBody() })).statusCode).toBe(401);
  });
});

describe('资源库 resource library (A8.4)', () => {
  const content = randomBytes(300_000);
  let mine: Resource;

  it('A8.4 a street uploads a file; the library lists it along the path; the download is byte-identical and audited', async () => {
    const filesBefore = stored();
    const res = await upload(daimiao, resourceFields(), { name: '网格 实务(2026).pdf', content });
    expect(res.statusCode, res.body).toBe(200);
    mine = res.json();
    expect(mine).toMatchObject({ orgCode: '370902001', orgName: '岱庙街道', kind: '课件', topics: ['群众工作', '依法办事'], fileName: '网格 实务(2026).pdf', mimeType: 'application/pdf', size: content.length, editable: true });
    const sha = createHash('sha256').update(content).digest('hex');
    expect(stored()).toEqual([...filesBefore, sha].sort());

    expect((await listResources(taishan)).map((r) => r.id)).toEqual([mine.id]);
    expect((await listResources(shuji, '?topic=依法办事&kind=课件&q=网格')).map((r) => r.id)).toEqual([mine.id]);
    expect(await listResources(shuji, '?kind=视频')).toEqual([]);
    expect(await listResources(caiyuan)).toEqual([]);

    const got = await download(shuji, mine.id);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(content)).toBe(true);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-disposition']).toBe(`attachment; filename="download.pdf"; filename*=UTF-8''%E7%BD%91%E6%A0%BC%20%E5%AE%9E%E5%8A%A1%282026%29.pdf`);
    expect((await auditOf('resource_download')).find((a) => a.objectId === String(mine.id))).toMatchObject({ actorName: 'shuji' });
    expect((await auditOf('resource_upload')).find((a) => a.objectId === String(mine.id))?.detail).toMatchObject({ sha256: sha, size: content.length });

    const hidden = await download(caiyuan, mine.id);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toEqual((await download(caiyuan, 999_999)).json());
  });

  it('A8.4 identical content is stored once; the county’s resource serves the street, which cannot remove it', async () => {
    const files = stored();
    const again = await upload(taishan, resourceFields({ orgCode: '370902', title: '网格化服务管理（区级）', kind: '教材', topics: '群众工作' }), { name: 'copy.PDF', content });
    expect(again.statusCode, again.body).toBe(200);
    const countyCopy: Resource = again.json();
    expect(stored()).toEqual(files);
    expect((await download(daimiao, countyCopy.id)).rawPayload.equals(content)).toBe(true);
    const seen = await listResources(daimiao);
    expect(Object.fromEntries(seen.map((r) => [r.id, r.editable]))).toEqual({ [mine.id]: true, [countyCopy.id]: false });
    const refused = await t.request({ method: 'DELETE', url: `/api/training/resources/${countyCopy.id}`, cookie: daimiao });
    expect(refused.statusCode).toBe(403);
    expect((await download(daimiao, countyCopy.id)).statusCode).toBe(200);
  });

  it('A8.4 a removed resource is neither listed nor downloadable; the removal is audited', async () => {
    expect((await t.request({ method: 'DELETE', url: `/api/training/resources/${mine.id}`, cookie: shuji })).statusCode).toBe(403);
    const removed = await t.request({ method: 'DELETE', url: `/api/training/resources/${mine.id}`, cookie: daimiao });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await listResources(daimiao)).some((r) => r.id === mine.id)).toBe(false);
    expect((await download(daimiao, mine.id)).statusCode).toBe(404);
    expect((await t.request({ method: 'DELETE', url: `/api/training/resources/${mine.id}`, cookie: daimiao })).statusCode).toBe(404);
    expect((await auditOf('resource_remove')).find((a) => a.objectId === String(mine.id))).toMatchObject({ actorName: 'daimiao' });
  });

  it('A8.4 a refused file type, an empty or oversize file, a foreign owner, bad fields or no session change nothing', async () => {
    const rows = await resourceRows();
    const files = stored();

    const exe = await upload(daimiao, resourceFields(), { name: 'setup.exe', content: randomBytes(1000) });
    expect(exe.statusCode).toBe(400);
    expect(exe.json().message).toContain('只能上传 PDF');
    expect(exe.json().messageEn).toContain('Only PDF');
    expect(exe.json().fields).toEqual([expect.objectContaining({ path: 'file' })]);

    expect((await upload(daimiao, resourceFields(), { name: 'empty.txt', content: Buffer.alloc(0) })).statusCode).toBe(400);
    expect((await upload(daimiao, resourceFields())).statusCode).toBe(400);
    expect((await upload(daimiao, resourceFields({ orgCode: '370902002' }), { name: 'a.txt', content: Buffer.from('x') })).statusCode).toBe(404);
    expect((await upload(shuji, resourceFields(), { name: 'a.txt', content: Buffer.from('x') })).statusCode).toBe(403);

    const bad = await upload(daimiao, resourceFields({ title: '', kind: '海报', topics: '' }), { name: 'a.txt', content: Buffer.from('x') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { path: string }) => f.path).sort()).toEqual(['kind', 'title', 'topics']);

    const big = await upload(daimiao, resourceFields(), { name: 'big.mp4', content: Buffer.alloc(100 * 1024 * 1024 + 1) });
    expect(big.statusCode).toBe(413);
    expect(big.json().messageEn).toContain('100 MB');

    for (const [method, url] of [['GET', '/api/training/resources'], ['GET', `/api/training/resources/${mine.id}/file`], ['DELETE', `/api/training/resources/${mine.id}`]] as const) {
      expect((await t.request({ method, url })).statusCode, `${method} ${url}`).toBe(401);
    }
    expect((await upload('', resourceFields(), { name: 'a.txt', content: Buffer.from('x') })).statusCode).toBe(401);

    expect(await resourceRows()).toBe(rows);
    expect(stored()).toEqual(files);
  });
});
