// Employment records beside the worker register: probation screenings (A9.3), labour contracts and social
// insurance (A12.2), secretary filings (A9.4) and officials placed in communities (A3.4). The probation end
// date and the current contract's dates already live on `workers` (probation_end, contract_start/end); these
// tables add what the register lacks without altering it.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { orgUnits, workers, workflowRequests } from './schema.ts';

/** The 考察 result of a worker's probation; one per worker, written with the status change or exit it caused. */
export const probationScreenings = pgTable(
  'probation_screenings',
  {
    id: serial('id').primaryKey(),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    /** Where the worker was when screened, so lists stay scoped after an exit. */
    communityCode: text('community_code').notNull(),
    result: text('result').notNull(),
    screenedOn: date('screened_on').notNull(),
    probationEnd: date('probation_end').notNull(),
    opinion: text('opinion').notNull(),
    recordedByUserId: integer('recorded_by_user_id').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('probation_screenings_worker_uq').on(t.workerId), index('probation_screenings_code_idx').using('btree', sql`(${t.communityCode} collate "C")`)],
);

/**
 * Labour contracts with the street (A12.2). A renewal is a new row pointing at the contract it renews; the
 * unique index on previous_id keeps the chain linear. end_date is null for 无固定期限.
 */
export const labourContracts = pgTable(
  'labour_contracts',
  {
    id: serial('id').primaryKey(),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    /** The employer: the worker's street when signed. */
    employerCode: text('employer_code').notNull().references(() => orgUnits.code),
    contractNo: text('contract_no').notNull(),
    kind: text('kind').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    signedOn: date('signed_on').notNull(),
    previousId: integer('previous_id'),
    note: text('note').notNull().default(''),
    recordedByUserId: integer('recorded_by_user_id'),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('labour_contracts_worker_idx').on(t.workerId, t.startDate),
    uniqueIndex('labour_contracts_previous_uq').on(t.previousId),
    // One chain per worker: only the first contract has no predecessor, so "the current contract" is unique.
    uniqueIndex('labour_contracts_first_uq').on(t.workerId).where(sql`${t.previousId} is null`),
    index('labour_contracts_employer_idx').using('btree', sql`(${t.employerCode} collate "C")`),
  ],
);

/**
 * Whether the contract and social-insurance duty applies to a worker (not for civil servants or 事业编 staff,
 * which the register does not record, so it is stated here with a reason), and the 五险一金 status.
 */
export const employmentTerms = pgTable('employment_terms', {
  workerId: integer('worker_id').primaryKey().references(() => workers.id),
  applicable: boolean('applicable').notNull().default(true),
  notApplicableReason: text('not_applicable_reason'),
  pension: boolean('pension').notNull().default(false),
  medical: boolean('medical').notNull().default(false),
  unemployment: boolean('unemployment').notNull().default(false),
  injury: boolean('injury').notNull().default(false),
  maternity: boolean('maternity').notNull().default(false),
  housingFund: boolean('housing_fund').notNull().default(false),
  /** First month (YYYY-MM) paid on the current base. */
  baseMonth: text('base_month'),
  updatedByName: text('updated_by_name').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A9.4 filing of a community Party secretary; its standing is the workflow request's. */
export const secretaryFilings = pgTable(
  'secretary_filings',
  {
    requestId: integer('request_id').primaryKey().references(() => workflowRequests.id),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    communityCode: text('community_code').notNull(),
    appointedOn: date('appointed_on').notNull(),
    /** 任职文件或选举结果文号. */
    documentNo: text('document_no').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [index('secretary_filings_worker_idx').on(t.workerId), index('secretary_filings_code_idx').using('btree', sql`(${t.communityCode} collate "C")`)],
);

/** A3.4 officials seconded to a community (挂职/任职) and new civil servants training there; not workers. */
export const communityPlacements = pgTable(
  'community_placements',
  {
    id: serial('id').primaryKey(),
    personName: text('person_name').notNull(),
    sourceUnit: text('source_unit').notNull(),
    kind: text('kind').notNull(),
    communityCode: text('community_code').notNull().references(() => orgUnits.code),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    tasks: text('tasks').notNull(),
    recordedByUserId: integer('recorded_by_user_id'),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('community_placements_code_idx').using('btree', sql`(${t.communityCode} collate "C")`, t.endDate)],
);
