import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { customType } from 'drizzle-orm/pg-core';

/** PostgreSQL's 64-bit transaction id (pg_current_xact_id()); read as text, compared in SQL only. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/**
 * Org tree keyed by the statistical division code in its short form (2/4/6/9/12 digits), so a code
 * prefix is the path to every descendant and a data scope is just a prefix (A3.1).
 */
export const orgUnits = pgTable(
  'org_units',
  {
    code: text('code').primaryKey(),
    parentCode: text('parent_code'),
    name: text('name').notNull(),
    level: text('level').notNull(),
    streetKind: text('street_kind'),
    committeeKind: text('committee_kind'),
    urCode: text('ur_code'),
  },
  (t) => [
    index('org_units_parent_idx').on(t.parentCode),
    index('org_units_code_prefix_idx').using('btree', t.code.op('text_pattern_ops')),
    index('org_units_level_code_idx').on(t.level, t.code),
  ],
);

/** Population figures per unit and year; census defaults plus newer figures entered by users. Append-only. */
export const populationFacts = pgTable(
  'population_facts',
  {
    id: serial('id').primaryKey(),
    orgCode: text('org_code').notNull().references(() => orgUnits.code),
    year: integer('year').notNull(),
    totalPopulation: integer('total_population'),
    urbanPopulation: integer('urban_population'),
    households: integer('households'),
    source: text('source').notNull(),
    recordedByUserId: integer('recorded_by_user_id'),
    recordedByName: text('recorded_by_name'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('population_facts_org_idx').on(t.orgCode, t.year)],
);

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    /** Code prefix of everything this account may see; '' is national. */
    scopeCode: text('scope_code').notNull(),
    workerId: integer('worker_id'),
    active: boolean('active').notNull().default(true),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    /** 三员分立: an account the system administrator opens stays unusable until the security administrator grants its role. */
    authorized: boolean('authorized').notNull().default(true),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_username_uq').on(sql`lower(${t.username})`)],
);

/** Server-side sessions; the cookie carries a random token and only its SHA-256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * The data columns of a worker record, shared by `workers` and the import staging table so both always have
 * the same shape; `withRefs` adds the foreign keys only the real table carries.
 */
function workerDataColumns(withRefs: boolean) {
  return {
    name: text('name').notNull(),
    idNumberCipher: text('id_number_cipher').notNull(),
    idNumberKeyId: text('id_number_key_id').notNull(),
    idNumberBidx: text('id_number_bidx').notNull(),
    idTail4Bidx: text('id_tail4_bidx').notNull(),
    idTail6Bidx: text('id_tail6_bidx').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    gender: text('gender').notNull(),
    genderCode: text('gender_code').notNull(),
    birthDate: date('birth_date').notNull(),
    ethnicity: text('ethnicity').notNull(),
    ethnicityCode: text('ethnicity_code').notNull(),
    phoneCipher: text('phone_cipher'),
    phoneKeyId: text('phone_key_id'),
    phoneBidx: text('phone_bidx'),
    phoneMasked: text('phone_masked'),
    politicalStatus: text('political_status').notNull(),
    politicalStatusCode: text('political_status_code').notNull(),
    partyJoinDate: date('party_join_date'),
    education: text('education').notNull(),
    educationCode: text('education_code').notNull(),
    fullTimeSchool: text('full_time_school'),
    fullTimeMajor: text('full_time_major'),
    inServiceEducation: text('in_service_education'),
    inServiceEducationCode: text('in_service_education_code'),
    inServiceSchool: text('in_service_school'),
    inServiceMajor: text('in_service_major'),
    swQualification: text('sw_qualification').notNull(),
    swCertNo: text('sw_cert_no'),
    swCertDate: date('sw_cert_date'),
    category: text('category').notNull(),
    postClass: text('post_class').notNull(),
    positions: text('positions').array().notNull().default(sql`'{}'::text[]`),
    streetCode: withRefs ? text('street_code').notNull().references(() => orgUnits.code) : text('street_code').notNull(),
    communityCode: withRefs ? text('community_code').notNull().references(() => orgUnits.code) : text('community_code').notNull(),
    recruitLevel: text('recruit_level'),
    sourceChannel: text('source_channel').notNull(),
    formerFundingDept: text('former_funding_dept'),
    workStartDate: date('work_start_date').notNull(),
    communityStartDate: date('community_start_date').notNull(),
    contractStart: date('contract_start'),
    contractEnd: date('contract_end'),
    probationEnd: date('probation_end'),
    nativePlace: text('native_place'),
    livesInCommunity: boolean('lives_in_community'),
    status: text('status').notNull(),
    exitType: text('exit_type'),
    exitDate: date('exit_date'),
    exitReason: text('exit_reason'),
  };
}

/**
 * Community workers (A1.1). 公民身份号码 and phone are never stored in plaintext: SM4 ciphertext with the
 * key id, an SM3-HMAC blind index for uniqueness and exact lookup, blind indexes of the tails for search,
 * and a masked copy for lists so listing never needs to decrypt.
 */
export const workers = pgTable(
  'workers',
  {
    id: serial('id').primaryKey(),
    ...workerDataColumns(true),
    /** Position grade as last approved by an annual advancement (A4.2); null until the first one. */
    grade: integer('grade'),
    gradePackId: text('grade_pack_id'),
    gradeEffectiveFrom: date('grade_effective_from'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('workers_id_number_bidx_uq').on(t.idNumberBidx),
    // Codes compare byte-wise (collate "C"), so one index serves the scope prefix (LIKE '3709%') and the
    // roster's order by community. The migration adds INCLUDE (the filterable code columns) so that
    // counting a filtered roster is an index-only scan; drizzle cannot express INCLUDE.
    index('workers_community_c_idx').using('btree', sql`(${t.communityCode} collate "C")`),
    index('workers_tail4_idx').on(t.idTail4Bidx),
    index('workers_tail6_idx').on(t.idTail6Bidx),
    index('workers_name_idx').on(t.name),
  ],
);

/**
 * The personnel archive (A9.5): one typed row per change, written in the same transaction as the change,
 * never updated or deleted. before/after hold masked values only.
 */
export const workerHistory = pgTable(
  'worker_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: integer('actor_user_id'),
    actorName: text('actor_name').notNull(),
    source: text('source').notNull(),
    summary: text('summary').notNull(),
    changes: jsonb('changes').notNull().default(sql`'[]'::jsonb`),
    /**
     * The writing transaction's id (A17.4 change feed). Serial ids are taken before commit, so a reader
     * paging by `id > cursor` can pass a lower id whose transaction commits later; the open-data feed pages
     * by (xid, id) and stops below the oldest running transaction instead. COPY without it uses the default.
     */
    xid: xid8('xid').notNull().default(sql`pg_current_xact_id()`),
  },
  (t) => [index('worker_history_worker_idx').on(t.workerId, t.id), index('worker_history_xid_idx').on(t.xid, t.id)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: integer('actor_user_id'),
    actorName: text('actor_name'),
    ip: text('ip'),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    outcome: text('outcome').notNull(),
    detail: jsonb('detail'),
    /** SM3 chain (modules/audit/audit-chain.ts): the previous record's hash and SM3(prev_hash ‖ this record). */
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_action_idx').on(t.action)],
);

/** Staffing quota rules per jurisdiction with effective dates; '' is the national default (A3.1). */
export const staffingRules = pgTable(
  'staffing_rules',
  {
    id: serial('id').primaryKey(),
    orgCode: text('org_code').notNull(),
    mode: text('mode').notNull(),
    params: jsonb('params').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    reason: text('reason').notNull(),
    createdByUserId: integer('created_by_user_id'),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('staffing_rules_org_idx').on(t.orgCode)],
);

/** 总量控制 ceilings set by a city or county; every change is a new row with who and why (A3.1). */
export const quotaCeilings = pgTable(
  'quota_ceilings',
  {
    id: serial('id').primaryKey(),
    orgCode: text('org_code').notNull().references(() => orgUnits.code),
    ceiling: integer('ceiling').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    reason: text('reason').notNull(),
    createdByUserId: integer('created_by_user_id'),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('quota_ceilings_org_idx').on(t.orgCode, t.effectiveFrom)],
);

/**
 * Pre-aggregated headcounts of active workers for every node of the tree ('' = nation), maintained in the
 * same transaction as each worker change, so a dashboard at any level reads a few dozen rows (A16.1).
 */
export const orgStatCounters = pgTable(
  'org_stat_counters',
  {
    orgCode: text('org_code').notNull(),
    dim: text('dim').notNull(),
    value: text('value').notNull(),
    n: bigint('n', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgCode, t.dim, t.value] })],
);

/** Small key/value state of background jobs (e.g. the date age bands are counted as of). */
export const systemState = pgTable('system_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A copy of all counters at a moment: month end automatically, or on demand (A16.1 trend). */
export const statSnapshots = pgTable(
  'stat_snapshots',
  {
    id: serial('id').primaryKey(),
    period: text('period').notNull(),
    kind: text('kind').notNull(),
    takenOn: date('taken_on').notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
    takenByName: text('taken_by_name').notNull(),
  },
  (t) => [uniqueIndex('stat_snapshots_month_end_uq').on(t.period).where(sql`${t.kind} = 'month_end'`)],
);

export const statSnapshotValues = pgTable(
  'stat_snapshot_values',
  {
    snapshotId: integer('snapshot_id').notNull().references(() => statSnapshots.id),
    orgCode: text('org_code').notNull(),
    data: jsonb('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgCode, t.snapshotId] })],
);

/** Long-running imports (A1.1, A1.2): one row per uploaded file, with progress that survives a reload. */
export const importJobs = pgTable('import_jobs', {
  id: serial('id').primaryKey(),
  mode: text('mode').notNull(),
  status: text('status').notNull(),
  phase: text('phase').notNull(),
  fileName: text('file_name').notNull(),
  filePath: text('file_path').notNull(),
  fileSize: bigint('file_size', { mode: 'number' }).notNull(),
  orgCode: text('org_code').notNull(),
  scopeCode: text('scope_code').notNull(),
  partial: boolean('partial').notNull().default(false),
  createdByUserId: integer('created_by_user_id'),
  createdByName: text('created_by_name').notNull(),
  totalRows: integer('total_rows').notNull().default(0),
  processedRows: integer('processed_rows').notNull().default(0),
  toCreate: integer('to_create').notNull().default(0),
  toUpdate: integer('to_update').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  created: integer('created').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  cancelRequested: boolean('cancel_requested').notNull().default(false),
  errorMessage: text('error_message'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  startedAt: timestamp('started_at', { withTimezone: true }),
  phaseStartedAt: timestamp('phase_started_at', { withTimezone: true }),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

/**
 * Validated rows of an import, staged with COPY so classification and commit are set-based SQL. Written
 * once and never updated: the classification lives in the narrow `import_row_actions`. Both tables are
 * UNLOGGED (migration 0004; drizzle cannot express it): staging is scratch data, rebuilt by validating the
 * file again, and a crash empties it — which commit detects (see stagedRowCount).
 */
export const importRows = pgTable(
  'import_rows',
  {
    jobId: integer('job_id').notNull(),
    rowNumber: integer('row_number').notNull(),
    ...workerDataColumns(false),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.rowNumber] }), index('import_rows_bidx_idx').on(t.jobId, t.idNumberBidx)],
);

/** What commit will do with each staged row: create, update, unchanged or rejected. */
export const importRowActions = pgTable(
  'import_row_actions',
  {
    jobId: integer('job_id').notNull(),
    rowNumber: integer('row_number').notNull(),
    action: text('action').notNull(),
    targetWorkerId: integer('target_worker_id'),
    /** For a repeated ID number: the row where it first appears. */
    duplicateOf: integer('duplicate_of'),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.rowNumber] })],
);

export const importErrors = pgTable(
  'import_errors',
  {
    jobId: integer('job_id').notNull(),
    rowNumber: integer('row_number').notNull(),
    columnName: text('column_name').notNull(),
    reason: text('reason').notNull(),
    /** 'validate' (row content) or 'classify' (against the database; recomputed before commit). */
    stage: text('stage').notNull(),
  },
  (t) => [index('import_errors_job_idx').on(t.jobId, t.rowNumber)],
);

/**
 * Grade and pay rule packs (A4, A12): the whole pack is the JSON of contracts' rulePack, validated on the
 * way in; id, jurisdiction, status and effective date are columns for lookup. Shipped packs are inserted on
 * start when missing and never overwritten, so a province's edits survive upgrades.
 */
export const gradingPacks = pgTable(
  'grading_packs',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    orgCode: text('org_code').notNull(),
    status: text('status').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    body: jsonb('body').notNull(),
    shipped: boolean('shipped').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('grading_packs_org_idx').on(t.orgCode, t.status)],
);

/** An annual advancement batch (A4.2) for a province, city or county: proposed, then approved once. */
export const gradeBatches = pgTable(
  'grade_batches',
  {
    id: serial('id').primaryKey(),
    orgCode: text('org_code').notNull(),
    orgName: text('org_name').notNull(),
    year: integer('year').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    status: text('status').notNull(),
    /** Workers in post under the unit when proposed. */
    workers: integer('workers').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    approvedBy: text('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
  },
  (t) => [index('grade_batches_org_idx').on(t.orgCode, t.year)],
);

/** One proposed grade change of a batch; `applied` is set on approval. */
export const gradeBatchItems = pgTable(
  'grade_batch_items',
  {
    id: serial('id').primaryKey(),
    batchId: integer('batch_id').notNull().references(() => gradeBatches.id),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    name: text('name').notNull(),
    communityName: text('community_name').notNull(),
    postClass: text('post_class').notNull(),
    packId: text('pack_id').notNull(),
    communityYears: integer('community_years').notNull(),
    fromGrade: integer('from_grade'),
    toGrade: integer('to_grade').notNull(),
    applied: boolean('applied'),
  },
  (t) => [index('grade_batch_items_batch_idx').on(t.batchId, t.workerId)],
);

/**
 * Front-line service in a major task, disaster or emergency (A12.3), paid with the month in pay_month.
 * amount is the lump sum a notice set, else per_day is the pack's daily rate frozen when recorded.
 * Revoked rows stay for the record and are left out of pay.
 */
export const specialAllowances = pgTable(
  'special_allowances',
  {
    id: serial('id').primaryKey(),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    kind: text('kind').notNull(),
    event: text('event').notNull(),
    basis: text('basis').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    days: integer('days').notNull(),
    amount: numeric('amount', { precision: 12, scale: 2, mode: 'number' }),
    perDay: numeric('per_day', { precision: 12, scale: 2, mode: 'number' }),
    payMonth: text('pay_month').notNull(),
    recordedByUserId: integer('recorded_by_user_id'),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: text('revoked_by'),
    revokeReason: text('revoke_reason'),
  },
  (t) => [index('special_allowances_month_idx').on(t.payMonth, t.workerId), index('special_allowances_worker_idx').on(t.workerId)],
);

/** 师资库 (A8.4): trainers a unit keeps; visible to its own jurisdiction and the units below. */
export const trainers = pgTable(
  'trainers',
  {
    id: serial('id').primaryKey(),
    orgCode: text('org_code').notNull(),
    name: text('name').notNull(),
    affiliation: text('affiliation').notNull(),
    title: text('title').notNull().default(''),
    topics: text('topics').array().notNull(),
    intro: text('intro').notNull().default(''),
    active: boolean('active').notNull().default(true),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('trainers_org_idx').using('btree', sql`(${t.orgCode} collate "C")`)],
);

/** Training programmes (A5.1, A6.1, A8.1) organised by a unit; the organiser's level decides A8.2. */
export const trainingProgrammes = pgTable(
  'training_programmes',
  {
    id: serial('id').primaryKey(),
    organiserCode: text('organiser_code').notNull(),
    title: text('title').notNull(),
    tier: text('tier').notNull(),
    kind: text('kind').notNull(),
    topics: text('topics').array().notNull(),
    mode: text('mode').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    hours: numeric('hours', { precision: 6, scale: 1, mode: 'number' }).notNull(),
    location: text('location').notNull().default(''),
    description: text('description').notNull().default(''),
    trainerIds: integer('trainer_ids').array().notNull(),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_programmes_org_idx').using('btree', sql`(${t.organiserCode} collate "C")`, t.startDate)],
);

/**
 * A worker on a programme: attendance and result. completed = attended and not failed; it is what the
 * compliance rules count, on the programme's end date.
 */
export const trainingEnrolments = pgTable(
  'training_enrolments',
  {
    programmeId: integer('programme_id').notNull().references(() => trainingProgrammes.id),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    attended: boolean('attended'),
    hours: numeric('hours', { precision: 6, scale: 1, mode: 'number' }),
    onlineHours: numeric('online_hours', { precision: 6, scale: 1, mode: 'number' }),
    result: text('result'),
    completed: boolean('completed').notNull().default(false),
    enrolledBy: text('enrolled_by').notNull(),
    enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: text('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.workerId] }), index('training_enrolments_worker_idx').on(t.workerId)],
);

/** 资源库 (A8.4): course materials stored by the app under DATA_DIR, addressed by content hash. */
export const trainingResources = pgTable(
  'training_resources',
  {
    id: serial('id').primaryKey(),
    orgCode: text('org_code').notNull(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    topics: text('topics').array().notNull(),
    description: text('description').notNull().default(''),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('training_resources_org_idx').using('btree', sql`(${t.orgCode} collate "C")`)],
);

/**
 * A county's annual assessment scheme (A10.1): dimensions, weights, grades, cap and rater minimums in
 * `body` (domain AssessmentScheme). Published schemes open the residents' survey and take scores.
 */
export const assessmentSchemes = pgTable(
  'assessment_schemes',
  {
    id: serial('id').primaryKey(),
    orgCode: text('org_code').notNull(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    body: jsonb('body').notNull(),
    status: text('status').notNull(),
    surveyOpens: date('survey_opens').notNull(),
    surveyCloses: date('survey_closes').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: text('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    resultsPublishedBy: text('results_published_by'),
    resultsPublishedAt: timestamp('results_published_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('assessment_schemes_org_year_uq').on(t.orgCode, t.year)],
);

/** Everyone assessed under a published scheme, with the unguessable token of their survey link. */
export const assessmentParticipants = pgTable(
  'assessment_participants',
  {
    schemeId: integer('scheme_id').notNull().references(() => assessmentSchemes.id),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    surveyToken: text('survey_token').notNull(),
  },
  (t) => [primaryKey({ columns: [t.schemeId, t.workerId] }), uniqueIndex('assessment_participants_token_uq').on(t.surveyToken), index('assessment_participants_worker_idx').on(t.workerId)],
);

/** Street and peer scores per dimension, entered by authorised users. */
export const assessmentScores = pgTable(
  'assessment_scores',
  {
    schemeId: integer('scheme_id').notNull().references(() => assessmentSchemes.id),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    dimension: text('dimension').notNull(),
    score: numeric('score', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    enteredBy: text('entered_by').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.schemeId, t.workerId, t.dimension] })],
);

/**
 * A resident's rating of one worker in one cycle. Only the phone's blind index is kept: enough to refuse a
 * second vote, never enough to say who rated.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    schemeId: integer('scheme_id').notNull().references(() => assessmentSchemes.id),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    phoneBidx: text('phone_bidx').notNull(),
    level: text('level').notNull(),
    respondentType: text('respondent_type').notNull(),
    ordinary: boolean('ordinary').notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('survey_responses_once_uq').on(t.schemeId, t.workerId, t.phoneBidx)],
);

/** One-time codes sent to a resident's phone; hashed, short-lived, limited attempts. */
export const surveyCodes = pgTable(
  'survey_codes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    schemeId: integer('scheme_id').notNull(),
    workerId: integer('worker_id').notNull(),
    phoneBidx: text('phone_bidx').notNull(),
    codeHash: text('code_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    usedAt: timestamp('used_at', { withTimezone: true }),
    clientKey: text('client_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('survey_codes_phone_idx').on(t.phoneBidx, t.createdAt), index('survey_codes_client_idx').on(t.clientKey, t.createdAt)],
);

/** Published results (A10.2): what grading, pay and contract reviews read. */
export const assessmentResults = pgTable(
  'assessment_results',
  {
    schemeId: integer('scheme_id').notNull().references(() => assessmentSchemes.id),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    year: integer('year').notNull(),
    total: numeric('total', { precision: 5, scale: 2, mode: 'number' }),
    grade: text('grade').notNull(),
    /** The scheme's last grade (不称职/不合格): excluded years, non-renewal review. */
    failing: boolean('failing').notNull(),
    capped: boolean('capped').notNull(),
    explanation: jsonb('explanation').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.schemeId, t.workerId] }), index('assessment_results_worker_idx').on(t.workerId, t.year)],
);

/** 复核 appeals against a published result. */
export const assessmentAppeals = pgTable(
  'assessment_appeals',
  {
    id: serial('id').primaryKey(),
    schemeId: integer('scheme_id').notNull().references(() => assessmentSchemes.id),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    reason: text('reason').notNull(),
    /** The published grade when the appeal was filed. */
    oldGrade: text('old_grade').notNull().default(''),
    filedBy: text('filed_by').notNull(),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull().defaultNow(),
    status: text('status').notNull(),
    decision: text('decision'),
    newGrade: text('new_grade'),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [index('assessment_appeals_scheme_idx').on(t.schemeId, t.workerId)],
);

/** Conduct problems (A7.1: 躺平, 推诿扯皮, 服务态度) and their follow-up; they inform the street score. */
export const conductNotes = pgTable(
  'conduct_notes',
  {
    id: serial('id').primaryKey(),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    occurredOn: date('occurred_on').notNull(),
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    followUp: text('follow_up').notNull().default(''),
    resolved: boolean('resolved').notNull().default(false),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('conduct_notes_worker_idx').on(t.workerId, t.occurredOn)],
);

/** 容错纠错 decisions (A10.2): a mistake excused or mitigated, with the basis, on the worker's record. */
export const errorToleranceDecisions = pgTable(
  'error_tolerance_decisions',
  {
    id: serial('id').primaryKey(),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    decidedOn: date('decided_on').notNull(),
    matter: text('matter').notNull(),
    decision: text('decision').notNull(),
    basis: text('basis').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('error_tolerance_worker_idx').on(t.workerId)],
);

/** 政治把关 (A2.1): the political vetting at entry, one row per vetting. */
export const politicalVettings = pgTable(
  'political_vettings',
  {
    id: serial('id').primaryKey(),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    vettedOn: date('vetted_on').notNull(),
    vettingBody: text('vetting_body').notNull(),
    conductRecord: text('conduct_record').notNull(),
    result: text('result').notNull(),
    notes: text('notes').notNull().default(''),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('political_vettings_worker_idx').on(t.workerId)],
);

/**
 * 后备人才库 (A2.2): candidates for community secretary and 两委 posts. Most are workers; others (a
 * returning graduate, a veteran) are recorded by name and background only, without personal numbers.
 */
export const reserveCandidates = pgTable(
  'reserve_candidates',
  {
    id: serial('id').primaryKey(),
    communityCode: text('community_code').notNull(),
    workerId: integer('worker_id').references(() => workers.id),
    name: text('name').notNull(),
    gender: text('gender'),
    birthYear: integer('birth_year'),
    education: text('education'),
    politicalStatus: text('political_status'),
    source: text('source').notNull(),
    targetPost: text('target_post').notNull(),
    nominatedOn: date('nominated_on').notNull(),
    nominatedBy: text('nominated_by').notNull(),
    measures: jsonb('measures').notNull().default(sql`'[]'::jsonb`),
    status: text('status').notNull(),
    review: text('review').notNull().default(''),
    reviewedOn: date('reviewed_on'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reserve_candidates_community_idx').using('btree', sql`(${t.communityCode} collate "C")`)],
);

/** Honours, nominations and career moves (A13.1, A13.3) as archive events. */
export const careerEvents = pgTable(
  'career_events',
  {
    id: serial('id').primaryKey(),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    level: text('level').notNull(),
    occurredOn: date('occurred_on').notNull(),
    issuer: text('issuer').notNull(),
    notes: text('notes').notNull().default(''),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('career_events_worker_idx').on(t.workerId, t.occurredOn)],
);

/** Annual health checks (A14.1): scheduled and completed, one per worker per year. */
export const healthChecks = pgTable(
  'health_checks',
  {
    workerId: integer('worker_id').notNull().references(() => workers.id),
    year: integer('year').notNull(),
    scheduledOn: date('scheduled_on'),
    completedOn: date('completed_on'),
    institution: text('institution').notNull().default(''),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workerId, t.year] })],
);

/** Holiday visits to front-line and retired workers (A14.1). */
export const careVisits = pgTable(
  'care_visits',
  {
    id: serial('id').primaryKey(),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    occasion: text('occasion').notNull(),
    visitedOn: date('visited_on').notNull(),
    visitors: text('visitors').notNull(),
    content: text('content').notNull(),
    amount: numeric('amount', { precision: 10, scale: 2, mode: 'number' }),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('care_visits_worker_idx').on(t.workerId, t.visitedOn)],
);

/** The difficulties channel (A14.1): a worker raises one, the street must answer by the due date. */
export const difficulties = pgTable(
  'difficulties',
  {
    id: serial('id').primaryKey(),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    category: text('category').notNull(),
    content: text('content').notNull(),
    submittedBy: text('submitted_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull(),
    answer: text('answer'),
    answeredBy: text('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('difficulties_worker_idx').on(t.workerId), index('difficulties_status_idx').on(t.status, t.dueOn)],
);

/** 全岗通 (A6.2): the front-desk posts a worker is certified to handle. */
export const postCertifications = pgTable(
  'post_certifications',
  {
    workerId: integer('worker_id').notNull().references(() => workers.id),
    post: text('post').notNull(),
    certifiedOn: date('certified_on').notNull(),
    certifiedBy: text('certified_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workerId, t.post] })],
);

/** 导师帮带 (A6.2): an experienced worker mentoring a newer one for a period. */
export const mentorships = pgTable(
  'mentorships',
  {
    id: serial('id').primaryKey(),
    mentorId: integer('mentor_id').notNull().references(() => workers.id),
    menteeId: integer('mentee_id').notNull().references(() => workers.id),
    startOn: date('start_on').notNull(),
    endOn: date('end_on').notNull(),
    goals: text('goals').notNull(),
    evaluation: text('evaluation'),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mentorships_mentee_idx').on(t.menteeId), index('mentorships_mentor_idx').on(t.mentorId)],
);

/** Skills competitions (职业能力大赛, A6.2) organised by a unit, with results per worker. */
export const competitions = pgTable(
  'competitions',
  {
    id: serial('id').primaryKey(),
    orgCode: text('org_code').notNull(),
    name: text('name').notNull(),
    level: text('level').notNull(),
    heldOn: date('held_on').notNull(),
    description: text('description').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('competitions_org_idx').using('btree', sql`(${t.orgCode} collate "C")`)],
);

export const competitionResults = pgTable(
  'competition_results',
  {
    competitionId: integer('competition_id').notNull().references(() => competitions.id),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    award: text('award').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.competitionId, t.workerId] })],
);

/** 社区工作法 case library (A6.1): practice written up for case-method teaching. */
export const workCases = pgTable(
  'work_cases',
  {
    id: serial('id').primaryKey(),
    orgCode: text('org_code').notNull(),
    title: text('title').notNull(),
    methodName: text('method_name').notNull(),
    topics: text('topics').array().notNull(),
    summary: text('summary').notNull(),
    content: text('content').notNull(),
    authorWorkerId: integer('author_worker_id').references(() => workers.id),
    status: text('status').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [index('work_cases_org_idx').using('btree', sql`(${t.orgCode} collate "C")`)],
);

/**
 * One approval request of any kind (leave now; secondment, matter access, quota changes, exits, reports
 * later): the workflow definition is copied in when submitted, so changing a definition never moves a
 * request already on its way; `state` holds every step taken (domain workflow.ts).
 */
export const workflowRequests = pgTable(
  'workflow_requests',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    subjectWorkerId: integer('subject_worker_id').references(() => workers.id),
    subjectCode: text('subject_code').notNull(),
    requesterUserId: integer('requester_user_id').notNull(),
    requesterName: text('requester_name').notNull(),
    /** What is asked, in words, fixed at submission ("张三 事假 3 天…", "借调 王五 至…"). */
    title: text('title').notNull().default(''),
    /** What a kind without a table of its own asks for (an exit's type and date, a new ceiling), applied by its decision hook. */
    payload: jsonb('payload').notNull().default(sql`'{}'::jsonb`),
    definition: jsonb('definition').notNull(),
    state: jsonb('state').notNull(),
    status: text('status').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('workflow_requests_subject_idx').using('btree', sql`(${t.subjectCode} collate "C")`, t.status), index('workflow_requests_requester_idx').on(t.requesterUserId)],
);

/** A leave request (请销假, A9.2) and its return record. */
export const leaveRequests = pgTable(
  'leave_requests',
  {
    requestId: integer('request_id').primaryKey().references(() => workflowRequests.id),
    workerId: integer('worker_id').notNull().references(() => workers.id),
    leaveType: text('leave_type').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    days: integer('days').notNull(),
    reason: text('reason').notNull(),
    returnedOn: date('returned_on'),
  },
  (t) => [index('leave_requests_worker_idx').on(t.workerId, t.startDate)],
);
