// Burden-reduction lists (A17.1). Product data every installation needs: the national list of certificates
// communities no longer issue (民政部等六部门 2020, first batch of 20). Demo data at 泰山区 (370902): an example
// matter-access list after 郑州二七区 (依法履职 / 依法协助, the five forbidden areas as 负面清单 examples), a
// 咸宁-style local certificate list, signboards, certificates, apps and groups, and the district's limits.
import { and, count, eq, like, ne } from 'drizzle-orm';
import { addDaysIso } from '@cwp/domain/dates';
import { BORROWER_LEVEL_LABELS, SECONDMENT_WORKFLOW } from '@cwp/domain/burden';
import type { Db } from '../db/database.ts';
import { burdenAbolishedCertificates, burdenCertificates, burdenMatters, burdenMatterVersions, burdenPlatforms, burdenSecondments, burdenSettings, burdenSignboards } from '../db/schema-burden.ts';
import { orgUnits, users, workers, workflowRequests } from '../db/schema.ts';

export const NATIONAL_CERTIFICATE_LIST = '不应由基层群众性自治组织出具的证明事项（首批）';
const NATIONAL_SOURCE = '民政部等六部门《关于改进和规范基层群众性自治组织出具证明工作的指导意见》2020；条目据公开报道（人民法院报）和地方清单整理，部署前请与原文逐条核对';

/** The 20 items of the national first batch as commonly reported (rules.md §7). */
export const NATIONAL_ABOLISHED_CERTIFICATES = [
  '出生证明',
  '亲属关系证明',
  '居民身份信息证明',
  '户口登记项目内容变更更正证明',
  '婚姻状况证明',
  '居民养犬证明',
  '健在证明',
  '死亡证明',
  '市场主体住所（经营场所）证明',
  '参保人员资格证明',
  '领取养老金资格认证证明',
  '就业失业状况证明',
  '证件遗失证明',
  '无犯罪记录证明',
  '收入证明',
  '财产状况证明',
  '疾病状况证明',
  '残疾状况证明',
  '居住无人证明',
  '直系血亲关系证明',
] as const;

/** Both modes: inserted once (the table is empty on first start; later starts find it). */
export async function seedNationalBurdenLists(db: Db): Promise<void> {
  const [row] = await db.select({ n: count() }).from(burdenAbolishedCertificates).where(eq(burdenAbolishedCertificates.listName, NATIONAL_CERTIFICATE_LIST));
  if (Number(row?.n ?? 0) > 0) return;
  await db.insert(burdenAbolishedCertificates).values(NATIONAL_ABOLISHED_CERTIFICATES.map((name) => ({ listName: NATIONAL_CERTIFICATE_LIST, ownerCode: '', name, source: NATIONAL_SOURCE })));
}

const DEMO_COUNTY = '370902';
const FROM = '2025-01-01';
const APPROVED_BY = '泰山区委社会工作部（区减负领导小组审定）';

type M = [kind: '依法履职' | '依法协助' | '负面清单', name: string, area: string, basis: string, dept: string];
/** After 郑州二七区: statutory duties, statutory assistance, and the five forbidden areas as negative-list examples. */
export const DEMO_MATTERS: readonly M[] = [
  ['依法履职', '召开居民会议、居民代表会议', '其他', '《城市居民委员会组织法》第十条', '区民政局'],
  ['依法履职', '居务公开和民主评议', '其他', '《城市居民委员会组织法》第十条', '区民政局'],
  ['依法履职', '社区人民调解', '其他', '《人民调解法》第八条', '区司法局'],
  ['依法履职', '社区治安保卫和群防群治', '其他', '《城市居民委员会组织法》第十三条', '区公安分局'],
  ['依法履职', '社区公共卫生与环境卫生自治管理', '其他', '《城市居民委员会组织法》第三条', '区卫生健康局'],
  ['依法履职', '居民公约制定和修订', '其他', '《城市居民委员会组织法》第十五条', '区民政局'],
  ['依法协助', '最低生活保障申请受理协助', '其他', '《社会救助暂行办法》第十一条', '区民政局'],
  ['依法协助', '退役军人服务保障协助', '其他', '《退役军人保障法》第七条', '区退役军人事务局'],
  ['依法协助', '社区矫正协助', '其他', '《社区矫正法》第十二条', '区司法局'],
  ['依法协助', '城乡居民医疗保险参保宣传', '其他', '《社会保险法》第二十五条', '区医疗保障局'],
  ['依法协助', '人口普查和经济普查入户协助', '其他', '《统计法》第七条', '区统计局'],
  ['依法协助', '安全隐患排查报告', '安全生产', '《安全生产法》第七十六条（协助发现和报告）', '区应急管理局'],
  ['依法协助', '防汛防灾避险转移协助', '安全生产', '《突发事件应对法》第五十五条', '区应急管理局'],
  ['依法协助', '违法建设巡查发现报告', '拆迁拆违', '《城乡规划法》第六十四条（协助发现和报告）', '区住房和城乡建设局'],
  ['依法协助', '环境卫生问题发现报告', '环境整治', '《城市市容和环境卫生管理条例》', '区城市管理局'],
  ['负面清单', '行政执法检查和处罚', '行政执法', '意见：不得将社区作为行政执法责任主体', '—'],
  ['负面清单', '违法建筑拆除和征收拆迁', '拆迁拆违', '意见：不得将社区作为拆迁拆违责任主体', '—'],
  ['负面清单', '环境整治考核排名责任', '环境整治', '意见：不得将社区作为环境整治责任主体', '—'],
  ['负面清单', '城市管理执法巡查责任', '城市管理', '意见：不得将社区作为城市管理责任主体', '—'],
  ['负面清单', '安全生产监管责任', '安全生产', '意见：不得将社区作为安全生产责任主体', '—'],
];

/** A 咸宁-style local list: certificates the district stopped communities from issuing on top of the national list. */
const DEMO_LOCAL_LIST = '泰山区取消社区证明事项清单（示例，参照咸宁）';
const DEMO_LOCAL_CERTIFICATES = ['独生子女证明', '夫妻关系证明', '非医学死亡证明', '家庭关系证明', '居住证明（已办居住证的）', '房屋产权证明', '生育状况证明', '经济困难证明（已纳入救助系统的）'];

export async function seedDemoBurden(db: Db, opts: { today: string }): Promise<void> {
  const [exists] = await db.select({ n: count() }).from(burdenMatters).where(eq(burdenMatters.ownerCode, DEMO_COUNTY));
  if (Number(exists?.n ?? 0) > 0) return;
  const [county] = await db.select({ code: orgUnits.code }).from(orgUnits).where(eq(orgUnits.code, DEMO_COUNTY));
  if (!county) return;
  const matters = await db
    .insert(burdenMatters)
    .values(DEMO_MATTERS.map(([kind, name, area, legalBasis, requestingDept]) => ({ kind, name, area, legalBasis, requestingDept, approvingBody: APPROVED_BY, ownerCode: DEMO_COUNTY, effectiveFrom: FROM })))
    .returning();
  await db.insert(burdenMatterVersions).values(matters.map(({ createdAt: _c, updatedAt: _u, ...m }) => ({ matterId: m.id, version: 1, snapshot: m, changedByName: '系统初始化', reason: '示例清单（参照郑州二七区）' })));
  await db.insert(burdenAbolishedCertificates).values(DEMO_LOCAL_CERTIFICATES.map((name) => ({ listName: DEMO_LOCAL_LIST, ownerCode: DEMO_COUNTY, name, source: '示例数据：参照咸宁取消证明 37 项的做法（通山县网）' })));
  await db.insert(burdenSettings).values({ ownerCode: DEMO_COUNTY, maxExternalSignboards: 2, maxCertificates: 6, maxPlatforms: 6, updatedByName: '系统初始化' });

  const communities = await db
    .select({ code: orgUnits.code })
    .from(orgUnits)
    .where(and(eq(orgUnits.level, 'community'), like(orgUnits.code, `${DEMO_COUNTY}001%`)))
    .orderBy(orgUnits.code)
    .limit(4);
  const boards = communities.flatMap((c, i) => [
    { communityCode: c.code, name: '社区党组织', issuingDept: '区委组织部', kind: '内设', approved: true },
    { communityCode: c.code, name: '社区居民委员会', issuingDept: '区民政局', kind: '内设', approved: true },
    { communityCode: c.code, name: '新时代文明实践站', issuingDept: '区委宣传部', kind: '外挂', approved: true },
    ...(i === 0
      ? [
          { communityCode: c.code, name: '平安建设工作站', issuingDept: '区委政法委', kind: '外挂', approved: false },
          { communityCode: c.code, name: '消防安全工作站', issuingDept: '区应急管理局', kind: '外挂', approved: false },
        ]
      : []),
  ]);
  if (boards.length) await db.insert(burdenSignboards).values(boards.map((b) => ({ ...b, recordedByName: '系统初始化' })));
  const certs = communities.flatMap((c) => [
    { communityCode: c.code, name: '居（租）住证明', basis: '肇庆正面清单：居民确需的居住事实由社区核实出具' },
    { communityCode: c.code, name: '贫困学生证明', basis: '肇庆正面清单：助学申请' },
    { communityCode: c.code, name: '党员报到反馈', basis: '山西村级五类证明之一' },
  ]);
  if (certs.length) await db.insert(burdenCertificates).values(certs.map((c) => ({ ...c, recordedByName: '系统初始化' })));
  await db.insert(burdenPlatforms).values(
    (
      [
        ['app', '泰安市网格化服务管理平台', '市委政法委', '网格事件上报', '3709'],
        ['报表系统', '民政统计直报系统', '区民政局', '民政数据月报', DEMO_COUNTY],
        ['公众号', '泰山区社区服务公众号', '区委社会工作部', '政策发布和居民服务', DEMO_COUNTY],
        ['工作群', '泰山区社区书记工作群', '区委社会工作部', '工作通知', DEMO_COUNTY],
        ['app', '区应急管理隐患排查 App', '区应急管理局', '隐患上报打卡', DEMO_COUNTY],
        ['工作群', '岱庙街道创城督导群', '岱庙街道', '创城任务调度', `${DEMO_COUNTY}001`],
        ['报表系统', '岱庙街道防疫台账系统', '岱庙街道', '历史台账（待清理）', `${DEMO_COUNTY}001`],
      ] as const
    ).map(([kind, name, ownerDept, purpose, servedPrefix]) => ({ kind, name, ownerDept, purpose, servedPrefix, recordedByName: '系统初始化' })),
  );
  await seedDemoSecondment(db, opts.today);
}

/** One approved secondment (a 岱庙街道 worker at the street's office), so the effective headcount shows the rule. */
async function seedDemoSecondment(db: Db, today: string): Promise<void> {
  const [street] = await db.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.username, 'daimiao'));
  const [w] = await db
    .select({ id: workers.id, name: workers.name, communityCode: workers.communityCode })
    .from(workers)
    .where(and(like(workers.communityCode, `${DEMO_COUNTY}001003%`), ne(workers.status, '已退出')))
    .orderBy(workers.id)
    .limit(1);
  if (!street || !w) return;
  const start = addDaysIso(today, -20);
  const end = addDaysIso(today, 70);
  const borrower = '岱庙街道党政综合办公室';
  const state = {
    status: 'approved',
    stepIndex: 1,
    stepSince: addDaysIso(today, -22),
    records: [
      { step: null, action: 'submit', by: street.name, at: addDaysIso(today, -25), comment: '街道综治中心迎检，需短期借调' },
      { step: 'county_swb', action: 'approve', by: '泰山区委社会工作部', at: addDaysIso(today, -22), comment: '同意，期满按时返岗' },
    ],
  };
  const [req] = await db
    .insert(workflowRequests)
    .values({ kind: 'secondment', subjectWorkerId: w.id, subjectCode: w.communityCode, requesterUserId: street.id, requesterName: street.name, title: `借调 ${w.name} 至 ${borrower}（${BORROWER_LEVEL_LABELS.street}，${start} 至 ${end}）`, definition: SECONDMENT_WORKFLOW, state, status: 'approved', version: 2 })
    .returning({ id: workflowRequests.id });
  await db.insert(burdenSecondments).values({ requestId: req!.id, workerId: w.id, communityCode: w.communityCode, borrowingOrgName: borrower, borrowingOrgLevel: 'street', startDate: start, endDate: end, reason: '街道综治中心迎检，需短期借调' });
}
