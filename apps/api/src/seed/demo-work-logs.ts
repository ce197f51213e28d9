// Demo work ledgers (A9.1) for 岱庙街道 (370902001): grids in every community with their 网格长/网格员 (one
// worker of 370902001001 left out of any grid, and one past assignment kept as history); in 370902001001
// a few dozen home visits over the last three months, pairs with linked visits, proxy services in every
// state including one open past its due date, and first inquiries; a handful of entries in the street's
// other communities. Deterministic and relative to today; residents are made up, phones stored masked.
import { and, asc, eq, like, ne } from 'drizzle-orm';
import { addDaysIso } from '@cwp/domain/dates';
import { PAIR_TYPES, PROXY_DUE_DAYS, VISIT_CATEGORIES } from '@cwp/domain/work-logs';
import type { Db } from '../db/database.ts';
import { orgUnits, users, workers } from '../db/schema.ts';
import { assistancePairs, firstInquiries, gridAssignments, grids, householdVisits, proxyServices } from '../db/schema-work-logs.ts';

export const DEMO_WORK_LOG_COMMUNITY = '370902001001';
const STREET = DEMO_WORK_LOG_COMMUNITY.slice(0, 9);
const BY = '系统初始化';
const ROADS = ['岱宗大街', '东岳大街', '通天街', '财源大街', '迎胜路'];
const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'];
const NOTES: Record<(typeof VISIT_CATEGORIES)[number], string> = {
  政策宣传: '宣传城乡居民医保缴费政策，讲解线上缴费步骤',
  矛盾调解: '楼上漏水引起邻里纠纷，约双方到社区协商，已达成维修意见',
  困难帮扶: '了解家庭收入变化，告知临时救助申请条件',
  安全隐患: '检查燃气软管老化情况，提醒更换并留存照片',
  民意收集: '收集对小区加装电梯和停车管理的意见',
  其他: '核实常住人口信息，更新网格台账',
};

const address = (i: number) => `${ROADS[i % ROADS.length]}${(i % 40) + 11}号${(i % 6) + 1}单元${(i % 5) + 1}0${(i % 2) + 1}`;
const resident = (i: number) => `${SURNAMES[i % SURNAMES.length]}${['秀英', '建华', '玉兰', '志强', '桂芳', '国庆'][i % 6]}`;
const maskedPhone = (i: number) => `13${(i % 9) + 1}****${String(1000 + ((i * 37) % 9000)).slice(-4)}`;

async function staffOf(db: Db, community: string) {
  return db
    .select({ id: workers.id, name: workers.name, positions: workers.positions })
    .from(workers)
    .where(and(eq(workers.communityCode, community), ne(workers.status, '已退出')))
    .orderBy(asc(workers.id));
}

/** Grids of one community with its staff spread over them; `leaveOut` workers serve no grid. */
async function seedGrids(db: Db, community: string, staff: { id: number }[], count: number, today: string, leaveOut: number[]) {
  const made = await db
    .insert(grids)
    .values(
      Array.from({ length: count }, (_, i) => ({
        communityCode: community,
        number: String(i + 1).padStart(2, '0'),
        name: `第${'一二三四五六'[i]}网格`,
        households: 260 + ((i * 97 + Number(community.slice(-2)) * 13) % 240),
        buildings: `${ROADS[i % ROADS.length]}片区 ${i * 4 + 1}—${i * 4 + 4} 号楼`,
        createdBy: BY,
      })),
    )
    .returning({ id: grids.id });
  const serving = staff.filter((w) => !leaveOut.includes(w.id));
  if (made.length === 0) return made;
  await db.insert(gridAssignments).values(
    serving.map((w, i) => ({
      gridId: made[i % made.length]!.id,
      workerId: w.id,
      role: i < made.length ? '网格长' : '网格员',
      startedOn: addDaysIso(today, -400 + i * 7),
      assignedBy: BY,
    })),
  );
  return made;
}

export async function seedDemoWorkLogs(db: Db, opts: { today: string }): Promise<void> {
  const { today } = opts;
  const day = (n: number) => addDaysIso(today, -n);
  const staff = await staffOf(db, DEMO_WORK_LOG_COMMUNITY);
  if (staff.length < 4) return;
  const [me] = await db.select({ workerId: users.workerId }).from(users).where(eq(users.username, 'gongzuozhe'));
  const secretary = staff.find((w) => w.positions.includes('党组织书记')) ?? staff[0]!;
  // The secretary oversees every grid; the last other worker is left without one (the page flags it).
  const workersOnly = staff.filter((w) => w.id !== secretary.id);
  const unassigned = workersOnly.filter((w) => w.id !== me?.workerId).at(-1)!;
  const made = await seedGrids(db, DEMO_WORK_LOG_COMMUNITY, workersOnly, Math.min(4, Math.max(1, workersOnly.length - 1)), today, [unassigned.id]);
  // History: the unassigned worker served the first grid until two months ago.
  await db.insert(gridAssignments).values({ gridId: made[0]!.id, workerId: unassigned.id, role: '网格员', startedOn: day(500), endedOn: day(60), assignedBy: BY, endedBy: BY });

  const gridOf = new Map((await db.select({ workerId: gridAssignments.workerId, gridId: gridAssignments.gridId, endedOn: gridAssignments.endedOn }).from(gridAssignments)).filter((a) => a.endedOn === null).map((a) => [a.workerId, a.gridId]));
  const visitors = workersOnly.filter((w) => w.id !== unassigned.id);

  // Pairs: the first five visitors each with a household in need; one pairing ended last month.
  const pairs = await db
    .insert(assistancePairs)
    .values(
      visitors.slice(0, 5).map((w, i) => ({
        communityCode: DEMO_WORK_LOG_COMMUNITY,
        workerId: w.id,
        personName: resident(i + 20),
        address: address(i + 20),
        needType: PAIR_TYPES[i % PAIR_TYPES.length]!,
        startedOn: day(300 - i * 20),
        endedOn: i === 4 ? day(35) : null,
        notes: i === 0 ? '每月至少上门一次，代购药品' : '',
        recordedBy: BY,
      })),
    )
    .returning({ id: assistancePairs.id, workerId: assistancePairs.workerId, endedOn: assistancePairs.endedOn });

  // 42 visits over ~90 days; every fourth one is to the visitor's pair while it runs.
  await db.insert(householdVisits).values(
    Array.from({ length: 42 }, (_, i) => {
      const w = visitors[i % visitors.length]!;
      const on = day(2 + ((i * 13) % 88));
      const pair = pairs.find((p) => p.workerId === w.id && (p.endedOn === null || p.endedOn >= on));
      const category = VISIT_CATEGORIES[i % VISIT_CATEGORIES.length]!;
      const toPair = pair && i % 4 === 0;
      return {
        communityCode: DEMO_WORK_LOG_COMMUNITY,
        workerId: w.id,
        gridId: gridOf.get(w.id) ?? null,
        pairId: toPair ? pair.id : null,
        address: toPair ? address(20 + pairs.indexOf(pair)) : address(i),
        residentName: i % 3 === 0 ? null : resident(i),
        residentPhoneMasked: i % 5 === 0 ? maskedPhone(i) : null,
        visitedOn: on,
        category: toPair ? '困难帮扶' : category,
        notes: toPair ? '结对帮扶走访：了解近况，协助预约家庭医生' : NOTES[category],
        followUp: i % 7 === 0,
        recordedBy: i % 6 === 0 ? `${secretary.name}（代为登记）` : w.name,
      };
    }),
  );

  const matters: [string, string][] = [
    ['社保认证', '城乡居民养老保险待遇资格认证'],
    ['高龄补贴申请', '80 周岁以上高龄津贴申请'],
    ['居住证', '居住证签注'],
    ['医保办理', '异地就医备案'],
    ['残疾人证件', '残疾人证换领'],
    ['低保救助申请', '城市低保年度复核材料'],
    ['其他', '老年人优待证办理'],
    ['社保认证', '企业退休人员资格认证'],
  ];
  await db.insert(proxyServices).values(
    matters.map(([category, matter], i) => {
      // Only the first is past its due date; the other open ones were accepted in the last fortnight.
      const acceptedOn = i === 0 ? day(PROXY_DUE_DAYS + 12) : i <= 2 ? day(2 + i * 4) : day(3 + i * 9);
      // 0: 办理中 past due (the overdue demo); 1, 2: 受理 / 办理中 in time; 3–5: 办结; 6: 退回; 7: 办结.
      const status = i === 0 ? '办理中' : i === 1 ? '受理' : i === 2 ? '办理中' : i === 6 ? '退回' : '办结';
      const finished = status === '办结' || status === '退回';
      return {
        communityCode: DEMO_WORK_LOG_COMMUNITY,
        workerId: visitors[i % visitors.length]!.id,
        category,
        matter,
        requesterName: resident(i + 40),
        requesterAddress: address(i + 40),
        acceptedOn,
        status,
        completedOn: finished ? addDaysIso(acceptedOn, 4 + (i % 3)) : null,
        outcome: status === '退回' ? '申请人户籍不在本市，需本人到户籍地办理，已告知' : status === '办结' ? '已办结，材料送达申请人' : '',
        recordedBy: BY,
      };
    }),
  );

  await db.insert(firstInquiries).values(
    [
      ['咨询新生儿医保参保流程', '当场告知所需材料并协助网上申报', '', 0],
      ['反映小区路灯不亮', '', '物业公司（已电话转交）', 2],
      ['咨询老旧小区改造时间', '', '街道城建办', null],
      ['求助办理独生子女父母奖励', '当场受理，转代办服务', '', 0],
      ['咨询灵活就业人员社保缴费', '讲解缴费档次和渠道', '', 0],
      ['反映楼道堆放杂物', '', '网格长现场处理', 1],
    ].map(([matter, resolution, referredTo, closeAfter], i) => ({
      communityCode: DEMO_WORK_LOG_COMMUNITY,
      workerId: visitors[(i + 1) % visitors.length]!.id,
      receivedOn: day(5 + i * 11),
      inquirerName: i % 2 ? resident(i + 60) : null,
      matter: matter as string,
      resolution: resolution as string,
      referredTo: referredTo as string,
      closedOn: closeAfter === null ? null : addDaysIso(day(5 + i * 11), closeAfter as number),
      recordedBy: BY,
    })),
  );

  // The street's other communities: two grids each and a few visits, so the street's counts compare.
  const others = await db.select({ code: orgUnits.code }).from(orgUnits).where(and(eq(orgUnits.level, 'community'), like(orgUnits.code, `${STREET}%`), ne(orgUnits.code, DEMO_WORK_LOG_COMMUNITY)));
  for (const [k, c] of others.entries()) {
    const people = (await staffOf(db, c.code)).filter((w) => !w.positions.includes('党组织书记'));
    if (people.length === 0) continue;
    await seedGrids(db, c.code, people, 2, today, []);
    await db.insert(householdVisits).values(
      people.slice(0, 4).map((w, i) => ({
        communityCode: c.code,
        workerId: w.id,
        address: address(k * 7 + i),
        visitedOn: day(3 + ((k * 5 + i * 17) % 80)),
        category: VISIT_CATEGORIES[(k + i) % VISIT_CATEGORIES.length]!,
        notes: NOTES[VISIT_CATEGORIES[(k + i) % VISIT_CATEGORIES.length]!],
        recordedBy: w.name,
      })),
    );
  }
}
