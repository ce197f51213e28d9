import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { resultRows } from '../src/modules/stats/stats.queries.ts';
import { UNTRAINED_DEMO_COMMUNITY } from '../src/seed/demo-training.ts';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let daimiao: string;
let caiyuan: string;
let taishan: string;
let shuji: string;
let gongzuozhe: string;
beforeAll(async () => {
  t = await createTestApp();
  [daimiao, caiyuan, taishan, shuji, gongzuozhe] = (await Promise.all(['daimiao', 'caiyuan', 'taishan', 'shuji', 'gongzuozhe'].map((u) => t.login(u)))) as [string, string, string, string, string];
});
afterAll(() => t.close());

type Item = { workerId: number; name: string; rule: string; status: string; lastTrainedOn: string | null; dueBy: string; positions: string[] };
const today = todayIso();
const compliance = async (query: string, cookie = daimiao) => (await t.request({ method: 'GET', url: `/api/training/compliance?${query}`, cookie })).json() as { items: Item[]; total: number; summary: Record<string, number> };
const programme = (over: Record<string, unknown> = {}) => ({
  title: '社区书记履职能力提升班',
  organiserCode: '370902',
  tier: '县级骨干培训',
  kind: '在职培训',
  topics: ['群众工作', '矛盾调解'],
  mode: '线下',
  startDate: addDaysIso(today, -10),
  endDate: addDaysIso(today, -9),
  hours: 16,
  ...over,
});
const secretariesOfUntrained = async () =>
  resultRows<{ id: number; id_number_cipher: string; id_number_key_id: string }>(
    await t.database.db.execute(sql`select id, id_number_cipher, id_number_key_id from workers where community_code = ${UNTRAINED_DEMO_COMMUNITY} and (positions @> array['党组织书记'] or positions @> array['居委会主任']) and status <> '已退出' order by id`),
  );

describe('training compliance (A8.2, A8.3)', () => {
  it('A8.2 secretary untrained this year and last year appears on the overdue list, in the documented shape', async () => {
    const list = await compliance('org=370902001&status=overdue&pageSize=200');
    const secretaries = await secretariesOfUntrained();
    expect(secretaries.length).toBeGreaterThan(0);
    for (const s of secretaries) {
      const item = list.items.find((i) => i.workerId === s.id);
      expect(item, `worker ${s.id}`).toMatchObject({ rule: 'A8.2', status: 'overdue', lastTrainedOn: null });
      expect(Object.keys(item!)).toEqual(expect.arrayContaining(['workerId', 'name', 'rule', 'lastTrainedOn', 'dueBy', 'status']));
    }
    expect(list.items.every((i) => i.status === 'overdue')).toBe(true);
  });

  it('A8.3 the summary adds up, the rate is the share not overdue, and filters narrow the list', async () => {
    const all = await compliance('org=370902001&pageSize=1');
    const s = all.summary;
    expect(s.ok! + s.due! + s.overdue!).toBe(s.workers);
    expect(all.total).toBe(s.workers);
    expect(s.rate).toBeCloseTo((s.workers! - s.overdue!) / s.workers!, 4);
    const others = await compliance('org=370902001&rule=A8.3&pageSize=200');
    expect(others.items.every((i) => i.rule === 'A8.3')).toBe(true);
    expect((await compliance('org=370902001&status=bad')).items).toBeUndefined();
  });

  it('A8.2 compliance stays inside the caller’s scope', async () => {
    expect((await t.request({ method: 'GET', url: '/api/training/compliance?org=370902001', cookie: caiyuan })).statusCode).toBe(404);
  });
});

describe('programmes, enrolment and attendance (A8.1, A8.2)', () => {
  let countyId: number;

  it('A8.1 a county programme is seen by its streets but edited only by the county; a street cannot run a county-tier programme', async () => {
    const created = await t.request({ method: 'POST', url: '/api/training/programmes', cookie: taishan, body: programme() });
    expect(created.statusCode, created.body).toBe(200);
    countyId = created.json().id;
    expect(created.json()).toMatchObject({ countyOrAbove: true, editable: true, organiserName: '泰山区' });

    const seen = await t.request({ method: 'GET', url: `/api/training/programmes/${countyId}`, cookie: daimiao });
    expect(seen.json()).toMatchObject({ editable: false });
    const edit = await t.request({ method: 'PUT', url: `/api/training/programmes/${countyId}`, cookie: daimiao, body: { ...programme({ title: '改名' }), version: 1 } });
    expect(edit.statusCode).toBe(403);

    const wrongTier = await t.request({ method: 'POST', url: '/api/training/programmes', cookie: daimiao, body: programme({ organiserCode: '370902001' }) });
    expect(wrongTier.statusCode).toBe(400);
    expect(wrongTier.json().fields[0]).toMatchObject({ path: 'tier' });
    const badDates = await t.request({ method: 'POST', url: '/api/training/programmes', cookie: daimiao, body: programme({ organiserCode: '370902001', tier: '街道全员培训', endDate: addDaysIso(today, -20) }) });
    expect(badDates.statusCode).toBe(400);
    const street = await t.request({ method: 'POST', url: '/api/training/programmes', cookie: daimiao, body: programme({ organiserCode: '370902001', tier: '街道全员培训' }) });
    expect(street.statusCode, street.body).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/training/programmes/${street.json().id}`, cookie: caiyuan })).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url: '/api/training/programmes', cookie: shuji, body: programme() })).statusCode).toBe(403);
  });

  it('A8.1 a street enrols a whole community; enrolling again adds nobody; another street cannot enrol these workers', async () => {
    const first = await t.request({ method: 'POST', url: `/api/training/programmes/${countyId}/enrolments`, cookie: daimiao, body: { org: UNTRAINED_DEMO_COMMUNITY } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().added).toBeGreaterThan(0);
    const again = (await t.request({ method: 'POST', url: `/api/training/programmes/${countyId}/enrolments`, cookie: daimiao, body: { org: UNTRAINED_DEMO_COMMUNITY } })).json();
    expect(again).toEqual({ added: 0, alreadyEnrolled: first.json().added });
    const secretaries = await secretariesOfUntrained();
    expect((await t.request({ method: 'POST', url: `/api/training/programmes/${countyId}/enrolments`, cookie: caiyuan, body: { workerIds: [secretaries[0]!.id] } })).statusCode).toBe(404);
  });

  it('A8.2 recording a county programme as attended makes the secretary compliant and writes an archive row', async () => {
    const [s] = await secretariesOfUntrained();
    const res = await t.request({ method: 'PUT', url: `/api/training/programmes/${countyId}/attendance`, cookie: daimiao, body: { items: [{ workerId: s!.id, attended: true, hours: 16, result: '合格' }] } });
    expect(res.statusCode, res.body).toBe(200);
    const item = (await compliance(`org=${UNTRAINED_DEMO_COMMUNITY}&pageSize=200`)).items.find((i) => i.workerId === s!.id)!;
    expect(item).toMatchObject({ rule: 'A8.2', status: 'ok', lastTrainedOn: addDaysIso(today, -9) });
    const history = (await t.request({ method: 'GET', url: `/api/workers/${s!.id}/history`, cookie: daimiao })).json() as { kindLabel: string; summary: string }[];
    expect(history.find((h) => h.kindLabel === '教育培训')?.summary).toContain('社区书记履职能力提升班');
    const mine = (await t.request({ method: 'GET', url: `/api/workers/${s!.id}/trainings`, cookie: daimiao })).json();
    expect(mine.compliance.status).toBe('ok');
    expect(mine.programmes[0]).toMatchObject({ id: countyId, completed: true });
  });

  it('A8.2 a failed result does not count; attendance for someone not enrolled changes nothing', async () => {
    const [, second] = await secretariesOfUntrained();
    if (second) {
      await t.request({ method: 'PUT', url: `/api/training/programmes/${countyId}/attendance`, cookie: daimiao, body: { items: [{ workerId: second.id, attended: true, result: '不合格' }] } });
      expect((await compliance(`org=${UNTRAINED_DEMO_COMMUNITY}&pageSize=200`)).items.find((i) => i.workerId === second.id)!.status).toBe('overdue');
    }
    const outsider = resultRows<{ id: number }>(await t.database.db.execute(sql`select id from workers where community_code like '370902002%' limit 1`))[0]!;
    const res = await t.request({ method: 'PUT', url: `/api/training/programmes/${countyId}/attendance`, cookie: daimiao, body: { items: [{ workerId: outsider.id, attended: true }] } });
    expect(res.statusCode).toBe(404);
  });

  it('A8.1 attendance imported from a sign-in workbook: a bad row refuses the whole sheet, the corrected sheet is written', async () => {
    const people = await secretariesOfUntrained();
    const ids = people.map((p) => ({ id: p.id, number: t.crypto.decrypt(p.id_number_cipher, p.id_number_key_id) }));
    const upload = async (rows: (string | number)[][]) => {
      const book = new ExcelJS.Workbook();
      const ws = book.addWorksheet('签到表');
      ws.addRow(['社区书记履职能力提升班 签到表']);
      ws.addRow(['姓名', '公民身份号码', '是否参加', '学时', '结果']);
      for (const r of rows) ws.addRow(r);
      const file = Buffer.from(await book.xlsx.writeBuffer());
      const boundary = '----cwp' + Math.random().toString(36).slice(2);
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="sign-in.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`),
        file,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return t.app.inject({ method: 'POST', url: `/api/training/programmes/${countyId}/attendance/import`, headers: { cookie: daimiao, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
    };
    const before = resultRows<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from training_enrolments where programme_id = ${countyId} and recorded_at is not null`))[0]!.n;
    const bad = await upload([...ids.map((p) => ['某某', p.number, '是', 16, '合格']), ['某某', '370902199001011234', '是', 16, '优秀']]);
    expect(bad.statusCode, bad.body).toBe(200);
    expect(bad.json().written).toBe(0);
    expect(bad.json().errors.map((e: { row: number }) => e.row)).toEqual([3 + ids.length]);
    expect(resultRows<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from training_enrolments where programme_id = ${countyId} and recorded_at is not null`))[0]!.n).toBe(before);
    const good = await upload(ids.map((p) => ['某某', p.number.toLowerCase(), '是', 16, '合格']));
    expect(good.json()).toEqual({ rows: ids.length, written: ids.length, errors: [] });
    const after = await compliance(`org=${UNTRAINED_DEMO_COMMUNITY}&rule=A8.2&pageSize=200`);
    for (const p of ids) expect(after.items.find((i) => i.workerId === p.id)?.status).toBe('ok');
  });

  it('A8.3 a worker sees their own training record and nobody else’s', async () => {
    const me = (await t.request({ method: 'GET', url: '/api/me', cookie: gongzuozhe })).json();
    expect((await t.request({ method: 'GET', url: `/api/workers/${me.workerId}/trainings`, cookie: gongzuozhe })).statusCode).toBe(200);
    const [s] = await secretariesOfUntrained();
    expect((await t.request({ method: 'GET', url: `/api/workers/${s!.id === me.workerId ? s!.id + 1 : s!.id}/trainings`, cookie: gongzuozhe })).statusCode).toBe(404);
  });
});
