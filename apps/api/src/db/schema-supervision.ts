// Supervision (监督管理, A11). Talk records are the most sensitive rows here: only roles holding
// supervision:talks reach them and every read of a talk's content is audited.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, numeric, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { orgUnits, workers } from './schema.ts';

/** 谈心谈话 (A11.1). The next-talk date is the agreed follow-up; a later talk closes it. */
export const supervisionTalks = pgTable(
  'supervision_talks',
  {
    id: serial('id').primaryKey(),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    talkedOn: date('talked_on').notNull(),
    talkerName: text('talker_name').notNull(),
    talkerRole: text('talker_role').notNull(),
    kind: text('kind').notNull(),
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    content: text('content').notNull(),
    followUp: text('follow_up').notNull().default(''),
    nextTalkOn: date('next_talk_on'),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('supervision_talks_worker_idx').on(t.workerId, t.talkedOn)],
);

/** A community's service commitments (服务承诺, A11.2); a withdrawn one leaves the public page. */
export const serviceCommitments = pgTable(
  'service_commitments',
  {
    id: serial('id').primaryKey(),
    communityCode: text('community_code').notNull().references(() => orgUnits.code),
    content: text('content').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    withdrawnOn: date('withdrawn_on'),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('service_commitments_community_c_idx').using('btree', sql`(${t.communityCode} collate "C")`)],
);

/** Each worker's duties as published (职责公开): the post shown to residents and what they do for them. */
export const dutyDisclosures = pgTable('duty_disclosures', {
  workerId: integer('worker_id').primaryKey().references(() => workers.id),
  post: text('post').notNull(),
  duty: text('duty').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Whether a community's public page is published; absent or false answers 404 to residents. */
export const communityPublicPages = pgTable('community_public_pages', {
  communityCode: text('community_code').primaryKey().references(() => orgUnits.code),
  published: boolean('published').notNull(),
  changedBy: text('changed_by').notNull(),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 三务公开 records (A11.2), with the street's check of each. `period` is a quarter, '2026-Q3'. */
export const affairsDisclosures = pgTable(
  'affairs_disclosures',
  {
    id: serial('id').primaryKey(),
    communityCode: text('community_code').notNull().references(() => orgUnits.code),
    kind: text('kind').notNull(),
    period: text('period').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    disclosedOn: date('disclosed_on').notNull(),
    channel: text('channel').notNull(),
    checkedOn: date('checked_on'),
    checkedBy: text('checked_by'),
    checkResult: text('check_result'),
    checkNote: text('check_note').notNull().default(''),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('affairs_disclosures_community_c_idx').using('btree', sql`(${t.communityCode} collate "C")`, t.period)],
);

/**
 * Economic responsibility audits (A11.3). The community and position are those audited, kept on the row
 * because the person may since have moved or left.
 */
export const economicAudits = pgTable(
  'economic_audits',
  {
    id: serial('id').primaryKey(),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    communityCode: text('community_code').notNull().references(() => orgUnits.code),
    position: text('position').notNull(),
    kind: text('kind').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    auditBody: text('audit_body').notNull(),
    startedOn: date('started_on').notNull(),
    reportedOn: date('reported_on'),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('economic_audits_community_c_idx').using('btree', sql`(${t.communityCode} collate "C")`), index('economic_audits_worker_idx').on(t.workerId)],
);

/** Findings of an audit and their rectification (整改). */
export const auditFindings = pgTable(
  'audit_findings',
  {
    id: serial('id').primaryKey(),
    auditId: integer('audit_id').notNull().references(() => economicAudits.id),
    category: text('category').notNull(),
    description: text('description').notNull(),
    amount: numeric('amount', { precision: 14, scale: 2, mode: 'number' }),
    rectifyBy: date('rectify_by').notNull(),
    status: text('status').notNull(),
    evidence: text('evidence').notNull().default(''),
    rectifiedOn: date('rectified_on'),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_findings_audit_idx').on(t.auditId)],
);
