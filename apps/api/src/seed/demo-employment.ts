// Demo employment records on top of the 泰安 demo workforce (demo mode only): labour contracts with their
// renewal chains and 五险一金 for every serving worker, secretary filings, and officials placed in communities.
// 岱庙街道 (370902001), where the demo logins work, gets the cases the pages flag: a probation screening due
// soon and one overdue, a contract expiring and one expired, a worker with no contract, a secretary whose
// filing waits for the county, one never filed, and placements.
import { and, eq, inArray, like, ne, sql } from 'drizzle-orm';
import { addDaysIso } from '@cwp/domain/dates';
import { addMonthsIso, secretaryFilingWorkflow } from '@cwp/domain/employment';
import { copyObjects } from '../db/copy-objects.ts';
import type { Database } from '../db/database.ts';
import { communityPlacements, employmentTerms, labourContracts, secretaryFilings } from '../db/schema-employment.ts';
import { orgUnits, users, workerHistory, workers, workflowRequests } from '../db/schema.ts';

const FOCUS_STREET = '370902001';
const SEED_ACTOR = '系统初始化';

export interface DemoEmploymentReport {
  contracts: number;
  filings: number;
  placements: number;
}

type W = {
  id: number;
  name: string;
  category: string;
  positions: string[];
  status: string;
  streetCode: string;
  communityCode: string;
  communityStartDate: string;
  contractStart: string | null;
  contractEnd: string | null;
  probationEnd: string | null;
};

export async function seedDemoEmployment(database: Database, opts: { city: string; today: string }): Promise<DemoEmploymentReport> {
  const { db } = database;
  const { today } = opts;
  const all: W[] = await db
    .select({
      id: workers.id,
      name: workers.name,
      category: workers.category,
      positions: workers.positions,
      status: workers.status,
      streetCode: workers.streetCode,
      communityCode: workers.communityCode,
      communityStartDate: workers.communityStartDate,
      contractStart: workers.contractStart,
      contractEnd: workers.contractEnd,
      probationEnd: workers.probationEnd,
    })
    .from(workers)
    .where(and(like(workers.communityCode, `${opts.city}%`), ne(workers.status, '已退出')))
    .orderBy(workers.id);
  const focus = all.filter((w) => w.streetCode === FOCUS_STREET);
  const focusStaff = focus.filter((w) => w.category === '社区专职工作人员' && w.contractStart);

  // ── A9.3 probation: one screening due within the month, one past its end date without a result ──
  const onProbation = (focus.some((w) => w.status === '试用') ? focus : all).filter((w) => w.status === '试用').sort((a, b) => (a.communityStartDate < b.communityStartDate ? -1 : 1));
  const [overdue, dueSoon] = onProbation;
  if (overdue) await setProbationEnd(database, overdue, addDaysIso(today, -5));
  if (dueSoon) await setProbationEnd(database, dueSoon, addDaysIso(today, 12));

  // ── A12.2 contracts: the current 3-year contract from the register, and the ones it renewed ──
  const regular = focusStaff.filter((w) => w.status === '在岗');
  const expiring = regular[1];
  const expired = regular[2];
  const noContract = regular[3];
  const moved = new Map<number, { start: string; end: string | null }>();
  if (expiring) moved.set(expiring.id, { start: addMonthsIso(addDaysIso(today, 21), -36), end: addDaysIso(today, 20) });
  if (expired) moved.set(expired.id, { start: addMonthsIso(addDaysIso(today, -14), -36), end: addDaysIso(today, -15) });
  if (noContract) moved.set(noContract.id, { start: '', end: null });

  // A secretary on a 事业编 post: neither a contract with the street nor 五险一金 through it applies.
  const civilPost = focus.find((w) => w.positions.includes('党组织书记') && w.communityCode === [...new Set(focus.map((x) => x.communityCode))].sort()[3]);
  if (civilPost) moved.set(civilPost.id, { start: '', end: null });

  type ContractRow = typeof labourContracts.$inferInsert & { id: number };
  const contracts: ContractRow[] = [];
  const seq = new Map<string, number>();
  const contractNo = (street: string, start: string) => {
    const key = `${street}-${start.slice(0, 4)}`;
    const n = (seq.get(key) ?? 0) + 1;
    seq.set(key, n);
    return `${street.slice(6)}-${start.slice(0, 4)}-${String(n).padStart(4, '0')}`;
  };
  for (const w of all) {
    const m = moved.get(w.id);
    // Two-committee members have no contract dates on the demo register; they sign 3-year terms too.
    const own = w.contractStart ? { start: w.contractStart, end: w.contractEnd } : currentTerm(w.communityStartDate, today);
    const start = m ? m.start : own.start;
    const end = m ? m.end : own.end;
    if (!start) continue;
    // Earlier 3-year terms back to the community start, oldest first, each renewed by the next.
    const starts = [start];
    while (addMonthsIso(starts[0]!, -36) >= w.communityStartDate) starts.unshift(addMonthsIso(starts[0]!, -36));
    let previousId: number | null = null;
    starts.forEach((s, i) => {
      const last = i === starts.length - 1;
      const id = contracts.length + 1;
      contracts.push({
        id,
        workerId: w.id,
        employerCode: w.streetCode,
        contractNo: contractNo(w.streetCode, s),
        kind: '固定期限',
        startDate: s,
        endDate: last ? end : addDaysIso(starts[i + 1]!, -1),
        signedOn: addDaysIso(s, -7),
        previousId,
        note: '',
        recordedByUserId: null,
        recordedByName: SEED_ACTOR,
      });
      previousId = id;
    });
  }
  await copyObjects(database, labourContracts, 'labour_contracts', contracts);
  await db.execute(sql`select setval(pg_get_serial_sequence('labour_contracts', 'id'), ${Math.max(contracts.length, 1)})`);
  // The register mirrors each worker's current contract.
  await db.execute(sql`update workers w set contract_start = c.start_date, contract_end = c.end_date from labour_contracts c
    where c.worker_id = w.id and not exists (select 1 from labour_contracts s where s.previous_id = c.id)
      and (w.contract_start is distinct from c.start_date or w.contract_end is distinct from c.end_date)`);
  for (const [id, m] of moved) if (!m.start) await db.update(workers).set({ contractStart: null, contractEnd: null }).where(eq(workers.id, id));

  // 五险一金 for everyone under contract; one 事业编 secretary for whom neither applies.
  const contracted = new Set(contracts.map((c) => c.workerId));
  const terms: (typeof employmentTerms.$inferInsert)[] = all
    .filter((w) => contracted.has(w.id))
    .map((w) => ({
      workerId: w.id,
      applicable: true,
      notApplicableReason: null,
      pension: true,
      medical: true,
      unemployment: true,
      injury: true,
      maternity: true,
      housingFund: w.id % 9 !== 0, // some streets are still catching up on the housing fund
      baseMonth: `${today.slice(0, 4)}-01`,
      updatedByName: SEED_ACTOR,
    }));
  if (civilPost) terms.push({ workerId: civilPost.id, applicable: false, notApplicableReason: '事业编制人员（街道便民服务中心在编，派驻社区任书记）', pension: false, medical: false, unemployment: false, injury: false, maternity: false, housingFund: false, baseMonth: null, updatedByName: SEED_ACTOR });
  await copyObjects(database, employmentTerms, 'employment_terms', terms);

  const filings = await seedFilings(database, all, today);
  const placements = await seedPlacements(database, focus, today);
  return { contracts: contracts.length, filings, placements };
}

/** The 3-year term covering today, counted from the community start date. */
function currentTerm(from: string, today: string): { start: string; end: string } {
  let start = from;
  while (addMonthsIso(start, 36) <= today) start = addMonthsIso(start, 36);
  return { start, end: addDaysIso(addMonthsIso(start, 36), -1) };
}

async function setProbationEnd(database: Database, w: W, end: string) {
  await database.db.update(workers).set({ probationEnd: end }).where(eq(workers.id, w.id));
}

/**
 * A9.4: every serving secretary filed and acknowledged by the county, except in 岱庙街道 where the second
 * community's filing waits for 泰山区 and the third community's secretary was never filed.
 */
async function seedFilings(database: Database, all: W[], today: string): Promise<number> {
  const { db } = database;
  const secretaries = all.filter((w) => w.positions.includes('党组织书记'));
  const focusCommunities = [...new Set(all.filter((w) => w.streetCode === FOCUS_STREET).map((w) => w.communityCode))].sort();
  const pendingCommunity = focusCommunities[1];
  const unfiledCommunity = focusCommunities[2];
  const counties = new Map((await db.select({ code: orgUnits.code, name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.level, 'county'))).map((u) => [u.code, u.name]));
  const streets = new Map((await db.select({ code: orgUnits.code, name: orgUnits.name }).from(orgUnits).where(inArray(orgUnits.code, [...new Set(secretaries.map((w) => w.streetCode))]))).map((u) => [u.code, u.name]));
  const [daimiao] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'daimiao')).limit(1);
  const def = secretaryFilingWorkflow();
  const chosen = secretaries.filter((w) => w.communityCode !== unfiledCommunity);
  if (chosen.length === 0) return 0;
  const rows = chosen.map((w) => {
    const pending = w.communityCode === pendingCommunity;
    const appointedOn = pending ? addDaysIso(today, -20) : w.communityStartDate;
    const submittedOn = pending ? addDaysIso(today, -3) : addDaysIso(appointedOn, 10) > today ? today : addDaysIso(appointedOn, 10);
    const streetName = streets.get(w.streetCode) ?? w.streetCode;
    const submit = { step: null, action: 'submit', by: streetName, at: submittedOn, comment: '' };
    const state = pending
      ? { status: 'pending', stepIndex: 0, stepSince: submittedOn, records: [submit] }
      : { status: 'approved', stepIndex: 1, stepSince: submittedOn, records: [submit, { step: 'county', action: 'approve', by: `${counties.get(w.communityCode.slice(0, 6)) ?? ''}委社会工作部`, at: submittedOn, comment: '备案确认' }] };
    return {
      w,
      appointedOn,
      request: {
        kind: 'secretary_filing',
        subjectWorkerId: w.id,
        subjectCode: w.communityCode,
        // Seeded filings of other streets have no requesting account; 0 matches no user.
        requesterUserId: w.streetCode === FOCUS_STREET && daimiao ? daimiao.id : 0,
        requesterName: streetName,
        title: `${w.name}（党组织书记）任职备案`,
        definition: def,
        state,
        status: state.status,
      },
    };
  });
  const inserted = await db.insert(workflowRequests).values(rows.map((r) => r.request)).returning({ id: workflowRequests.id });
  await db.insert(secretaryFilings).values(rows.map((r, i) => ({ requestId: inserted[i]!.id, workerId: r.w.id, communityCode: r.w.communityCode, appointedOn: r.appointedOn, documentNo: `${(streets.get(r.w.streetCode) ?? '').slice(0, 1)}党任〔${r.appointedOn.slice(0, 4)}〕${String(i + 1).padStart(3, '0')}号`, note: '' })));
  const history = rows
    .filter((r) => r.request.status === 'approved')
    .map((r) => ({ workerId: r.w.id, kind: 'secretary_filed', occurredOn: r.request.state.stepSince, actorName: SEED_ACTOR, source: 'seed', summary: `社区党组织书记任职备案已确认（任职 ${r.appointedOn}）`, changes: [] }));
  await copyObjects(database, workerHistory, 'worker_history', history);
  return rows.length;
}

/** A3.4: two officials serving in 岱庙街道 communities now and one whose placement ended last month. */
async function seedPlacements(database: Database, focus: W[], today: string): Promise<number> {
  const communities = [...new Set(focus.map((w) => w.communityCode))].sort();
  if (communities.length === 0) return 0;
  const at = (i: number) => communities[Math.min(i, communities.length - 1)]!;
  const rows = [
    { personName: '郑志远', sourceUnit: '泰安市生态环境局', kind: '挂职', communityCode: at(0), startDate: addDaysIso(today, -90), endDate: addDaysIso(today, 275), tasks: '协助社区开展垃圾分类和环境整治，牵头老旧小区改造中的居民议事' },
    { personName: '孙嘉怡', sourceUnit: '泰山区人民政府办公室（2025 年新录用公务员）', kind: '新录用公务员到社区锻炼', communityCode: at(1), startDate: addDaysIso(today, -40), endDate: addDaysIso(today, 325), tasks: '在社区党群服务中心值守窗口，参与网格走访和为民办事代办' },
    { personName: '刘建国', sourceUnit: '国网泰安供电公司', kind: '任职', communityCode: at(0), startDate: addDaysIso(today, -400), endDate: addDaysIso(today, -30), tasks: '任社区党组织副书记（兼职），负责共驻共建和用电安全宣传' },
  ];
  await database.db.insert(communityPlacements).values(rows.map((r) => ({ ...r, recordedByName: SEED_ACTOR })));
  return rows.length;
}
