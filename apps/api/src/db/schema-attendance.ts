// Daily attendance and 请示报告 (A9.2). Codes are short division codes; code columns are C-collated so the
// prefix scope filter uses their indexes.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { workers, workflowRequests } from './schema.ts';

/** A work schedule set by a county, street or community from a date; each change is a new row (who, when). */
export const attendanceSchedules = pgTable(
  'attendance_schedules',
  {
    id: serial('id').primaryKey(),
    orgCode: text('org_code').notNull(),
    workStart: text('work_start').notNull(),
    workEnd: text('work_end').notNull(),
    graceMinutes: integer('grace_minutes').notNull(),
    /** ISO weekdays worked, 1 = Monday. */
    workdays: jsonb('workdays').$type<number[]>().notNull(),
    effectiveFrom: date('effective_from').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('attendance_schedules_org_from_uq').on(t.orgCode, t.effectiveFrom), index('attendance_schedules_org_idx').using('btree', sql`(${t.orgCode} collate "C")`)],
);

/**
 * One check-in or check-out of a worker on a Beijing calendar day; at most one of each per day. A punch
 * written by an approved 补卡 is marked corrected and names its request.
 */
export const attendancePunches = pgTable(
  'attendance_punches',
  {
    id: serial('id').primaryKey(),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    communityCode: text('community_code').notNull(),
    workDate: date('work_date').notNull(),
    kind: text('kind').notNull(),
    /** Beijing wall-clock 'HH:MM' the day's status is judged by. */
    clockTime: text('clock_time').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    note: text('note').notNull().default(''),
    corrected: boolean('corrected').notNull().default(false),
    correctionRequestId: integer('correction_request_id').references(() => workflowRequests.id),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [
    uniqueIndex('attendance_punches_day_uq').on(t.workerId, t.workDate, t.kind),
    index('attendance_punches_community_idx').using('btree', sql`(${t.communityCode} collate "C")`, t.workDate),
  ],
);

/** A 补卡 request's details beside its workflow request. */
export const attendanceCorrections = pgTable(
  'attendance_corrections',
  {
    requestId: integer('request_id').primaryKey().references(() => workflowRequests.id),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    workDate: date('work_date').notNull(),
    kind: text('kind').notNull(),
    clockTime: text('clock_time').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [index('attendance_corrections_worker_idx').on(t.workerId, t.workDate)],
);

/** 请示 or 报告 from a community (a worker or the secretary) to its street, with the street's answer. */
export const workReports = pgTable(
  'work_reports',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    communityCode: text('community_code').notNull(),
    /** The worker who filed it; null when the secretary filed it for the community. */
    workerId: integer('worker_id').references(() => workers.id),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    filedByUserId: integer('filed_by_user_id').notNull(),
    filedByName: text('filed_by_name').notNull(),
    filedOn: date('filed_on').notNull(),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull().defaultNow(),
    dueOn: date('due_on').notNull(),
    decision: text('decision'),
    answer: text('answer'),
    answeredByName: text('answered_by_name'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [index('work_reports_community_idx').using('btree', sql`(${t.communityCode} collate "C")`, t.dueOn), index('work_reports_filer_idx').on(t.filedByUserId)],
);
