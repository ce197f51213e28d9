// Burden reduction (减负增效, A17.1–A17.3): the matter-access list with its version history, assignments
// to communities, certificates and signboards per community, the no-longer-issued certificate lists,
// secondments on the approval mechanism, the apps/accounts/groups registry and per-owner limits.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { workers, workflowRequests } from './schema.ts';

/** A matter on the access list issued by `ownerCode` (applies to every community below it). */
export const burdenMatters = pgTable(
  'burden_matters',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** 行政执法/拆迁拆违/环境整治/城市管理/安全生产 (community may only assist) or 其他. */
    area: text('area').notNull(),
    legalBasis: text('legal_basis').notNull(),
    requestingDept: text('requesting_dept').notNull(),
    approvingBody: text('approving_body').notNull(),
    ownerCode: text('owner_code').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('burden_matters_owner_c_idx').using('btree', sql`(${t.ownerCode} collate "C")`), index('burden_matters_name_idx').on(t.name)],
);

/** Every version of a matter as it was saved (动态调整 leaves a trail): never updated or deleted. */
export const burdenMatterVersions = pgTable(
  'burden_matter_versions',
  {
    id: serial('id').primaryKey(),
    matterId: integer('matter_id').notNull().references(() => burdenMatters.id),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    changedByName: text('changed_by_name').notNull(),
    reason: text('reason').notNull(),
    requestId: integer('request_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('burden_matter_versions_uq').on(t.matterId, t.version)],
);

/** A department's request to add a matter (workflow kind `matter_add`); matterId is set once approved. */
export const burdenMatterRequests = pgTable('burden_matter_requests', {
  requestId: integer('request_id').primaryKey().references(() => workflowRequests.id),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  area: text('area').notNull(),
  legalBasis: text('legal_basis').notNull(),
  requestingDept: text('requesting_dept').notNull(),
  ownerCode: text('owner_code').notNull(),
  effectiveFrom: date('effective_from').notNull(),
  effectiveTo: date('effective_to'),
  matterId: integer('matter_id').references(() => burdenMatters.id),
});

/** A matter handed to a community, as responsible party or in assistance. */
export const burdenAssignments = pgTable(
  'burden_assignments',
  {
    id: serial('id').primaryKey(),
    matterId: integer('matter_id').notNull().references(() => burdenMatters.id),
    communityCode: text('community_code').notNull(),
    role: text('role').notNull(),
    assignedByUserId: integer('assigned_by_user_id').notNull(),
    assignedByName: text('assigned_by_name').notNull(),
    /** The assigning unit as the caller's scope names it (泰山区应急管理局, 岱庙街道…). */
    unitName: text('unit_name').notNull(),
    unitCode: text('unit_code').notNull(),
    assignedOn: date('assigned_on').notNull(),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('burden_assignments_community_c_idx').using('btree', sql`(${t.communityCode} collate "C")`), index('burden_assignments_matter_idx').on(t.matterId)],
);

/** Items of a no-longer-issued certificate list (national 2020 list, local lists) owned by a unit. */
export const burdenAbolishedCertificates = pgTable(
  'burden_abolished_certificates',
  {
    id: serial('id').primaryKey(),
    listName: text('list_name').notNull(),
    ownerCode: text('owner_code').notNull(),
    name: text('name').notNull(),
    source: text('source').notNull(),
  },
  (t) => [uniqueIndex('burden_abolished_certificates_uq').on(t.listName, t.name)],
);

/** A certificate a community still issues (正面清单 items and anything left to record). */
export const burdenCertificates = pgTable(
  'burden_certificates',
  {
    id: serial('id').primaryKey(),
    communityCode: text('community_code').notNull(),
    name: text('name').notNull(),
    basis: text('basis').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('burden_certificates_community_c_idx').using('btree', sql`(${t.communityCode} collate "C")`)],
);

/** A signboard (机制牌子) hung at a community: external (外挂) or internal (内设), approved or not. */
export const burdenSignboards = pgTable(
  'burden_signboards',
  {
    id: serial('id').primaryKey(),
    communityCode: text('community_code').notNull(),
    name: text('name').notNull(),
    issuingDept: text('issuing_dept').notNull(),
    kind: text('kind').notNull(),
    approved: boolean('approved').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('burden_signboards_community_c_idx').using('btree', sql`(${t.communityCode} collate "C")`)],
);

/** A secondment request (workflow kind `secondment`) and its early end. */
export const burdenSecondments = pgTable(
  'burden_secondments',
  {
    requestId: integer('request_id').primaryKey().references(() => workflowRequests.id),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    communityCode: text('community_code').notNull(),
    borrowingOrgName: text('borrowing_org_name').notNull(),
    borrowingOrgLevel: text('borrowing_org_level').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    reason: text('reason').notNull(),
    endedOn: date('ended_on'),
    endedByName: text('ended_by_name'),
  },
  (t) => [index('burden_secondments_worker_idx').on(t.workerId), index('burden_secondments_community_c_idx').using('btree', sql`(${t.communityCode} collate "C")`)],
);

/** An app, public account, work group or reporting system communities must serve (指尖上的形式主义). */
export const burdenPlatforms = pgTable(
  'burden_platforms',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    ownerDept: text('owner_dept').notNull(),
    purpose: text('purpose').notNull(),
    /** Every community whose code starts with this must serve it. */
    servedPrefix: text('served_prefix').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('burden_platforms_prefix_c_idx').using('btree', sql`(${t.servedPrefix} collate "C")`)],
);

/** Limits a list owner sets for the communities below it (signboards, certificates, platforms). */
export const burdenSettings = pgTable('burden_settings', {
  ownerCode: text('owner_code').primaryKey(),
  maxExternalSignboards: integer('max_external_signboards').notNull(),
  maxCertificates: integer('max_certificates').notNull(),
  maxPlatforms: integer('max_platforms').notNull(),
  updatedByName: text('updated_by_name').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
