// Demo attendance and 请示报告 (A9.2) for the demo community 370902001001: its street's schedule, the last
// month of punches of everyone on its books (a few late arrivals and early departures, the demo worker's
// missing check-out three working days ago, one absence) and three filings — one 请示 left unanswered past
// its due date, one fresh 报告, one answered 请示. Deterministic and relative to today, so the demo and the
// tests always see a recent month.
import { addWorkingDays, isoWeekday, REPORT_ANSWER_WORKING_DAYS } from '@cwp/domain/attendance';
import { addDaysIso } from '@cwp/domain/dates';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { attendancePunches, attendanceSchedules, workReports } from '../db/schema-attendance.ts';
import { users, workers } from '../db/schema.ts';

export const DEMO_ATTENDANCE_COMMUNITY = '370902001001';
const STREET = DEMO_ATTENDANCE_COMMUNITY.slice(0, 9);

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
/** The instant of a Beijing wall-clock time (UTC+8 all year). */
const beijing = (date: string, minutes: number) => new Date(`${date}T${hhmm(minutes)}:00+08:00`);

export async function seedDemoAttendance(db: Db, opts: { today: string }): Promise<{ punches: number; reports: number }> {
  const { today } = opts;
  await db.insert(attendanceSchedules).values({ orgCode: STREET, workStart: '09:00', workEnd: '17:00', graceMinutes: 5, workdays: [1, 2, 3, 4, 5], effectiveFrom: `${Number(today.slice(0, 4)) - 1}-01-01`, createdByName: '系统初始化' });

  const staff = await db.select({ id: workers.id, name: workers.name }).from(workers).where(and(eq(workers.communityCode, DEMO_ATTENDANCE_COMMUNITY), ne(workers.status, '已退出'))).orderBy(workers.id);
  const accounts = await db.select({ id: users.id, username: users.username, displayName: users.displayName, workerId: users.workerId }).from(users).where(inArray(users.username, ['gongzuozhe', 'shuji', 'daimiao']));
  const account = (u: string) => accounts.find((a) => a.username === u);
  const demoWorkerId = account('gongzuozhe')?.workerId ?? null;

  const days: string[] = [];
  for (let d = addDaysIso(today, -30); d < today; d = addDaysIso(d, 1)) if (isoWeekday(d) <= 5) days.push(d);
  const missingOutDay = days.at(-3);
  const absentDay = days.at(-6);
  const rows: (typeof attendancePunches.$inferInsert)[] = [];
  staff.forEach((w, i) => {
    days.forEach((date, d) => {
      if (i === 1 && date === absentDay && w.id !== demoWorkerId) return;
      // Arrivals spread from 08:35 to 09:13 and departures from 16:52 to 17:43: now and then late or early.
      const inAt = 8 * 60 + 35 + ((i * 7 + d * 13) % 39);
      const outAt = 16 * 60 + 52 + ((i * 11 + d * 5) % 52);
      const base = { workerId: w.id, communityCode: DEMO_ATTENDANCE_COMMUNITY, workDate: date, recordedBy: w.name };
      rows.push({ ...base, kind: 'in', clockTime: hhmm(inAt), at: beijing(date, inAt) });
      if (!(w.id === demoWorkerId && date === missingOutDay)) rows.push({ ...base, kind: 'out', clockTime: hhmm(outAt), at: beijing(date, outAt) });
    });
  });
  for (let k = 0; k < rows.length; k += 500) await db.insert(attendancePunches).values(rows.slice(k, k + 500));

  const filings: (typeof workReports.$inferInsert)[] = [];
  const worker = account('gongzuozhe');
  const secretary = account('shuji');
  const filed = (daysAgo: number) => {
    const on = addDaysIso(today, -daysAgo);
    return { filedOn: on, filedAt: beijing(on, 10 * 60), dueOn: addWorkingDays(on, REPORT_ANSWER_WORKING_DAYS) };
  };
  if (worker && demoWorkerId) {
    filings.push({ kind: '请示', communityCode: DEMO_ATTENDANCE_COMMUNITY, workerId: demoWorkerId, subject: '关于增设小区夜间巡逻岗的请示', body: '近期辖区内电动车失窃案件增多，居民反映强烈。拟在三个老旧小区增设夜间巡逻岗，由网格员与志愿者轮值，请街道批示是否同意并协调派出所支持。', filedByUserId: worker.id, filedByName: worker.displayName, ...filed(12) });
  }
  if (secretary) {
    filings.push({ kind: '报告', communityCode: DEMO_ATTENDANCE_COMMUNITY, workerId: null, subject: '关于社区本季度网格走访情况的报告', body: '本季度共走访居民 1260 户，收集诉求 86 条，已办结 79 条，其余 7 条正在协调中，现将情况报告如下。', filedByUserId: secretary.id, filedByName: secretary.displayName, ...filed(2) });
    const street = account('daimiao');
    const f = filed(20);
    filings.push({ kind: '请示', communityCode: DEMO_ATTENDANCE_COMMUNITY, workerId: null, subject: '关于借用街道会议室开展居民议事会的请示', body: '社区拟于下周三下午召开居民议事会，社区活动室正在维修，请求借用街道二楼会议室。', filedByUserId: secretary.id, filedByName: secretary.displayName, ...f, decision: '同意', answer: '请提前一天与党政办联系钥匙。', answeredByName: street?.displayName ?? '街道', answeredAt: beijing(addDaysIso(today, -18), 15 * 60) });
  }
  if (filings.length) await db.insert(workReports).values(filings);
  return { punches: rows.length, reports: filings.length };
}
