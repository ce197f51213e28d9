// Fast, deterministic national workforce for the benchmark (npm run bench): who the people are.
//
// allocateWorkers(): N workers over the residents' committees, proportional to each county's 2020 urban
// population, split evenly over the county's committees, rounded with largest remainders (sum = N exactly).
// generatePeople(): one plaintext person per worker, community by community (lazily, so memory stays
// bounded whatever N is). generate-workers.ts turns them into stored rows; import-csv.ts into a roster file.
//
// Same communities + population + seed + today → identical people.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_TYPES } from '@cwp/domain/worker-enums';
import type { WorkerFieldsInput } from '../apps/api/src/modules/workers/worker-row.ts';
import { computeIdCheckDigit } from '@cwp/domain/id-number';
import { GIVEN_NAMES, IN_SERVICE_SCHOOLS, MAJORS, NAME_BLOCKLIST, PHONE_PREFIXES, SCHOOL_MAJORS, SCHOOLS, SURNAMES } from '../apps/api/src/seed/demo-names.ts';

// ---------------------------------------------------------------------------------------------------
// Allocation
// ---------------------------------------------------------------------------------------------------

export interface BenchCommunity {
  code: string;
  streetCode: string;
}

/** pop_urban of every 2023 county that has 2020 census figures (county_population_2020.csv). */
export function readCountyUrbanPopulation(divisionsDir: string): Map<string, number> {
  const text = readFileSync(join(divisionsDir, 'county_population_2020.csv'), 'utf8');
  const [header, ...lines] = text.split('\n').filter((l) => l.length > 0);
  const cols = header!.split(',');
  const iCode = cols.indexOf('county_code_2023');
  const iUrban = cols.indexOf('pop_urban');
  if (iCode < 0 || iUrban < 0) throw new Error('county_population_2020.csv: missing county_code_2023 or pop_urban');
  const out = new Map<string, number>();
  for (const line of lines) {
    const f = line.split(',');
    const code = f[iCode] ?? '';
    const urban = f[iUrban] ?? '';
    if (!/^\d{6}$/.test(code) || urban === '') continue;
    out.set(code, (out.get(code) ?? 0) + Number(urban));
  }
  return out;
}

export interface Allocation {
  /** Workers per community, in the order of `communities`. */
  counts: Uint32Array;
  countiesWithFigures: number;
  countiesWithoutFigures: string[];
  averageUrbanPerCommittee: number;
}

/**
 * Each county's weight is its 2020 urban population; a county without figures weighs the national average
 * urban population per committee times its committees. The county's share is split evenly over its
 * committees, and the real-valued shares of all committees are rounded with largest remainders (ties by
 * community code), so the counts add up to `total` exactly.
 */
export function allocateWorkers(communities: readonly BenchCommunity[], urbanByCounty: ReadonlyMap<string, number>, total: number): Allocation {
  const committees = new Map<string, number>();
  for (const c of communities) committees.set(c.code.slice(0, 6), (committees.get(c.code.slice(0, 6)) ?? 0) + 1);
  let popWithFigures = 0;
  let committeesWithFigures = 0;
  const without: string[] = [];
  for (const [county, k] of committees) {
    const pop = urbanByCounty.get(county);
    if (pop === undefined) without.push(county);
    else {
      popWithFigures += pop;
      committeesWithFigures += k;
    }
  }
  const average = committeesWithFigures > 0 ? popWithFigures / committeesWithFigures : 1;
  const weightOfCounty = (county: string) => urbanByCounty.get(county) ?? average * committees.get(county)!;
  let totalWeight = 0;
  for (const county of committees.keys()) totalWeight += weightOfCounty(county);

  const counts = new Uint32Array(communities.length);
  const remainders = new Float64Array(communities.length);
  let assigned = 0;
  communities.forEach((c, i) => {
    const county = c.code.slice(0, 6);
    const exact = (total * weightOfCounty(county)) / totalWeight / committees.get(county)!;
    counts[i] = Math.floor(exact);
    remainders[i] = exact - counts[i]!;
    assigned += counts[i]!;
  });
  const order = Array.from(communities.keys()).sort((a, b) => remainders[b]! - remainders[a]! || (communities[a]!.code < communities[b]!.code ? -1 : 1));
  for (let j = 0; j < total - assigned; j++) counts[order[j % order.length]!]! += 1;
  return { counts, countiesWithFigures: committees.size - without.length, countiesWithoutFigures: without.sort(), averageUrbanPerCommittee: average };
}

// ---------------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32) and fast weighted picks
// ---------------------------------------------------------------------------------------------------

class Rng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  float(): number {
    this.a = (this.a + 0x6d2b79f5) | 0;
    let t = Math.imul(this.a ^ (this.a >>> 15), 1 | this.a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.float() * xs.length)]!;
  }
}

/** Weighted table with cumulative weights, so a pick is one random number and a short scan. */
class Weighted<T> {
  private readonly values: T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;
  constructor(pairs: ReadonlyArray<readonly [T, number]>) {
    this.values = pairs.map((p) => p[0]);
    this.cumulative = new Float64Array(pairs.length);
    let s = 0;
    pairs.forEach(([, w], i) => (this.cumulative[i] = s += w));
    this.total = s;
  }
  pick(rng: Rng): T {
    const r = rng.float() * this.total;
    for (let i = 0; i < this.cumulative.length; i++) if (r < this.cumulative[i]!) return this.values[i]!;
    return this.values[this.values.length - 1]!;
  }
}

/** FNV-1a over the community code mixed with the seed: one independent stream per community. */
function streamSeed(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

// ---------------------------------------------------------------------------------------------------
// Calendar days as integers (UTC day numbers) with precomputed ISO strings
// ---------------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS);
const FIRST_DAY = dayOf('1940-01-01');
const ISO_DAYS: string[] = [];
function iso(day: number): string {
  const i = day - FIRST_DAY;
  let s = ISO_DAYS[i];
  if (s === undefined) s = ISO_DAYS[i] = new Date(day * DAY_MS).toISOString().slice(0, 10);
  return s;
}
function addYearsIso(s: string, k: number): string {
  const y = +s.slice(0, 4) + k;
  const m = +s.slice(5, 7);
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${s.slice(5, 7)}-${String(Math.min(+s.slice(8, 10), dim)).padStart(2, '0')}`;
}
const between = (rng: Rng, lo: number, hi: number) => (hi <= lo ? lo : lo + Math.floor(rng.float() * (hi - lo + 1)));

// ---------------------------------------------------------------------------------------------------
// Code tables for a national workforce
// ---------------------------------------------------------------------------------------------------

const SURNAME = new Weighted(SURNAMES);
const NATIONAL_ETHNICITY: ReadonlyArray<readonly [string, number]> = [
  ['汉族', 915], ['壮族', 13], ['回族', 8], ['满族', 7], ['维吾尔族', 8], ['苗族', 8], ['彝族', 7], ['土家族', 7], ['藏族', 5], ['蒙古族', 4], ['侗族', 2], ['布依族', 2], ['瑶族', 2], ['白族', 2], ['朝鲜族', 1], ['其他', 9],
];
/** Provinces whose workforce differs clearly from the national mix (2020 census shares, rounded). */
const PROVINCE_ETHNICITY: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  '15': [['汉族', 78], ['蒙古族', 18], ['满族', 2], ['回族', 1], ['其他', 1]],
  '22': [['汉族', 90], ['朝鲜族', 4], ['满族', 4], ['蒙古族', 1], ['其他', 1]],
  '45': [['汉族', 62], ['壮族', 32], ['瑶族', 3], ['苗族', 1], ['侗族', 1], ['其他', 1]],
  '52': [['汉族', 62], ['苗族', 12], ['布依族', 7], ['土家族', 4], ['侗族', 4], ['彝族', 2], ['其他', 9]],
  '53': [['汉族', 66], ['彝族', 11], ['哈尼族', 4], ['白族', 4], ['傣族', 3], ['壮族', 3], ['苗族', 3], ['其他', 6]],
  '54': [['藏族', 86], ['汉族', 12], ['门巴族', 1], ['其他', 1]],
  '63': [['汉族', 51], ['藏族', 25], ['回族', 15], ['土族', 4], ['撒拉族', 2], ['蒙古族', 2], ['其他', 1]],
  '64': [['汉族', 64], ['回族', 35], ['其他', 1]],
  '65': [['汉族', 42], ['维吾尔族', 45], ['哈萨克族', 7], ['回族', 4], ['柯尔克孜族', 1], ['其他', 1]],
};
const ETHNICITY_DEFAULT = new Weighted(NATIONAL_ETHNICITY);
const ETHNICITY_BY_PROVINCE = new Map(Object.entries(PROVINCE_ETHNICITY).map(([k, v]) => [k, new Weighted(v)]));

type Education = '硕士研究生' | '大学本科' | '大学专科' | '中等专科' | '普通高中';
/** Real institutions outside Shandong (the demo's own lists are Shandong schools). */
const NATIONAL_SCHOOLS: Readonly<Record<Exclude<Education, '普通高中'>, readonly string[]>> = {
  硕士研究生: ['中国人民大学', '北京大学', '南京大学', '武汉大学', '中山大学', '四川大学', '华中师范大学', '华东理工大学', '吉林大学', '西北大学'],
  大学本科: ['华中师范大学', '华东理工大学', '郑州大学', '湖南师范大学', '西南大学', '南昌大学', '广西师范大学', '河北大学', '安徽大学', '云南大学', '长春工业大学', '西北师范大学', '首都师范大学', '福建师范大学'],
  大学专科: ['长沙民政职业技术学院', '北京社会管理职业学院', '重庆城市管理职业学院', '广东女子职业技术学院', '江苏经贸职业技术学院', '河南工业职业技术学院', '四川城市职业学院', '浙江金融职业学院'],
  中等专科: [],
};
const EDU_GRADUATE = new Weighted<Education>([['硕士研究生', 12], ['大学本科', 63], ['大学专科', 25]]);
const EDU_SW_PRO = new Weighted<Education>([['硕士研究生', 10], ['大学本科', 65], ['大学专科', 25]]);
const EDU_VETERAN = new Weighted<Education>([['大学本科', 20], ['大学专科', 40], ['中等专科', 15], ['普通高中', 25]]);
const EDU_YOUNG = new Weighted<Education>([['硕士研究生', 5], ['大学本科', 56], ['大学专科', 32], ['中等专科', 5], ['普通高中', 2]]);
const EDU_OLDER = new Weighted<Education>([['硕士研究生', 1], ['大学本科', 33], ['大学专科', 40], ['中等专科', 16], ['普通高中', 10]]);
const GRAD_AGE: Record<Education, number> = { 硕士研究生: 25, 大学本科: 22, 大学专科: 21, 中等专科: 19, 普通高中: 18 };

type Source = '统一招聘' | '选举产生' | '网格员转聘' | '选派挂职' | '高校毕业生' | '退役军人' | '社会工作专业人才' | '其他';
const STAFF_SOURCE = new Weighted<Source>([['统一招聘', 56], ['高校毕业生', 13], ['退役军人', 6], ['社会工作专业人才', 9], ['网格员转聘', 10], ['选派挂职', 2], ['其他', 4]]);
type Qualification = '无' | '助理社会工作师' | '社会工作师' | '高级社会工作师';
const Q_PRO = new Weighted<Qualification>([['助理社会工作师', 55], ['社会工作师', 40], ['高级社会工作师', 5]]);
const Q_SECRETARY = new Weighted<Qualification>([['助理社会工作师', 40], ['社会工作师', 28], ['高级社会工作师', 3], ['无', 29]]);
const Q_NEW = new Weighted<Qualification>([['助理社会工作师', 35], ['社会工作师', 5], ['无', 60]]);
const Q_OTHER = new Weighted<Qualification>([['助理社会工作师', 42], ['社会工作师', 13], ['高级社会工作师', 0.6], ['无', 44.4]]);
const EXIT_TYPE = new Weighted<(typeof EXIT_TYPES)[number]>([['辞职', 55], ['解聘', 12], ['退休', 25], ['罢免', 3], ['试用期不合格', 5]]);
const EXIT_REASONS: Readonly<Record<string, readonly string[]>> = {
  辞职: ['个人原因辞职', '考取公务员', '考取事业编制', '家庭原因离开本地', '另有就业'],
  解聘: ['年度考核不称职，依合同解聘', '连续旷工，依合同解聘'],
  退休: ['达到退休年龄', '因病提前退休'],
  罢免: ['经居民会议罢免'],
  试用期不合格: ['试用期考核不合格'],
};

// ---------------------------------------------------------------------------------------------------
// Community plan: who holds which post
// ---------------------------------------------------------------------------------------------------

type Role = 'secretary' | 'director' | 'deputy' | 'member' | 'staff';
interface Plan {
  role: Role;
  category: '社区党组织成员' | '居委会专职成员' | '社区专职工作人员';
  positions: string[];
  source: Source;
  party: boolean | null;
  status: '在岗' | '试用' | '离岗' | '已退出';
}
const CHIEF = new Set(['党组织书记', '居委会主任', '社区服务站站长']);
const DEPUTY = new Set(['党组织副书记', '居委会副主任', '社区服务站副站长']);
const postClassOf = (ps: readonly string[]) => (ps.some((p) => CHIEF.has(p)) ? '正职' : ps.some((p) => DEPUTY.has(p)) ? '副职' : '其他');

/**
 * Exactly one 党组织书记 per community (never exited), ~90% of them also 居委会主任 (一肩挑); a separate
 * director otherwise; deputies and committee members scale with size; everyone else is 社区专职工作人员.
 */
function planCommunity(n: number, rng: Rng): Plan[] {
  if (n <= 0) return [];
  const plans: Plan[] = [];
  const elected = (role: Role, category: Plan['category'], positions: string[], party: boolean | null): Plan => ({ role, category, positions, source: '选举产生', party, status: '在岗' });
  const yijiantiao = rng.chance(0.9);
  const sec = elected('secretary', '社区党组织成员', ['党组织书记'], true);
  if (yijiantiao) sec.positions.push('居委会主任');
  let stationHead = rng.chance(yijiantiao ? 0.75 : 0.5);
  if (stationHead) sec.positions.push('社区服务站站长');
  plans.push(sec);
  if (!yijiantiao && n >= 2) {
    const party = rng.chance(0.75);
    const dir = elected('director', '居委会专职成员', ['居委会主任'], party);
    if (party && rng.chance(0.5)) dir.positions.push('党组织副书记');
    if (!stationHead) {
      dir.positions.push('社区服务站站长');
      stationHead = true;
    }
    plans.push(dir);
  }
  const committee = Math.min(n - plans.length, Math.max(2, Math.round(3 + n / 12 + rng.int(0, 3))));
  for (let i = 0; i < committee; i++) {
    if (i === 0) {
      const d = elected('deputy', '社区党组织成员', ['党组织副书记'], true);
      if (rng.chance(0.5)) d.positions.push('居委会副主任');
      if (!stationHead) {
        d.positions.push('社区服务站站长');
        stationHead = true;
      }
      plans.push(d);
    } else if (i === 1 && rng.chance(0.6)) {
      plans.push(elected('deputy', '居委会专职成员', ['居委会副主任'], rng.chance(0.5)));
    } else {
      const inParty = rng.chance(0.4);
      const m = inParty
        ? elected('member', '社区党组织成员', rng.chance(0.5) ? ['党组织委员', '居委会委员'] : ['党组织委员'], true)
        : elected('member', '居委会专职成员', ['居委会委员'], rng.chance(0.3));
      if (i === 2 && rng.chance(0.4)) m.positions.push('社区服务站副站长');
      plans.push(m);
    }
  }
  while (plans.length < n) {
    const source = STAFF_SOURCE.pick(rng);
    const grid = source === '网格员转聘' || rng.chance(0.5);
    plans.push({ role: 'staff', category: '社区专职工作人员', positions: [grid ? '网格员' : '一般工作人员'], source, party: null, status: source !== '网格员转聘' && rng.chance(0.05) ? '试用' : '在岗' });
  }
  for (const p of plans) {
    if (p.role === 'secretary' || p.status === '试用') continue;
    const r = rng.float();
    if (r < 0.02) p.status = '已退出';
    else if (r < 0.04) p.status = '离岗';
  }
  return plans;
}

// ---------------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------------

export interface PeopleOptions {
  communities: readonly BenchCommunity[];
  counts: Uint32Array;
  seed: number;
  /** YYYY-MM-DD; ages, dates and statuses are relative to it. */
  today: string;
  /** Org names by code (provinces and counties) for 籍贯. */
  names: ReadonlyMap<string, string>;
}

export interface BenchPerson {
  /** 1, 2, 3 … in generation order. */
  id: number;
  fields: WorkerFieldsInput;
  idNumber: string;
  gender: '男' | '女';
  birthDate: string;
  phone: string;
  status: string;
  exit: { type: string; date: string; reason: string } | null;
}

export function* generatePeople(opts: PeopleOptions): Generator<BenchPerson> {
  const { communities, counts, seed, names } = opts;
  const todayDay = dayOf(opts.today);
  const today = opts.today;

  // Counties by province (for ID address codes of people born elsewhere in the province).
  const countiesByProvince = new Map<string, string[]>();
  const allCounties: string[] = [];
  for (const code of names.keys()) {
    if (code.length !== 6) continue;
    allCounties.push(code);
    const list = countiesByProvince.get(code.slice(0, 2)) ?? [];
    list.push(code);
    countiesByProvince.set(code.slice(0, 2), list);
  }
  allCounties.sort();
  for (const l of countiesByProvince.values()) l.sort();

  // Sequence numbers per (address county, birth day, gender): unique ID numbers without a 5M-entry set.
  const birthLo = dayOf(addYearsIso(today, -62));
  const birthSpan = todayDay - birthLo + 1;
  const sequences = new Map<string, Uint16Array>();
  const nextSeq = (county: string, day: number, male: boolean): number => {
    let s = sequences.get(county);
    if (!s) sequences.set(county, (s = new Uint16Array(birthSpan * 2)));
    const slot = (day - birthLo) * 2 + (male ? 1 : 0);
    const k = s[slot]!;
    if (k >= 500) return -1;
    s[slot] = k + 1;
    // The k-th person of a (county, day, gender) gets a scrambled but distinct sequence number.
    const offset = (Math.imul(Number(county) ^ Math.imul(day, 0x9e3779b1), 0x85ebca6b) >>> 0) % 500;
    return ((k + offset) % 500) * 2 + (male ? 1 : 0); // 17th digit odd = 男, even = 女 (GB 11643)
  };
  // Birth-date bounds per age: born in (today − (age+1) years, today − age years].
  const ageLo: number[] = [];
  const ageHi: number[] = [];
  for (let a = 0; a <= 61; a++) {
    ageLo[a] = dayOf(addYearsIso(today, -(a + 1))) + 1;
    ageHi[a] = dayOf(addYearsIso(today, -a));
  }
  const nativeOf = (county: string) => `${names.get(county.slice(0, 2)) ?? ''}${names.get(county) ?? ''}` || null;


  let id = 0;
  for (let ci = 0; ci < communities.length; ci++) {
    const c = communities[ci]!;
    const n = counts[ci]!;
    if (n === 0) continue;
    const rng = new Rng(streamSeed(seed, c.code));
    const province = c.code.slice(0, 2);
    const ownCounty = c.code.slice(0, 6);
    const provinceCounties = countiesByProvince.get(province) ?? [ownCounty];
    const ethnicityTable = ETHNICITY_BY_PROVINCE.get(province) ?? ETHNICITY_DEFAULT;
    const shandong = province === '37';
    for (const p of planCommunity(n, rng)) {
      id++;
      const female = rng.chance(p.source === '退役军人' ? 0.1 : p.role === 'secretary' ? 0.5 : 0.64);
      // Ages 22–60 (women ≤ 55), by role.
      const sum3 = (k: number) => rng.int(0, k) + rng.int(0, k) + rng.int(0, k);
      let age =
        p.role === 'secretary' ? 38 + sum3(6) : p.role === 'director' ? 34 + sum3(7) : p.role === 'deputy' ? 30 + sum3(8) : p.role === 'member' ? 26 + sum3(9)
        : p.source === '高校毕业生' ? rng.int(22, 30) : p.status === '试用' ? rng.int(22, 35) : rng.chance(0.36) ? rng.int(22, 34) : 35 + rng.int(0, 12) + rng.int(0, 13);
      age = Math.max(22, Math.min(age, female ? 55 : 60));
      let birthDay = between(rng, ageLo[age]!, ageHi[age]!);

      // 公民身份号码: address code of the own county (85%), another county of the province (11%) or anywhere (4%).
      const r = rng.float();
      const addressCounty = r < 0.85 ? ownCounty : r < 0.96 ? rng.pick(provinceCounties) : rng.pick(allCounties);
      let seq = nextSeq(addressCounty, birthDay, !female);
      while (seq < 0) seq = nextSeq(addressCounty, --birthDay, !female);
      const birthDate = iso(birthDay);
      const first17 = addressCounty + birthDate.slice(0, 4) + birthDate.slice(5, 7) + birthDate.slice(8, 10) + String(seq).padStart(3, '0');
      const idNumber = first17 + computeIdCheckDigit(first17);
      // Mobile numbers unique by construction: prefix by id, an affine bijection on the last 8 digits.
      const k = Math.floor(id / PHONE_PREFIXES.length);
      const phone = PHONE_PREFIXES[id % PHONE_PREFIXES.length]! + String((k * 61_728_397 + (seed % 100_000_000)) % 100_000_000).padStart(8, '0');

      const birthYear = +birthDate.slice(0, 4);
      const adultDay = dayOf(addYearsIso(birthDate, 18));
      const education: Education = (() => {
        const e = p.source === '高校毕业生' ? EDU_GRADUATE.pick(rng) : p.source === '社会工作专业人才' ? EDU_SW_PRO.pick(rng) : p.source === '退役军人' ? EDU_VETERAN.pick(rng) : age < 40 ? EDU_YOUNG.pick(rng) : EDU_OLDER.pick(rng);
        return e === '硕士研究生' && age < 26 ? '大学本科' : e;
      })();
      let fullTimeSchool: string | null = null;
      let fullTimeMajor: string | null = null;
      if (education !== '普通高中') {
        const local = shandong || education === '中等专科' ? SCHOOLS[education] : NATIONAL_SCHOOLS[education];
        fullTimeSchool = education === '中等专科' && !shandong ? null : rng.pick(local);
        const pool = (fullTimeSchool ? SCHOOL_MAJORS[fullTimeSchool] : undefined) ?? (education === '硕士研究生' ? MAJORS.postgrad : education === '大学本科' ? MAJORS.bachelor : education === '大学专科' ? MAJORS.college : MAJORS.secondary);
        fullTimeMajor = p.source === '社会工作专业人才' ? '社会工作' : rng.pick(pool);
      }
      let inServiceEducation: string | null = null;
      let inServiceSchool: string | null = null;
      let inServiceMajor: string | null = null;
      if (education !== '大学本科' && education !== '硕士研究生' && age >= 27 && rng.chance(0.5)) {
        inServiceEducation = education === '大学专科' || rng.chance(0.35) ? '大学本科' : '大学专科';
        inServiceSchool = shandong ? rng.pick(IN_SERVICE_SCHOOLS) : rng.chance(0.6) ? '国家开放大学' : `中共${names.get(province) ?? ''}委党校`;
        inServiceMajor = rng.pick(MAJORS.inService);
      }

      // Career: work after graduation (and after 18), community start after work start, both in the past.
      const lastStart = todayDay - 60;
      let workStart = Math.max(adultDay, dayOf(`${birthYear + GRAD_AGE[education]}-07-01`) + rng.int(0, p.source === '高校毕业生' ? 240 : 720));
      workStart = Math.min(workStart, lastStart);
      let communityStart: number;
      let probationEnd: string | null = null;
      if (p.status === '试用') {
        communityStart = todayDay - rng.int(31, 150);
        probationEnd = iso(communityStart + 182); // 6-month probation
        workStart = p.source === '高校毕业生' ? communityStart : Math.min(workStart, communityStart);
      } else {
        const settled = todayDay - (p.role === 'staff' ? 200 : 365);
        workStart = Math.min(workStart, settled);
        const u = p.role === 'secretary' ? 0.15 + 0.7 * rng.float() : p.role === 'staff' ? rng.float() : 0.3 + 0.7 * rng.float();
        communityStart = p.source === '高校毕业生' ? workStart : workStart + Math.floor(Math.max(0, settled - workStart) * u);
      }
      workStart = Math.max(workStart, adultDay);
      communityStart = Math.max(communityStart, workStart);

      let contractStart: string | null = null;
      let contractEnd: string | null = null;
      if (p.role === 'staff') {
        let start = communityStart;
        while (start + 3 * 365 + 1 <= todayDay) start += 3 * 365 + 1; // consecutive 3-year contracts
        contractStart = iso(start);
        contractEnd = iso(start + 3 * 365);
      }

      // Political status.
      let politicalStatus: string;
      if (p.party === true) politicalStatus = '中共党员';
      else if (p.party === false) politicalStatus = rng.chance(0.06) ? rng.pick(['民盟盟员', '民进会员', '九三学社社员']) : age <= 28 && rng.chance(0.5) ? '共青团员' : '群众';
      else {
        const x = rng.float();
        politicalStatus = age <= 28 ? (x < 0.22 ? '中共党员' : x < 0.28 ? '中共预备党员' : x < 0.75 ? '共青团员' : '群众') : x < 0.34 ? '中共党员' : x < 0.37 ? '中共预备党员' : x < 0.385 ? '民盟盟员' : '群众';
      }
      let partyJoinDate: string | null = null;
      if (politicalStatus === '中共党员') partyJoinDate = iso(between(rng, adultDay, todayDay - 400));
      else if (politicalStatus === '中共预备党员') partyJoinDate = iso(between(rng, Math.max(adultDay, todayDay - 330), todayDay - 30));

      // Social-work qualification with a feasible certificate date (exam since 2008, 高级 since 2019).
      let swQualification: Qualification =
        p.source === '社会工作专业人才' ? Q_PRO.pick(rng) : p.role === 'secretary' ? Q_SECRETARY.pick(rng) : p.status === '试用' || p.source === '高校毕业生' ? Q_NEW.pick(rng) : Q_OTHER.pick(rng);
      const earliest = (q: Qualification) =>
        q === '高级社会工作师' ? Math.max(dayOf('2019-01-01'), workStart + 3650) : q === '社会工作师' ? Math.max(dayOf('2009-01-01'), workStart + 1095) : Math.max(dayOf('2009-01-01'), adultDay + 1095);
      while (swQualification !== '无' && earliest(swQualification) > todayDay - 30) {
        swQualification = swQualification === '高级社会工作师' ? '社会工作师' : swQualification === '社会工作师' ? '助理社会工作师' : '无';
      }
      let swCertNo: string | null = null;
      let swCertDate: string | null = null;
      if (swQualification !== '无') {
        const lo = earliest(swQualification);
        const day = lo + Math.floor((todayDay - 30 - lo) * Math.max(rng.float(), rng.float()));
        swCertDate = iso(day);
        swCertNo = `S${swCertDate.slice(0, 4)}${province}${String(id).padStart(7, '0')}`;
      }

      // Name, never one of a well-known person.
      const pool = GIVEN_NAMES[female ? '女' : '男'];
      let name: string;
      do {
        const generation = birthYear < 1982 ? 'classic' : birthYear >= 1990 || rng.chance(0.5) ? 'modern' : 'classic';
        name = SURNAME.pick(rng) + (rng.chance(0.18) ? rng.pick(pool.single) : rng.pick(pool[generation]));
      } while (NAME_BLOCKLIST.has(name));

      const fields = {
        name,
        ethnicity: ethnicityTable.pick(rng),
        politicalStatus,
        partyJoinDate,
        education,
        fullTimeSchool,
        fullTimeMajor,
        inServiceEducation,
        inServiceSchool,
        inServiceMajor,
        swQualification,
        swCertNo,
        swCertDate,
        category: p.category,
        postClass: postClassOf(p.positions),
        positions: p.positions,
        streetCode: c.streetCode,
        communityCode: c.code,
        recruitLevel: p.role === 'staff' ? (p.source !== '网格员转聘' && rng.chance(0.25) ? '市级' : '县级') : null,
        sourceChannel: p.source,
        formerFundingDept: p.source === '网格员转聘' ? rng.pick(['区委政法委', '县委政法委', '区综治中心', '区民政局', '县民政局']) : null,
        workStartDate: iso(workStart),
        communityStartDate: iso(communityStart),
        contractStart,
        contractEnd,
        probationEnd,
        nativePlace: rng.chance(0.97) ? nativeOf(addressCounty) : null,
        livesInCommunity: rng.chance(p.role === 'secretary' ? 0.55 : 0.45),
      };
      let exit: BenchPerson['exit'] = null;
      if (p.status === '已退出') {
        const type = age >= 50 ? EXIT_TYPE.pick(rng) : rng.pick(['辞职', '辞职', '辞职', '解聘'] as const);
        exit = { type, date: iso(between(rng, Math.max(communityStart + 30, todayDay - 3 * 365), todayDay - 1)), reason: rng.pick(EXIT_REASONS[type]!) };
      }
      yield { id, fields, idNumber, gender: female ? '女' : '男', birthDate, phone, status: p.status, exit };
    }
  }
}
