import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communityYears, computeGrade } from '@cwp/domain/grading';
import { addDaysIso, todayIso } from '@cwp/domain/dates';
import { createTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
let taian: string;
let daimiao: string;
let caiyuan: string;
beforeAll(async () => {
  t = await createTestApp();
  [taian, daimiao, caiyuan] = await Promise.all([t.login('taian'), t.login('daimiao'), t.login('caiyuan')]);
});
afterAll(() => t.close());

const sum = (items: { amount: number }[]) => Math.round(items.reduce((s, i) => s + i.amount, 0) * 100) / 100;

describe('grade and pay rule packs (A4, A12)', () => {
  it('A4.1 lists the national default pack as published, with the shipped drafts a city may see', async () => {
    const res = await t.request({ method: 'GET', url: '/api/grading/packs', cookie: taian });
    expect(res.statusCode).toBe(200);
    const packs = res.json() as { id: string; status: string; orgCode: string; unverifiedCount: number; shipped: boolean }[];
    expect(packs.find((p) => p.id === 'national-default')).toMatchObject({ status: 'published', orgCode: '', shipped: true });
    expect(packs.find((p) => p.id === 'national-default')!.unverifiedCount).toBeGreaterThan(0);
    // 西安's pack belongs to another province: not shown to 泰安.
    expect(packs.map((p) => p.id)).not.toContain('xian-2022');
    expect(packs.map((p) => p.id)).toContain('prefecture-items');
    const full = await t.request({ method: 'GET', url: '/api/grading/packs/national-default', cookie: taian });
    expect(full.json().grading.posts).toEqual({ 正职: { min: 7, max: 18 }, 副职: { min: 4, max: 15 }, 其他: { min: 1, max: 12 } });
    expect((await t.request({ method: 'GET', url: '/api/grading/packs/xian-2022', cookie: taian })).statusCode).toBe(404);
  });

  it('A4.1 previews a 副职 with 12 community years, a bachelor degree and 社会工作师 under the default pack: grade 11, pay items that add up', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/grading/preview',
      cookie: taian,
      body: { packId: 'national-default', postClass: '副职', communityYears: 12, education: '大学本科', certLevel: '社会工作师' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.grade).toBe(11);
    expect(r.monthlyPay).toBe(15087.25);
    expect(sum(r.items)).toBe(r.monthlyPay);
    expect(r.explanation).toContain('等级 = 4 + 5 + 2 = 11 级');
    expect(r.unverified.length).toBeGreaterThan(0);
  });

  it('A12.1 previews 北京-style fixed items with 一肩挑 and a 本溪-style withheld performance share', async () => {
    const prefecture = (await t.request({
      method: 'POST',
      url: '/api/grading/preview',
      cookie: taian,
      body: { packId: 'prefecture-items', postClass: '正职', communityYears: 9, education: '大学本科', certLevel: '社会工作师', positions: ['党组织书记', '居委会主任'] },
    })).json();
    // 岗位工资 2800 + 级别工资 (grade 1 + ⌊9/3⌋ = 4: 50 + 3 × 60 = 230) + 基础性绩效 200 + 一肩挑 300 + 职称 500.
    expect(prefecture.items.map((i: { amount: number }) => i.amount)).toEqual([2800, 230, 200, 300, 500]);
    expect(prefecture.monthlyPay).toBe(4030);
  });

  it('A4.1 refuses bad input with a Chinese reason and unknown packs with 404; changes nothing', async () => {
    const bad = await t.request({ method: 'POST', url: '/api/grading/preview', cookie: taian, body: { packId: 'national-default', postClass: '处长', communityYears: -1, education: '大学本科', certLevel: '无' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/[\u4e00-\u9fa5]/);
    const years = (bad.json().fields as { path: string; message: string; messageEn: string }[]).find((f) => f.path === 'communityYears');
    expect(years).toMatchObject({ message: '社区工作年限应为 0–60 的整数', messageEn: 'Community years are a whole number from 0 to 60' });
    const missing = await t.request({ method: 'POST', url: '/api/grading/preview', cookie: taian, body: { packId: 'no-such-pack', postClass: '其他', communityYears: 1, education: '大学本科', certLevel: '无' } });
    expect(missing.statusCode).toBe(404);
  });

  it('A4.3 a worker’s grade is explained from the registry and equals the preview of the same inputs; scope applies', async () => {
    const list = (await t.request({ method: 'GET', url: '/api/workers?org=370902001&pageSize=5', cookie: daimiao })).json();
    const id = list.items[0].id as number;
    const res = await t.request({ method: 'GET', url: `/api/workers/${id}/grade`, cookie: daimiao });
    expect(res.statusCode, res.body).toBe(200);
    const g = res.json();
    expect(sum(g.items)).toBe(g.monthlyPay);
    const w = (await t.request({ method: 'GET', url: `/api/workers/${id}`, cookie: daimiao })).json();
    const years = communityYears([{ from: w.communityStartDate, to: null, province: '37' }], { asOf: todayIso(), currentProvince: '37', acrossProvinces: false }).years;
    const rank = (e: string | null) => (e ? ['博士研究生', '硕士研究生', '大学本科', '大学专科', '中等专科'].indexOf(e) : -1);
    const higher = (e: string | null) => rank(e) !== -1 && (rank(w.education) === -1 || rank(e) < rank(w.education));
    const education = higher(w.inServiceEducation) ? w.inServiceEducation : w.education;
    const preview = (await t.request({ method: 'POST', url: '/api/grading/preview', cookie: daimiao, body: { packId: g.packId, postClass: w.postClass, communityYears: years, education, certLevel: w.swQualification, positions: w.positions } })).json();
    expect({ grade: g.grade, monthlyPay: g.monthlyPay }).toEqual({ grade: preview.grade, monthlyPay: preview.monthlyPay });
    expect(g.explanation.some((l: string) => l.startsWith('社区工作经历：') && l.includes(`满 ${years} 年`))).toBe(true);
    expect(computeGrade({ posts: { 正职: { min: 7, max: 18 }, 副职: { min: 4, max: 15 }, 其他: { min: 1, max: 12 } }, stepYears: 3, educationYears: { 大学本科: 3, 硕士研究生: 5, 博士研究生: 7 }, certBonus: { 助理社会工作师: 1, 社会工作师: 2, 高级社会工作师: 3 }, stackCert: false, failedYearsCount: true, yearsAcrossProvinces: false }, { postClass: w.postClass, communityYears: years, education, certLevel: w.swQualification }).grade).toBe(g.grade);
    // Another street's user cannot see it.
    expect((await t.request({ method: 'GET', url: `/api/workers/${id}/grade`, cookie: caiyuan })).statusCode).toBe(404);
  });

  it('A4.3 years served before a transfer within the province still count', async () => {
    const list = (await t.request({ method: 'GET', url: '/api/workers?org=370902001&pageSize=20&status=在岗', cookie: taian })).json();
    const w = list.items.find((x: { postClass: string }) => x.postClass === '其他') ?? list.items[0];
    const before = (await t.request({ method: 'GET', url: `/api/workers/${w.id}/grade`, cookie: taian })).json();
    const moved = await t.request({ method: 'POST', url: `/api/workers/${w.id}/transfer`, cookie: taian, body: { toCommunityCode: '370902002001', effectiveDate: addDaysIso(todayIso(), -30), reason: '工作需要' } });
    expect(moved.statusCode, moved.body).toBe(200);
    const after = (await t.request({ method: 'GET', url: `/api/workers/${w.id}/grade`, cookie: taian })).json();
    expect(after.grade).toBe(before.grade);
    expect(after.explanation.filter((l: string) => l.startsWith('社区工作经历：')).length).toBeGreaterThan(before.explanation.filter((l: string) => l.startsWith('社区工作经历：')).length);
  });
});
