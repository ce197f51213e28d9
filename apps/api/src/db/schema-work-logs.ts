// Work systems (A9.1): grids and who serves them, and the four work ledgers (工作台账) — home visits,
// pairing assistance, proxy services and the first-inquiry register. Every row carries the community code
// it belongs to (the worker's community when written), so the one scope filter applies without a join and
// a later transfer of the worker does not move the community's records with them.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { workers } from './schema.ts';

/** 网格: a community's grid with its households and the buildings it covers. */
export const grids = pgTable(
  'grids',
  {
    id: serial('id').primaryKey(),
    communityCode: text('community_code').notNull(),
    number: text('number').notNull(),
    name: text('name').notNull(),
    households: integer('households').notNull(),
    buildings: text('buildings').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('grids_community_number_uq').on(t.communityCode, t.number), index('grids_community_c_idx').using('btree', sql`(${t.communityCode} collate "C")`)],
);

/**
 * Who serves a grid, as history: an assignment ends (ended_on) instead of being deleted. The partial unique
 * indexes hold the rules whatever the caller: a worker is in one grid at a time, a grid has one 网格长.
 */
export const gridAssignments = pgTable(
  'grid_assignments',
  {
    id: serial('id').primaryKey(),
    gridId: integer('grid_id').notNull().references(() => grids.id),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    role: text('role').notNull(),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    assignedBy: text('assigned_by').notNull(),
    endedBy: text('ended_by'),
  },
  (t) => [
    uniqueIndex('grid_assignments_worker_current_uq').on(t.workerId).where(sql`${t.endedOn} is null`),
    uniqueIndex('grid_assignments_leader_current_uq').on(t.gridId).where(sql`${t.endedOn} is null and ${t.role} = '网格长'`),
    index('grid_assignments_grid_idx').on(t.gridId),
  ],
);

/** 结对帮扶: a worker paired with a household or person in need. Resident data: name and address only. */
export const assistancePairs = pgTable(
  'assistance_pairs',
  {
    id: serial('id').primaryKey(),
    communityCode: text('community_code').notNull(),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    personName: text('person_name').notNull(),
    address: text('address').notNull(),
    needType: text('need_type').notNull(),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    notes: text('notes').notNull().default(''),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assistance_pairs_community_c_idx').using('btree', sql`(${t.communityCode} collate "C")`), index('assistance_pairs_worker_idx').on(t.workerId)],
);

/** 上门走访: one visit to a household. The resident's phone, if given, is stored masked only. */
export const householdVisits = pgTable(
  'household_visits',
  {
    id: serial('id').primaryKey(),
    communityCode: text('community_code').notNull(),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    gridId: integer('grid_id').references(() => grids.id),
    pairId: integer('pair_id').references(() => assistancePairs.id),
    address: text('address').notNull(),
    residentName: text('resident_name'),
    residentPhoneMasked: text('resident_phone_masked'),
    visitedOn: date('visited_on').notNull(),
    category: text('category').notNull(),
    notes: text('notes').notNull(),
    followUp: boolean('follow_up').notNull().default(false),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('household_visits_community_c_idx').using('btree', sql`(${t.communityCode} collate "C")`, t.visitedOn),
    index('household_visits_worker_idx').on(t.workerId, t.visitedOn),
    index('household_visits_pair_idx').on(t.pairId),
  ],
);

/** 代办服务: a matter handled for a resident, 受理 → 办理中 → 办结 / 退回. */
export const proxyServices = pgTable(
  'proxy_services',
  {
    id: serial('id').primaryKey(),
    communityCode: text('community_code').notNull(),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    category: text('category').notNull(),
    matter: text('matter').notNull(),
    requesterName: text('requester_name'),
    requesterAddress: text('requester_address').notNull(),
    acceptedOn: date('accepted_on').notNull(),
    status: text('status').notNull(),
    completedOn: date('completed_on'),
    outcome: text('outcome').notNull().default(''),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('proxy_services_community_c_idx').using('btree', sql`(${t.communityCode} collate "C")`, t.acceptedOn),
    index('proxy_services_worker_idx').on(t.workerId),
    index('proxy_services_status_idx').on(t.status, t.acceptedOn),
  ],
);

/** 首问负责: who first received an inquiry, and how it was resolved or to whom it was referred. */
export const firstInquiries = pgTable(
  'first_inquiries',
  {
    id: serial('id').primaryKey(),
    communityCode: text('community_code').notNull(),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    receivedOn: date('received_on').notNull(),
    inquirerName: text('inquirer_name'),
    matter: text('matter').notNull(),
    resolution: text('resolution').notNull().default(''),
    referredTo: text('referred_to').notNull().default(''),
    closedOn: date('closed_on'),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('first_inquiries_community_c_idx').using('btree', sql`(${t.communityCode} collate "C")`, t.receivedOn), index('first_inquiries_worker_idx').on(t.workerId)],
);
