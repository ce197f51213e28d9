// Deterministic demo workforce for 社区工作者队伍管理平台.
// PURE: no I/O, no clock, no Math.random. Same communities + seed + today → identical output.
// Requirement ids refer to /work/shared/domain/opinion.md; "§n" refers to rules.md.
import {
  ETHNICITIES, GIVEN_NAMES, IN_SERVICE_SCHOOLS, MAJORS, NAME_BLOCKLIST, OTHER_SHANDONG_COUNTIES,
  PHONE_PREFIXES, SCHOOL_MAJORS, SCHOOLS, SURNAMES, TAIAN_COUNTIES,
} from './demo-names.ts';

export interface DemoCommunity { code: string; name: string; streetCode: string; urCode: string | null }
export type PoliticalStatus = '中共党员' | '中共预备党员' | '共青团员' | '群众' | '民盟盟员' | '民进会员' | '九三学社社员';
export type Education = '硕士研究生' | '大学本科' | '大学专科' | '中等专科' | '普通高中';
export type SwQualification = '无' | '助理社会工作师' | '社会工作师' | '高级社会工作师';
export type WorkerCategory = '社区党组织成员' | '居委会专职成员' | '社区专职工作人员';
export type PostClass = '正职' | '副职' | '其他';
export type Position = '党组织书记' | '党组织副书记' | '党组织委员' | '居委会主任' | '居委会副主任' | '居委会委员'
  | '社区服务站站长' | '社区服务站副站长' | '网格员' | '一般工作人员';
export type SourceChannel = '统一招聘' | '选举产生' | '网格员转聘' | '选派挂职' | '高校毕业生' | '退役军人' | '社会工作专业人才' | '其他';
export interface DemoWorker {
  name: string; idNumber: string; gender: '男' | '女'; birthDate: string; ethnicity: string; phone: string;
  politicalStatus: PoliticalStatus; partyJoinDate: string | null;
  education: Education; fullTimeSchool: string | null; fullTimeMajor: string | null;
  inServiceEducation: string | null; inServiceSchool: string | null; inServiceMajor: string | null;
  swQualification: SwQualification; swCertNo: string | null; swCertDate: string | null;
  category: WorkerCategory; postClass: PostClass; positions: Position[];
  streetCode: string; communityCode: string; recruitLevel: '市级' | '县级' | null;
  sourceChannel: SourceChannel; formerFundingDept: string | null;
  workStartDate: string; communityStartDate: string;
  contractStart: string | null; contractEnd: string | null; probationEnd: string | null;
  status: '试用' | '在岗' | '离岗'; nativePlace: string | null; livesInCommunity: boolean;
}
export interface DemoAccount {
  username: string; displayName: string;
  role: 'system_admin' | 'swb_admin' | 'department' | 'street_admin' | 'community_secretary' | 'worker' | 'auditor' | 'security_admin';
  scopeCode: string; workerIndex?: number;
}

// ---------- seeded PRNG (mulberry32) ----------
class Rng {
  private a: number;
  constructor(seed: number) { this.a = seed >>> 0; }
  float(): number {
    this.a = (this.a + 0x6d2b79f5) | 0;
    let t = Math.imul(this.a ^ (this.a >>> 15), 1 | this.a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number { return lo + Math.floor(this.float() * (hi - lo + 1)); }
  chance(p: number): boolean { return this.float() < p; }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from empty list');
    return xs[Math.floor(this.float() * xs.length)] as T;
  }
  weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): T {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = this.float() * total;
    for (const [v, w] of pairs) { if ((r -= w) < 0) return v; }
    return (pairs[pairs.length - 1] as readonly [T, number])[0];
  }
}
/** FNV-1a over the key, mixed with the seed: one independent stream per community. */
function streamSeed(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

// ---------- dates (ISO strings, UTC day arithmetic; no clock) ----------
const DAY_MS = 86_400_000;
const toDay = (s: string): number => Math.round(Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / DAY_MS);
const fromDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
const addDays = (s: string, k: number): string => fromDay(toDay(s) + k);
function addMonths(s: string, k: number): string {
  const total = +s.slice(0, 4) * 12 + (+s.slice(5, 7) - 1) + k;
  const y = Math.floor(total / 12), m = total - y * 12;
  const dim = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = Math.min(+s.slice(8, 10), dim);
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
const addYears = (s: string, k: number): string => addMonths(s, 12 * k);
const maxDate = (a: string, b: string): string => (a > b ? a : b);
const minDate = (a: string, b: string): string => (a < b ? a : b);
/** Uniform day in [lo, hi] (hi < lo → lo). */
const dayBetween = (rng: Rng, lo: string, hi: string): string => fromDay(toDay(lo) + Math.max(0, rng.int(0, toDay(hi) - toDay(lo))));

// ---------- GB 11643 check digit (ISO 7064 MOD 11-2), §9.1 ----------
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return '10X98765432'.charAt(sum % 11);
}

// ---------- community plan: who holds which post (A1.1, §1) ----------
type Role = 'secretary' | 'director' | 'deputy' | 'member' | 'staff';
interface Plan { role: Role; category: WorkerCategory; positions: Position[]; source: SourceChannel; party?: boolean; trial?: boolean; onLeave?: boolean }

/** Pseudo-size from the urban-rural class: 主城区/城乡结合区 communities are bigger (§2 staffing by size). */
function communitySize(urCode: string | null, rng: Rng): number {
  if (urCode === '111') return rng.int(9, 14);
  if (urCode === '112') return rng.int(8, 13);
  if (urCode?.startsWith('12')) return rng.int(7, 11);
  if (urCode?.startsWith('2')) return rng.int(6, 9);
  return rng.int(7, 12);
}

function planCommunity(c: DemoCommunity, rng: Rng): Plan[] {
  const size = communitySize(c.urCode, rng);
  const plans: Plan[] = [];
  const elected = (role: Role, category: WorkerCategory, positions: Position[], party?: boolean): Plan =>
    ({ role, category, positions, source: '选举产生', party });
  // §1 一肩挑: secretary also 居委会主任 in ~90% of communities (江苏 2020: 94.6%).
  const yijiantiao = rng.chance(0.9);
  const sec = elected('secretary', '社区党组织成员', ['党组织书记'], true);
  if (yijiantiao) sec.positions.push('居委会主任');
  let stationHead = yijiantiao ? rng.chance(0.75) : rng.chance(0.5);
  if (stationHead) sec.positions.push('社区服务站站长');
  plans.push(sec);
  if (!yijiantiao) {
    const party = rng.chance(0.75);
    const dir = elected('director', '居委会专职成员', ['居委会主任'], party);
    if (party && rng.chance(0.5)) dir.positions.push('党组织副书记');
    if (!stationHead) { dir.positions.push('社区服务站站长'); stationHead = true; }
    plans.push(dir);
  }
  const dep1 = elected('deputy', '社区党组织成员', ['党组织副书记'], true);
  if (rng.chance(0.5)) dep1.positions.push('居委会副主任');
  if (!stationHead) dep1.positions.push('社区服务站站长'); // 就高不就低: a deputy heading the station is 正职
  plans.push(dep1);
  if (rng.chance(0.5)) plans.push(elected('deputy', '居委会专职成员', ['居委会副主任'], rng.chance(0.5)));
  const members = Math.max(0, Math.min(rng.int(1, 3) + (size >= 11 ? 1 : 0), size - plans.length - 2));
  const viceStation = rng.chance(0.4) ? rng.int(0, members - 1) : -1;
  for (let i = 0; i < members; i++) {
    const party = rng.chance(0.6);
    const inParty = party && rng.chance(0.6);
    const m = inParty
      ? elected('member', '社区党组织成员', rng.chance(0.5) ? ['党组织委员', '居委会委员'] : ['党组织委员'], true)
      : elected('member', '居委会专职成员', ['居委会委员'], party);
    if (i === viceStation) m.positions.push('社区服务站副站长');
    plans.push(m);
  }
  // 社区专职工作人员: recruited by city/county, ~10% converted grid staff (A1.2), structure sources (A3.3).
  while (plans.length < size) {
    const source = rng.weighted<SourceChannel>([
      ['统一招聘', 58], ['高校毕业生', 13], ['退役军人', 6], ['社会工作专业人才', 9], ['网格员转聘', 10], ['其他', 4],
    ]);
    const positions: Position[] = source === '网格员转聘' || rng.chance(0.5) ? ['网格员'] : ['一般工作人员'];
    plans.push({ role: 'staff', category: '社区专职工作人员', positions, source, trial: source !== '网格员转聘' && rng.chance(0.055) });
  }
  for (const p of plans) if (p.role !== 'secretary' && !p.trial && rng.chance(0.02)) p.onLeave = true;
  return plans;
}

const CHIEF: ReadonlySet<Position> = new Set(['党组织书记', '居委会主任', '社区服务站站长']);
const DEPUTY: ReadonlySet<Position> = new Set(['党组织副书记', '居委会副主任', '社区服务站副站长']);
/** §1 三岗: 正职 书记/主任/站长, 副职 deputies, 其他 everyone else (交叉任职 → highest post). */
const postClassOf = (ps: readonly Position[]): PostClass =>
  ps.some((p) => CHIEF.has(p)) ? '正职' : ps.some((p) => DEPUTY.has(p)) ? '副职' : '其他';

// ---------- person ----------
interface Ctx { rng: Rng; today: string; ids: Set<string>; phones: Set<string>; certs: Set<string> }

function pickAge(p: Plan, female: boolean, rng: Rng): number {
  const sum3 = (n: number) => rng.int(0, n) + rng.int(0, n) + rng.int(0, n);
  let age: number;
  if (p.role === 'secretary') age = 38 + sum3(6) - rng.int(0, 1);
  else if (p.role === 'director') age = 34 + sum3(7);
  else if (p.role === 'deputy') age = 30 + sum3(8);
  else if (p.role === 'member') age = 26 + sum3(9);
  else if (p.source === '高校毕业生') age = rng.int(23, 30);
  else if (p.trial) age = rng.int(23, 35);
  else age = rng.chance(0.36) ? rng.int(24, 34) : 35 + rng.int(0, 10) + rng.int(0, 10);
  return Math.max(23, Math.min(age, female ? 55 : 59));
}

function pickName(female: boolean, birthYear: number, rng: Rng): string {
  const pool = GIVEN_NAMES[female ? '女' : '男'];
  for (;;) {
    const generation = birthYear < 1982 ? 'classic' : birthYear >= 1990 || rng.chance(0.5) ? 'modern' : 'classic';
    const name = rng.weighted(SURNAMES) + (rng.chance(0.18) ? rng.pick(pool.single) : rng.pick(pool[generation]));
    if (!NAME_BLOCKLIST.has(name)) return name; // avoid well-known people
  }
}

function pickEducation(p: Plan, age: number, rng: Rng): Education {
  let e: Education;
  if (p.source === '高校毕业生') e = rng.weighted<Education>([['硕士研究生', 12], ['大学本科', 63], ['大学专科', 25]]);
  else if (p.source === '社会工作专业人才') e = rng.weighted<Education>([['硕士研究生', 10], ['大学本科', 65], ['大学专科', 25]]);
  else if (p.source === '退役军人') e = rng.weighted<Education>([['大学本科', 20], ['大学专科', 40], ['中等专科', 15], ['普通高中', 25]]);
  else if (age < 40) e = rng.weighted<Education>([['硕士研究生', 5], ['大学本科', 56], ['大学专科', 32], ['中等专科', 5], ['普通高中', 2]]);
  else e = rng.weighted<Education>([['硕士研究生', 1], ['大学本科', 33], ['大学专科', 40], ['中等专科', 16], ['普通高中', 10]]);
  return e === '硕士研究生' && age < 26 ? '大学本科' : e;
}
const GRAD_AGE: Record<Education, number> = { 硕士研究生: 25, 大学本科: 22, 大学专科: 21, 中等专科: 19, 普通高中: 18 };

function fullTimeStudy(e: Education, source: SourceChannel, rng: Rng): [string | null, string | null] {
  if (e === '普通高中') return [null, null];
  const school = rng.pick(SCHOOLS[e]);
  if (source === '社会工作专业人才') return [school, e === '大学专科' ? rng.pick(['社会工作', '社区管理与服务']) : '社会工作'];
  const pool = SCHOOL_MAJORS[school] ?? (e === '硕士研究生' ? MAJORS.postgrad : e === '大学本科' ? MAJORS.bachelor : e === '大学专科' ? MAJORS.college : MAJORS.secondary);
  return [school, rng.pick(pool)];
}

function politics(p: Plan, age: number, rng: Rng): PoliticalStatus {
  if (p.party === true) return '中共党员';
  const minorParty = (): PoliticalStatus => rng.pick<PoliticalStatus>(['民盟盟员', '民进会员', '九三学社社员']);
  if (p.party === false) return rng.chance(0.06) ? minorParty() : age <= 28 && rng.chance(0.5) ? '共青团员' : '群众';
  const r = rng.float();
  if (age <= 28) return r < 0.22 ? '中共党员' : r < 0.28 ? '中共预备党员' : r < 0.75 ? '共青团员' : '群众';
  return r < 0.34 ? '中共党员' : r < 0.37 ? '中共预备党员' : r < 0.385 ? minorParty() : '群众';
}

/** §9 / A4.1 qualification with a feasible certificate date (national exam since 2008; 高级 since 2019). */
function qualification(p: Plan, birth: string, workStart: string, ctx: Ctx): [SwQualification, string | null, string | null] {
  const { rng, today } = ctx;
  let q: SwQualification = p.source === '社会工作专业人才'
    ? rng.weighted<SwQualification>([['助理社会工作师', 55], ['社会工作师', 40], ['高级社会工作师', 5]])
    : p.role === 'secretary'
      ? rng.weighted<SwQualification>([['助理社会工作师', 40], ['社会工作师', 28], ['高级社会工作师', 3], ['无', 29]])
      : p.trial || p.source === '高校毕业生'
        ? rng.weighted<SwQualification>([['助理社会工作师', 35], ['社会工作师', 5], ['无', 60]])
        : rng.weighted<SwQualification>([['助理社会工作师', 42], ['社会工作师', 13], ['高级社会工作师', 0.6], ['无', 44.4]]);
  const latest = addDays(today, -30);
  const earliestFor: Record<SwQualification, string> = {
    无: '', 助理社会工作师: maxDate('2009-01-01', addYears(birth, 21)),
    社会工作师: maxDate('2009-01-01', addYears(workStart, 3)), 高级社会工作师: maxDate('2019-01-01', addYears(workStart, 10)),
  };
  const ladder: SwQualification[] = ['高级社会工作师', '社会工作师', '助理社会工作师', '无'];
  while (q !== '无' && earliestFor[q] > latest) q = ladder[ladder.indexOf(q) + 1] as SwQualification;
  if (q === '无') return ['无', null, null];
  const lo = toDay(earliestFor[q]), span = toDay(latest) - lo;
  const date = fromDay(lo + Math.floor(span * Math.max(rng.float(), rng.float()))); // skewed to recent years
  let no: string;
  do no = `S${date.slice(0, 4)}37${String(rng.int(0, 999_999)).padStart(6, '0')}`; while (ctx.certs.has(no));
  ctx.certs.add(no);
  return [q, no, date];
}

function fundingDept(countyCode: string, rng: Rng): string {
  const known = TAIAN_COUNTIES[countyCode]?.name;
  const dd = Number(countyCode.slice(4, 6));
  const unit = known ?? (dd <= 20 ? '区' : dd >= 81 ? '市' : '县');
  return rng.pick([`${unit}委政法委`, `${unit}委政法委`, `${unit}综治中心`, `${unit}民政局`]);
}

function makeWorker(p: Plan, c: DemoCommunity, ctx: Ctx): DemoWorker {
  const { rng, today } = ctx;
  const female = rng.chance(p.source === '退役军人' ? 0.1 : p.role === 'secretary' ? 0.5 : 0.64);
  const age = pickAge(p, female, rng);
  // birth in (today − (age+1) years, today − age years] → exact age `age` today
  const birthDate = dayBetween(rng, addDays(addYears(today, -(age + 1)), 1), addYears(today, -age));
  const birthYear = +birthDate.slice(0, 4);
  const adult = addYears(birthDate, 18);

  // ID address: own county mostly, else another 泰安 county or another Shandong county (§9.1).
  const ownCounty = c.code.slice(0, 6);
  const r = rng.float();
  const county = r < 0.8 ? ownCounty : r < 0.92 ? rng.pick(Object.keys(TAIAN_COUNTIES)) : rng.pick(OTHER_SHANDONG_COUNTIES)[0];
  const nativeLabel = TAIAN_COUNTIES[county]?.native ?? OTHER_SHANDONG_COUNTIES.find(([k]) => k === county)?.[1] ?? null;
  let idNumber: string;
  do {
    const seq = String(rng.int(0, 499) * 2 + (female ? 0 : 1)).padStart(3, '0'); // 17th digit odd = 男
    const first17 = county + birthDate.replaceAll('-', '') + seq;
    idNumber = first17 + idCheckChar(first17);
  } while (ctx.ids.has(idNumber));
  ctx.ids.add(idNumber);
  let phone: string;
  do phone = rng.pick(PHONE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0'); while (ctx.phones.has(phone));
  ctx.phones.add(phone);

  const education = pickEducation(p, age, rng);
  const [fullTimeSchool, fullTimeMajor] = fullTimeStudy(education, p.source, rng);
  let inServiceEducation: string | null = null, inServiceSchool: string | null = null, inServiceMajor: string | null = null;
  if (education !== '大学本科' && education !== '硕士研究生' && age >= 27 && rng.chance(0.55)) {
    inServiceEducation = education === '大学专科' || rng.chance(0.35) ? '大学本科' : '大学专科';
    inServiceSchool = rng.pick(IN_SERVICE_SCHOOLS);
    inServiceMajor = rng.pick(MAJORS.inService);
  } else if (education === '大学本科' && age >= 30 && rng.chance(0.05)) {
    [inServiceEducation, inServiceSchool, inServiceMajor] = ['硕士研究生', rng.pick(SCHOOLS.硕士研究生), '公共管理'];
  }

  // Career dates: work starts after graduation (veterans: enlistment at 18–20), always after age 18.
  const lastStart = addDays(today, -60);
  let workStartDate = p.source === '退役军人'
    ? maxDate(adult, dayBetween(rng, `${birthYear + rng.int(18, 20)}-09-01`, `${birthYear + 20}-12-31`))
    : maxDate(adult, addDays(`${birthYear + GRAD_AGE[education]}-07-01`, rng.int(0, p.source === '高校毕业生' ? 240 : 720)));
  workStartDate = minDate(workStartDate, lastStart);
  let communityStartDate: string, probationEnd: string | null = null;
  if (p.trial) {
    // A9.3: on probation — joined 1–5 months ago, 6-month probation ends within the next 1–5 months.
    communityStartDate = addDays(today, -rng.int(31, 150));
    probationEnd = addMonths(communityStartDate, 6);
    workStartDate = p.source === '高校毕业生' ? communityStartDate : minDate(workStartDate, communityStartDate);
  } else {
    const settled = addDays(today, p.role === 'staff' ? -200 : -365);
    workStartDate = minDate(workStartDate, settled);
    if (p.source === '高校毕业生') communityStartDate = workStartDate;
    else if (p.source === '网格员转聘') communityStartDate = minDate(maxDate(workStartDate, dayBetween(rng, '2012-03-01', '2021-12-31')), settled);
    else {
      const lo = toDay(workStartDate), span = Math.max(0, toDay(settled) - lo);
      const u = p.role === 'secretary' ? 0.15 + 0.7 * rng.float() : p.role === 'staff' ? rng.float() : 0.3 + 0.7 * rng.float();
      communityStartDate = fromDay(lo + Math.floor(span * u));
    }
  }

  // A12.2: 社区专职工作人员 sign 3-year contracts with the street; the current one covers today.
  let contractStart: string | null = null, contractEnd: string | null = null;
  if (p.role === 'staff') {
    const anchor = p.source === '网格员转聘' // converted when the street took them over (A1.2)
      ? maxDate(communityStartDate, dayBetween(rng, '2020-07-01', addDays(today, -30)))
      : communityStartDate;
    if (p.source !== '网格员转聘' && !p.trial) probationEnd = addMonths(anchor, 6);
    let k = 0;
    while (addYears(anchor, 3 * (k + 1)) <= today) k++;
    contractStart = addYears(anchor, 3 * k);
    contractEnd = addDays(addYears(contractStart, 3), -1);
  }

  const politicalStatus = politics(p, age, rng);
  let partyJoinDate: string | null = null;
  if (politicalStatus === '中共党员') {
    partyJoinDate = dayBetween(rng, adult, minDate(addDays(today, -400), p.role === 'secretary' ? communityStartDate : today));
    partyJoinDate = maxDate(partyJoinDate, adult);
  } else if (politicalStatus === '中共预备党员') {
    partyJoinDate = dayBetween(rng, maxDate(adult, addDays(today, -330)), addDays(today, -30)); // 预备期 1 年
  }
  const [swQualification, swCertNo, swCertDate] = qualification(p, birthDate, workStartDate, ctx);
  return {
    name: pickName(female, birthYear, rng), idNumber, gender: female ? '女' : '男', birthDate,
    ethnicity: rng.weighted(ETHNICITIES), phone, politicalStatus, partyJoinDate,
    education, fullTimeSchool, fullTimeMajor, inServiceEducation, inServiceSchool, inServiceMajor,
    swQualification, swCertNo, swCertDate,
    category: p.category, postClass: postClassOf(p.positions), positions: p.positions,
    streetCode: c.streetCode, communityCode: c.code,
    recruitLevel: p.role === 'staff' ? (p.source !== '网格员转聘' && rng.chance(0.25) ? '市级' : '县级') : null,
    sourceChannel: p.source, formerFundingDept: p.source === '网格员转聘' ? fundingDept(ownCounty, rng) : null,
    workStartDate, communityStartDate, contractStart, contractEnd, probationEnd,
    status: p.trial ? '试用' : p.onLeave ? '离岗' : '在岗',
    nativePlace: rng.chance(0.97) ? nativeLabel : null,
    livesInCommunity: rng.chance(p.role === 'secretary' ? 0.55 : 0.45), // A3.3 就近就业
  };
}

/** Generate the workforce, ordered by community code with the 党组织书记 first in each community. */
export function generateDemoWorkforce(communities: DemoCommunity[], opts: { seed: number; today: string }): DemoWorker[] {
  const sorted = [...communities].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const shared = { today: opts.today, ids: new Set<string>(), phones: new Set<string>(), certs: new Set<string>() };
  const out: DemoWorker[] = [];
  for (const c of sorted) {
    const rng = new Rng(streamSeed(opts.seed, c.code));
    for (const p of planCommunity(c, rng)) out.push(makeWorker(p, c, { ...shared, rng }));
  }
  return out;
}

/** Fixed demo logins; accounts whose scope is absent from `communities` are skipped. */
export function demoAccounts(communities: DemoCommunity[], workers: DemoWorker[]): DemoAccount[] {
  const has = (prefix: string) => communities.some((c) => c.code.startsWith(prefix));
  const out: DemoAccount[] = [
    { username: 'admin', displayName: '系统管理员', role: 'system_admin', scopeCode: '' },
    { username: 'auditor', displayName: '安全审计员', role: 'auditor', scopeCode: '' },
    // 三员分立: the security administrator grants roles and scopes to the accounts the system administrator opens.
    { username: 'anquan', displayName: '安全管理员', role: 'security_admin', scopeCode: '' },
  ];
  if (has('3709')) out.push({ username: 'taian', displayName: '泰安市委社会工作部', role: 'swb_admin', scopeCode: '3709' });
  if (has('370902')) out.push({ username: 'taishan', displayName: '泰山区委社会工作部', role: 'swb_admin', scopeCode: '370902' });
  if (has('370902')) out.push({ username: 'yingji', displayName: '泰山区应急管理局', role: 'department', scopeCode: '370902' });
  if (has('370902001')) out.push({ username: 'daimiao', displayName: '岱庙街道', role: 'street_admin', scopeCode: '370902001' });
  if (has('370902002')) out.push({ username: 'caiyuan', displayName: '财源街道', role: 'street_admin', scopeCode: '370902002' });
  const first = communities.filter((c) => c.code.startsWith('370902001')).sort((a, b) => (a.code < b.code ? -1 : 1))[0];
  if (first) {
    const sec = workers.findIndex((w) => w.communityCode === first.code && w.positions.includes('党组织书记'));
    const inCommunity = (w: DemoWorker) => w.communityCode === first.code && w.category === '社区专职工作人员';
    let staff = workers.findIndex((w) => inCommunity(w) && w.status === '在岗');
    if (staff < 0) staff = workers.findIndex(inCommunity);
    const s = workers[sec], w = workers[staff];
    if (s) out.push({ username: 'shuji', displayName: `${s.name}（${first.name}书记）`, role: 'community_secretary', scopeCode: first.code, workerIndex: sec });
    if (w) out.push({ username: 'gongzuozhe', displayName: w.name, role: 'worker', scopeCode: first.code, workerIndex: staff });
  }
  return out;
}
