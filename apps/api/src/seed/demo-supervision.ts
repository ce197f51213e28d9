// Demo supervision data (A11) for 泰山区: talks, a conduct note, commitments, duties and a published public
// page for 370902001001; 三务公开 records for every community of its street over the last four ended
// quarters, with 370902001001's 财务 disclosure missing in the latest; a 任中 audit of its secretary with
// one finding under rectification, one overdue and one rectified; and, in a neighbouring community, a
// 一肩挑 secretary who stopped being 居委会主任 at the last election without a 离任 audit. Relative to today.
import { and, eq, like, ne, sql } from 'drizzle-orm';
import { addDaysIso } from '@cwp/domain/dates';
import { DISCLOSURE_KINDS, quarterEnd, quarterOf } from '@cwp/domain/supervision';
import type { Db } from '../db/database.ts';
import { conductNotes, orgUnits, workerHistory, workers } from '../db/schema.ts';
import { affairsDisclosures, auditFindings, communityPublicPages, dutyDisclosures, economicAudits, serviceCommitments, supervisionTalks } from '../db/schema-supervision.ts';
import { recordWorkerChange } from '../modules/stats/stats-maintenance.ts';

export const DEMO_SUPERVISION_COMMUNITY = '370902001001';
const STREET = DEMO_SUPERVISION_COMMUNITY.slice(0, 9);
const BY = '岱庙街道（系统初始化）';

const COMMITMENTS = [
  '工作日 8:30—17:30 全岗通窗口服务，午间和周末轮流值班，群众来访有人接待',
  '居民诉求当日受理，一般事项 3 个工作日内答复，复杂事项 7 个工作日内答复',
  '高龄、残疾等行动不便居民的证明事项，网格员预约上门代办',
  '不推诿、不刁难、不吃拿卡要，一次性告知办事所需材料',
  '社区事务、财务每季度公开，接受居务监督委员会和居民监督',
];
const DUTY_BY_POSITION: Record<string, string> = {
  党组织书记: '主持社区党组织全面工作，负责党建引领基层治理、班子和队伍建设、重大事项决策',
  居委会主任: '主持居委会工作，组织居民自治、协助街道做好公共服务，落实居民会议决定',
  社区服务站站长: '负责党群服务中心（服务站）日常运行，统筹全岗通窗口和代办服务',
  网格员: '负责所包网格的入户走访、信息采集、矛盾排查和民生诉求上报',
};

function quartersBefore(today: string, n: number): string[] {
  const out: string[] = [];
  let q = quarterOf(today);
  while (out.length < n) {
    const y = Number(q.slice(0, 4));
    const k = Number(q.slice(-1));
    q = k === 1 ? `${y - 1}-Q4` : `${y}-Q${k - 1}`;
    out.push(q);
  }
  return out.reverse();
}

export async function seedDemoSupervision(db: Db, opts: { today: string }): Promise<void> {
  const { today } = opts;
  const staff = await db
    .select({ id: workers.id, name: workers.name, positions: workers.positions })
    .from(workers)
    .where(and(eq(workers.communityCode, DEMO_SUPERVISION_COMMUNITY), ne(workers.status, '已退出')))
    .orderBy(workers.id);
  if (staff.length < 5) return;
  const secretary = staff.find((w) => w.positions.includes('党组织书记')) ?? staff[0]!;
  const others = staff.filter((w) => w.id !== secretary.id);
  const day = (n: number) => addDaysIso(today, -n);

  // A11.1 talks: routine, a 诫勉 and a 提醒 with an overdue follow-up, a pre-appointment talk.
  await db.insert(supervisionTalks).values([
    { workerId: secretary.id, talkedOn: day(300), talkerName: '王建国', talkerRole: '岱庙街道党工委副书记', kind: '任前', topics: ['廉洁自律', '班子团结'], content: '任前廉政谈话：明确社区党组织书记的职责边界和廉洁要求，提醒严格执行“四议两公开”。', followUp: '', nextTalkOn: null, recordedBy: BY },
    { workerId: others[1]!.id, talkedOn: day(75), talkerName: '王建国', talkerRole: '岱庙街道党工委副书记', kind: '诫勉', topics: ['工作作风', '群众纪律'], content: '居民多次反映办理居住证明时推诿，经核实属实。进行诫勉谈话，本人表示接受并作出书面检查。', followUp: '三个月内每月向社区书记报告整改情况', nextTalkOn: day(-15), recordedBy: BY },
    { workerId: others[2]!.id, talkedOn: day(120), talkerName: secretary.name, talkerRole: '社区党组织书记', kind: '提醒', topics: ['考勤纪律'], content: '近一个月多次迟到早退，提醒遵守考勤制度，了解到家中老人住院，已协调调整网格走访时间。', followUp: '一个月后回访', nextTalkOn: day(90), recordedBy: BY },
    { workerId: others[3]!.id, talkedOn: day(30), talkerName: secretary.name, talkerRole: '社区党组织书记', kind: '日常', topics: ['思想动态', '职业发展'], content: '了解其备考社会工作者职业资格的情况，鼓励报名中级考试，社区在排班上给予支持。', followUp: '', nextTalkOn: null, recordedBy: BY },
  ]);
  await db.insert(conductNotes).values({ workerId: others[4]!.id, occurredOn: day(40), kind: '服务态度', description: '在服务大厅与前来咨询的居民发生争执，被居民投诉', followUp: '', resolved: false, recordedBy: BY });

  // A11.2 commitments, duties of everyone in post, page published.
  await db.insert(serviceCommitments).values(COMMITMENTS.map((content) => ({ communityCode: DEMO_SUPERVISION_COMMUNITY, content, effectiveFrom: `${today.slice(0, 4)}-01-01`, recordedBy: BY })));
  await db.insert(dutyDisclosures).values(
    staff.map((w) => {
      const main = w.positions.find((p) => DUTY_BY_POSITION[p]) ?? w.positions[0] ?? '一般工作人员';
      return { workerId: w.id, post: w.positions.length ? w.positions.join('、') : '社区专职工作人员', duty: DUTY_BY_POSITION[main] ?? '负责社区综合窗口受理、居民事务代办和分工的条线工作', updatedBy: BY };
    }),
  );
  await db.insert(communityPublicPages).values({ communityCode: DEMO_SUPERVISION_COMMUNITY, published: true, changedBy: BY });

  // A11.2 三务公开 for the street's communities, the demo community's latest 财务 left out.
  const communities = await db.select({ code: orgUnits.code }).from(orgUnits).where(and(eq(orgUnits.level, 'community'), like(orgUnits.code, `${STREET}%`)));
  const quarters = quartersBefore(today, 4);
  const latest = quarters.at(-1)!;
  const rows: (typeof affairsDisclosures.$inferInsert)[] = [];
  const TITLES: Record<string, string> = { 党务: '党组织建设与党员发展情况', 居务: '民生事项办理与低保救助情况', 财务: '社区收支与惠民资金使用情况' };
  for (const c of communities)
    for (const quarter of quarters)
      for (const kind of DISCLOSURE_KINDS) {
        if (c.code === DEMO_SUPERVISION_COMMUNITY && quarter === latest && kind === '财务') continue;
        const disclosedOn = addDaysIso(quarterEnd(quarter), 8);
        if (disclosedOn > today) continue;
        const checked = quarter !== latest;
        rows.push({ communityCode: c.code, kind, period: quarter, title: `${quarter.replace('-Q', '年第')}季度${TITLES[kind]}`, summary: `按规定公开${TITLES[kind]}，接受居民监督。`, disclosedOn, channel: kind === '财务' ? '公开栏' : '线上', checkedOn: checked ? addDaysIso(disclosedOn, 10) : null, checkedBy: checked ? BY : null, checkResult: checked ? '合格' : null, recordedBy: BY });
      }
  for (let k = 0; k < rows.length; k += 500) await db.insert(affairsDisclosures).values(rows.slice(k, k + 500));

  // A11.3 a 任中 audit of the secretary: one finding under rectification, one overdue, one rectified.
  const [audit] = await db
    .insert(economicAudits)
    .values({ workerId: secretary.id, communityCode: DEMO_SUPERVISION_COMMUNITY, position: '党组织书记', kind: '任中', periodFrom: `${Number(today.slice(0, 4)) - 3}-01-01`, periodTo: `${Number(today.slice(0, 4)) - 1}-12-31`, auditBody: '泰山区审计局', startedOn: day(150), reportedOn: day(110), recordedBy: BY })
    .returning();
  await db.insert(auditFindings).values([
    { auditId: audit!.id, category: '惠民资金', description: '社区惠民资金项目未按规定履行“四议两公开”程序', amount: 48000, rectifyBy: day(30), status: '整改中', updatedBy: BY },
    { auditId: audit!.id, category: '财务收支', description: '部分支出凭证附件不全，缺少验收单', amount: 12650.5, rectifyBy: day(-20), status: '整改中', evidence: '已补齐 6 张中的 4 张', updatedBy: BY },
    { auditId: audit!.id, category: '资产资源', description: '社区用房出租未签订书面合同', amount: null, rectifyBy: day(60), status: '已整改', evidence: '已补签租赁合同并在公开栏公示', rectifiedOn: day(70), updatedBy: BY },
  ]);

  // A11.3 a 一肩挑 secretary next door no longer 居委会主任 since the election, with no 离任 audit yet.
  const [both] = await db
    .select()
    .from(workers)
    .where(and(like(workers.communityCode, `${STREET}%`), ne(workers.communityCode, DEMO_SUPERVISION_COMMUNITY), ne(workers.status, '已退出'), sql`${workers.positions} @> array['党组织书记', '居委会主任']::text[]`))
    .orderBy(workers.communityCode)
    .limit(1);
  if (both) {
    const positions = both.positions.filter((p) => p !== '居委会主任');
    const [after] = await db.update(workers).set({ positions, version: both.version + 1, updatedAt: new Date() }).where(eq(workers.id, both.id)).returning();
    await recordWorkerChange(db, both, after!);
    await db.insert(workerHistory).values({ workerId: both.id, kind: 'updated', occurredOn: day(45), actorName: BY, source: 'seed', summary: '居委会换届：不再兼任居委会主任', changes: [{ field: 'positions', label: '职务', before: both.positions, after: positions }] });
  }
}
