import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoAccounts, generateDemoWorkforce, type DemoCommunity, type DemoWorker } from './demo-workforce.ts';

// Real 2023 statistical division codes for 泰安市 (3709): 239 residents' committees.
const CSV = new URL('../../../../../shared/data/divisions/residents_committees.csv', import.meta.url);
const TAIAN: DemoCommunity[] = readFileSync(CSV, 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('3709'))
  .map((line) => {
    const [code = '', name = '', streetCode = '', , urCode = ''] = line.split(',');
    return { code, name, streetCode, urCode: urCode === '' ? null : urCode };
  });
const TODAY = '2025-06-15';
const workers = generateDemoWorkforce(TAIAN, { seed: 20240328, today: TODAY });
const byCommunity = new Map<string, DemoWorker[]>();
for (const w of workers) byCommunity.set(w.communityCode, [...(byCommunity.get(w.communityCode) ?? []), w]);

// Independent GB 11643 check: weights are 2^(17-i) mod 11 for position i = 0..16.
function independentIdValid(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(id[i]) * (2 ** (17 - i) % 11);
  const v = (12 - (s % 11)) % 11;
  return id[17] === (v === 10 ? 'X' : String(v));
}
const ageOn = (birth: string, day: string): number =>
  Number(day.slice(0, 4)) - Number(birth.slice(0, 4)) - (day.slice(5) < birth.slice(5) ? 1 : 0);
const plusYears = (d: string, k: number) => `${Number(d.slice(0, 4)) + k}${d.slice(4)}`;
const share = (xs: DemoWorker[], f: (w: DemoWorker) => boolean) => xs.filter(f).length / xs.length;
const isSecretary = (w: DemoWorker) => w.positions.includes('党组织书记');
const LIANGWEI = new Set(['社区党组织成员', '居委会专职成员']);

describe('demo workforce generator (泰安 3709)', () => {
  it('reads the 239 泰安 residents committees', () => {
    expect(TAIAN).toHaveLength(239);
  });

  it('is deterministic: same input + seed → identical output; other seed → different', () => {
    expect(generateDemoWorkforce(TAIAN, { seed: 20240328, today: TODAY })).toEqual(workers);
    expect(generateDemoWorkforce([...TAIAN].reverse(), { seed: 20240328, today: TODAY })).toEqual(workers);
    expect(generateDemoWorkforce(TAIAN, { seed: 7, today: TODAY })).not.toEqual(workers);
  });

  it('§10 produces a city-sized workforce: 1,500–3,500 workers, 6–14 per community', () => {
    expect(workers.length).toBeGreaterThanOrEqual(1500);
    expect(workers.length).toBeLessThanOrEqual(3500);
    expect(byCommunity.size).toBe(239);
    for (const ws of byCommunity.values()) {
      expect(ws.length).toBeGreaterThanOrEqual(6);
      expect(ws.length).toBeLessThanOrEqual(14);
    }
  });

  it('A1.1 every worker has a category, employer street and deployed community', () => {
    const codes = new Set(TAIAN.map((c) => c.code));
    for (const w of workers) {
      expect(['社区党组织成员', '居委会专职成员', '社区专职工作人员']).toContain(w.category);
      expect(codes.has(w.communityCode)).toBe(true);
      expect(w.communityCode.startsWith(w.streetCode)).toBe(true);
      expect(w.streetCode).toMatch(/^\d{9}$/);
      if (w.category === '社区专职工作人员') expect(['市级', '县级']).toContain(w.recruitLevel);
      else expect([w.sourceChannel, w.recruitLevel]).toEqual(['选举产生', null]);
    }
  });

  it('orders output by community code, secretary first, exactly one 党组织书记 per community', () => {
    const order = workers.map((w) => w.communityCode);
    expect(order).toEqual([...order].sort());
    for (const ws of byCommunity.values()) {
      expect(ws.filter(isSecretary)).toHaveLength(1);
      expect(isSecretary(ws[0]!)).toBe(true);
      expect(ws.filter((w) => w.positions.includes('居委会主任'))).toHaveLength(1);
      expect(ws.some((w) => w.category === '社区专职工作人员')).toBe(true);
    }
  });

  it('§1/§8 一肩挑 share (书记兼主任) is between 80% and 98%', () => {
    const secs = workers.filter(isSecretary);
    const s = share(secs, (w) => w.positions.includes('居委会主任'));
    expect(s).toBeGreaterThanOrEqual(0.8);
    expect(s).toBeLessThanOrEqual(0.98);
  });

  it('§1 post classes: 正职 书记/主任/站长, 副职 deputies, 其他 for grid and general staff', () => {
    for (const w of workers) {
      const chief = w.positions.some((p) => ['党组织书记', '居委会主任', '社区服务站站长'].includes(p));
      const deputy = w.positions.some((p) => ['党组织副书记', '居委会副主任', '社区服务站副站长'].includes(p));
      expect(w.postClass).toBe(chief ? '正职' : deputy ? '副职' : '其他');
      if (w.category === '社区专职工作人员') {
        expect(w.positions.length).toBe(1);
        expect(['网格员', '一般工作人员']).toContain(w.positions[0]);
      }
    }
  });

  it('§9.1 every ID number is valid, unique and matches gender and birth date', () => {
    expect(new Set(workers.map((w) => w.idNumber)).size).toBe(workers.length);
    for (const w of workers) {
      expect(independentIdValid(w.idNumber), w.idNumber).toBe(true);
      expect(w.idNumber.slice(6, 14)).toBe(w.birthDate.replaceAll('-', ''));
      expect(Number(w.idNumber[16]) % 2 === 1 ? '男' : '女').toBe(w.gender);
      expect(w.idNumber.slice(0, 2)).toBe('37');
    }
    expect(share(workers, (w) => w.idNumber.slice(0, 6) === w.communityCode.slice(0, 6))).toBeGreaterThan(0.7);
  });

  it('phones are unique 11-digit mobiles; names are 2–3 Chinese characters', () => {
    expect(new Set(workers.map((w) => w.phone)).size).toBe(workers.length);
    for (const w of workers) {
      expect(w.phone).toMatch(/^1[3-9]\d{9}$/);
      expect(w.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
    }
  });

  it('§8 age structure: 23–59, 20–40% under 35, secretaries mostly 40–55, ~60% women', () => {
    const ages = workers.map((w) => ageOn(w.birthDate, TODAY));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(23);
    expect(Math.max(...ages)).toBeLessThanOrEqual(59);
    const under35 = ages.filter((a) => a < 35).length / ages.length;
    expect(under35).toBeGreaterThanOrEqual(0.2);
    expect(under35).toBeLessThanOrEqual(0.4);
    const secAges = workers.filter(isSecretary).map((w) => ageOn(w.birthDate, TODAY));
    const mean = secAges.reduce((a, b) => a + b, 0) / secAges.length;
    expect(mean).toBeGreaterThanOrEqual(42);
    expect(mean).toBeLessThanOrEqual(52);
    const women = share(workers, (w) => w.gender === '女');
    expect(women).toBeGreaterThan(0.52);
    expect(women).toBeLessThan(0.7);
    expect(share(workers, (w) => w.ethnicity === '汉族')).toBeGreaterThan(0.95);
  });

  it('A2.1 political status: ~55% party members overall, all 社区党组织成员 are members, join dates after 18', () => {
    const party = share(workers, (w) => w.politicalStatus === '中共党员' || w.politicalStatus === '中共预备党员');
    expect(party).toBeGreaterThan(0.48);
    expect(party).toBeLessThan(0.65);
    for (const w of workers) {
      if (w.category === '社区党组织成员') expect(w.politicalStatus).toBe('中共党员');
      const member = w.politicalStatus === '中共党员' || w.politicalStatus === '中共预备党员';
      if (!member) expect(w.partyJoinDate).toBeNull();
      else {
        expect(w.partyJoinDate! >= plusYears(w.birthDate, 18)).toBe(true);
        expect(w.partyJoinDate! <= TODAY).toBe(true);
      }
      if (w.politicalStatus === '中共预备党员') expect(w.partyJoinDate! > plusYears(TODAY, -1)).toBe(true);
    }
  });

  it('§8 education structure: ~45% 本科, ~35% 专科; schools and majors set for higher education', () => {
    const bachelor = share(workers, (w) => w.education === '大学本科');
    const college = share(workers, (w) => w.education === '大学专科');
    expect(bachelor).toBeGreaterThan(0.38);
    expect(bachelor).toBeLessThan(0.55);
    expect(college).toBeGreaterThan(0.28);
    expect(college).toBeLessThan(0.42);
    for (const w of workers) {
      if (w.education !== '普通高中') expect(w.fullTimeSchool && w.fullTimeMajor).toBeTruthy();
      expect(w.inServiceEducation === null).toBe(w.inServiceSchool === null);
    }
  });

  it('A4.1 social-work qualifications: ~40% 助理, ~15% 中级, ~1% 高级, plausible certificates', () => {
    const q = (level: string) => share(workers, (w) => w.swQualification === level);
    expect(q('助理社会工作师')).toBeGreaterThan(0.33);
    expect(q('助理社会工作师')).toBeLessThan(0.47);
    expect(q('社会工作师')).toBeGreaterThan(0.1);
    expect(q('社会工作师')).toBeLessThan(0.2);
    expect(q('高级社会工作师')).toBeLessThan(0.03);
    const certs = workers.filter((w) => w.swQualification !== '无');
    expect(new Set(certs.map((w) => w.swCertNo)).size).toBe(certs.length);
    for (const w of workers) {
      if (w.swQualification === '无') expect([w.swCertNo, w.swCertDate]).toEqual([null, null]);
      else {
        expect(w.swCertNo).toMatch(/^S20\d{2}\d{8}$/);
        expect(w.swCertDate! >= '2009-01-01' && w.swCertDate! <= TODAY).toBe(true);
        expect(w.swCertNo!.slice(1, 5)).toBe(w.swCertDate!.slice(0, 4));
      }
    }
    for (const w of workers.filter((x) => x.sourceChannel === '社会工作专业人才')) expect(w.swQualification).not.toBe('无');
  });

  it('A9.3/A12.2 career dates are consistent: work after 18, community start ≤ today, contracts cover today', () => {
    for (const w of workers) {
      expect(w.workStartDate >= plusYears(w.birthDate, 18)).toBe(true);
      expect(w.communityStartDate >= w.workStartDate).toBe(true);
      expect(w.communityStartDate <= TODAY).toBe(true);
      if (w.category === '社区专职工作人员') {
        expect(w.contractStart! <= TODAY && w.contractEnd! >= TODAY).toBe(true);
        expect(w.contractStart! >= w.communityStartDate).toBe(true);
        expect(w.contractEnd!.slice(0, 4)).toBe(String(Number(w.contractStart!.slice(0, 4)) + 3 - (w.contractEnd!.slice(5) < w.contractStart!.slice(5) ? 0 : 1)));
      } else expect([w.contractStart, w.contractEnd, w.probationEnd]).toEqual([null, null, null]);
      if (w.status === '试用') {
        expect(w.probationEnd! > TODAY && w.probationEnd! <= '2025-11-30').toBe(true);
        expect(w.communityStartDate >= '2024-12-15').toBe(true);
      } else if (w.probationEnd) expect(w.probationEnd <= TODAY).toBe(true);
    }
    const trial = share(workers, (w) => w.status === '试用');
    const left = share(workers, (w) => w.status === '离岗');
    expect(trial).toBeGreaterThan(0.01);
    expect(trial).toBeLessThan(0.06);
    expect(left).toBeGreaterThan(0.005);
    expect(left).toBeLessThan(0.05);
  });

  it('A1.2 converted grid staff keep their former funding department', () => {
    const staff = workers.filter((w) => w.category === '社区专职工作人员');
    const converted = staff.filter((w) => w.sourceChannel === '网格员转聘');
    expect(converted.length / staff.length).toBeGreaterThan(0.05);
    expect(converted.length / staff.length).toBeLessThan(0.16);
    for (const w of workers) {
      if (w.sourceChannel === '网格员转聘') {
        expect(w.formerFundingDept).toMatch(/(政法委|综治中心|民政局)$/);
        expect(w.positions).toEqual(['网格员']);
      } else expect(w.formerFundingDept).toBeNull();
    }
  });

  it('A3.3 source structure tracks graduates, veterans and social-work professionals', () => {
    const staff = workers.filter((w) => w.category === '社区专职工作人员');
    for (const s of ['统一招聘', '高校毕业生', '退役军人', '社会工作专业人才'] as const) {
      expect(staff.some((w) => w.sourceChannel === s)).toBe(true);
    }
    expect(share(staff, (w) => w.sourceChannel === '统一招聘')).toBeGreaterThan(0.45);
    expect(workers.filter((w) => LIANGWEI.has(w.category)).every((w) => w.sourceChannel === '选举产生')).toBe(true);
  });

  it('demo accounts: fixed logins with the right scopes, secretary and worker of the first 岱庙街道 community', () => {
    const accounts = demoAccounts(TAIAN, workers);
    expect(accounts.map((a) => [a.username, a.role, a.scopeCode])).toEqual([
      ['admin', 'system_admin', ''], ['auditor', 'auditor', ''], ['anquan', 'security_admin', ''], ['taian', 'swb_admin', '3709'],
      ['taishan', 'swb_admin', '370902'], ['yingji', 'department', '370902'], ['daimiao', 'street_admin', '370902001'],
      ['caiyuan', 'street_admin', '370902002'],
      ['shuji', 'community_secretary', '370902001001'], ['gongzuozhe', 'worker', '370902001001'],
    ]);
    expect(accounts.find((a) => a.username === 'taian')?.displayName).toBe('泰安市委社会工作部');
    expect(accounts.find((a) => a.username === 'taishan')?.displayName).toBe('泰山区委社会工作部');
    const shuji = workers[accounts.find((a) => a.username === 'shuji')!.workerIndex!]!;
    const gzz = workers[accounts.find((a) => a.username === 'gongzuozhe')!.workerIndex!]!;
    expect(isSecretary(shuji) && shuji.communityCode === '370902001001').toBe(true);
    expect(gzz.category).toBe('社区专职工作人员');
    expect(gzz.communityCode).toBe('370902001001');
  });

  it('demo accounts skip only the scopes missing from a small input', () => {
    const feicheng = TAIAN.filter((c) => c.code.startsWith('370983'));
    const ws = generateDemoWorkforce(feicheng, { seed: 1, today: TODAY });
    expect(demoAccounts(feicheng, ws).map((a) => a.username)).toEqual(['admin', 'auditor', 'anquan', 'taian']);
    const caiyuan = TAIAN.filter((c) => c.streetCode === '370902002').slice(0, 3);
    const ws2 = generateDemoWorkforce(caiyuan, { seed: 1, today: TODAY });
    expect(demoAccounts(caiyuan, ws2).map((a) => a.username)).toEqual(['admin', 'auditor', 'anquan', 'taian', 'taishan', 'yingji', 'caiyuan']);
    // A subset yields the same per-community data as the full run (stable per-community streams).
    const full = workers.filter((w) => w.communityCode === caiyuan[0]!.code);
    expect(generateDemoWorkforce(caiyuan.slice(0, 1), { seed: 20240328, today: TODAY })).toEqual(full);
  });
});
