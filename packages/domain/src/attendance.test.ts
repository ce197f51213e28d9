import { describe, expect, it } from 'vitest';
import { addWorkingDays, clockTime, correctionWorkflow, dayStatus, datesOfMonth, DEFAULT_SCHEDULE, monthTotals, reportOverdue, scheduleInForce, type Schedule } from './attendance.ts';

const S = DEFAULT_SCHEDULE; // 09:00–17:00, 5 minutes' grace, Monday to Friday
// 2026-11-23 is a Monday, 2026-11-28 a Saturday.
const day = (date: string, checkIn: string | null, checkOut: string | null, extra: { onLeave?: boolean; today?: string } = {}) =>
  dayStatus({ date, today: extra.today ?? '2026-11-29', schedule: S, checkIn, checkOut, onLeave: extra.onLeave ?? false });

describe('attendance day status (A9.2)', () => {
  it('A9.2 on time within the grace minutes is 正常; after it 迟到; leaving before the end 早退; both at once counted twice', () => {
    expect(day('2026-11-23', '09:05', '17:00').status).toBe('正常');
    expect(day('2026-11-23', '09:06', '17:30')).toMatchObject({ status: '迟到', late: true, early: false, present: true });
    expect(day('2026-11-23', '08:50', '16:59')).toMatchObject({ status: '早退', early: true });
    expect(day('2026-11-23', '09:30', '16:00')).toMatchObject({ status: '迟到早退', late: true, early: true });
  });

  it('A9.2 a past working day with one punch is 缺卡, with none 旷工; today a missing check-out is not missing yet', () => {
    expect(day('2026-11-24', '08:55', null)).toMatchObject({ status: '缺卡', missing: 1, present: true });
    expect(day('2026-11-24', null, '17:10')).toMatchObject({ status: '缺卡', missing: 1 });
    expect(day('2026-11-25', null, null)).toMatchObject({ status: '旷工', missing: 2, present: false });
    expect(day('2026-11-26', '08:55', null, { today: '2026-11-26' })).toMatchObject({ status: '待打卡', missing: 0, present: true });
    expect(day('2026-11-26', '09:20', null, { today: '2026-11-26' })).toMatchObject({ status: '迟到', late: true });
    expect(day('2026-11-26', null, null, { today: '2026-11-26' })).toMatchObject({ status: '待打卡', present: false });
    expect(day('2026-11-27', null, null, { today: '2026-11-26' }).status).toBeNull();
  });

  it('A9.2 approved leave on a working day is 请假 even with no punch; weekends are 休息日 even with punches', () => {
    expect(day('2026-11-25', null, null, { onLeave: true })).toMatchObject({ status: '请假', missing: 0 });
    expect(day('2026-11-28', null, null).status).toBe('休息日');
    expect(day('2026-11-28', '10:00', '11:00', { onLeave: true }).status).toBe('休息日');
    const sixDay = dayStatus({ date: '2026-11-28', today: '2026-11-29', schedule: { ...S, workdays: [1, 2, 3, 4, 5, 6] }, checkIn: null, checkOut: null, onLeave: false });
    expect(sixDay.status).toBe('旷工');
  });

  it('A9.2 monthly totals: 出勤, 迟到, 早退, 缺卡, 旷工, 请假', () => {
    const t = monthTotals([day('2026-11-23', '09:10', '17:00'), day('2026-11-24', '08:55', null), day('2026-11-25', null, null), day('2026-11-26', null, null, { onLeave: true }), day('2026-11-27', '08:50', '16:00'), day('2026-11-28', null, null)]);
    expect(t).toEqual({ attended: 3, late: 1, early: 1, missing: 1, absent: 1, leave: 1 });
    expect(datesOfMonth('2028-02')).toHaveLength(29);
  });
});

describe('schedules, corrections and 请示报告 (A9.2)', () => {
  const s = (orgCode: string, effectiveFrom: string, workStart = '09:00'): Schedule => ({ ...S, orgCode, effectiveFrom, workStart });
  it('A9.2 the schedule in force is the nearest unit’s on the community’s path, latest effective first', () => {
    const all = [s('370902', '2026-01-01', '08:30'), s('370902001', '2026-03-01', '08:45'), s('370902001', '2026-12-01', '09:15'), s('370902001001', '2027-01-01', '08:00'), s('370902002', '2026-01-01', '07:00')];
    expect(scheduleInForce(all, '370902001001', '2026-02-01')?.workStart).toBe('08:30');
    expect(scheduleInForce(all, '370902001001', '2026-11-29')?.workStart).toBe('08:45');
    expect(scheduleInForce(all, '370902001001', '2026-12-02')?.workStart).toBe('09:15');
    expect(scheduleInForce(all, '370902001001', '2027-01-04')?.workStart).toBe('08:00');
    expect(scheduleInForce(all, '370902003001', '2026-11-29')?.orgCode).toBe('370902');
    expect(scheduleInForce(all, '370911001001', '2026-11-29')).toBeNull();
  });

  it('A9.2 a punch is judged in Beijing time whatever the server’s zone', () => {
    expect(clockTime(new Date('2026-11-23T00:58:00Z'))).toBe('08:58');
    expect(clockTime(new Date('2026-11-23T16:05:00Z'))).toBe('00:05');
  });

  it('A9.2 a correction goes to the community secretary; the secretary’s own to the street', () => {
    expect(correctionWorkflow({ isSecretary: false }).steps[0]).toMatchObject({ role: 'community_secretary', level: 'community' });
    expect(correctionWorkflow({ isSecretary: true }).steps[0]).toMatchObject({ role: 'street_admin', level: 'street' });
  });

  it('A9.2 answers are due in working days; an unanswered 请示 past its due date is overdue', () => {
    expect(addWorkingDays('2026-11-27', 5)).toBe('2026-12-04'); // Friday + 5 working days
    expect(addWorkingDays('2026-11-28', 1)).toBe('2026-11-30');
    expect(reportOverdue('2026-12-04', false, '2026-12-04')).toBe(false);
    expect(reportOverdue('2026-12-04', false, '2026-12-05')).toBe(true);
    expect(reportOverdue('2026-12-04', true, '2026-12-10')).toBe(false);
  });
});
