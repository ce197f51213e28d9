// Open data API (A17.4 一次采集、多方利用): keys for consuming systems and the log of every call they make.
import { bigserial, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { orgUnits } from './schema.ts';

/**
 * One key per consuming system. The secret itself is never stored: only its SHA-256 (the secret is 256
 * random bits, so a plain hash cannot be guessed back) and a short hint to tell keys apart.
 */
export const openApiKeys = pgTable(
  'open_api_keys',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    contact: text('contact').notNull(),
    scopeCode: text('scope_code')
      .notNull()
      .references(() => orgUnits.code),
    fields: text('fields').array().notNull(),
    secretHash: text('secret_hash').notNull(),
    hint: text('hint').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdByUserId: integer('created_by_user_id'),
    createdByName: text('created_by_name').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedByName: text('revoked_by_name'),
  },
  (t) => [uniqueIndex('open_api_keys_secret_hash_uq').on(t.secretHash)],
);

/** Every call to /open/v1, answered or refused; `keyId` is null when no valid key was presented. */
export const openApiCalls = pgTable(
  'open_api_calls',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    keyId: integer('key_id').references(() => openApiKeys.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    status: integer('status').notNull(),
    rows: integer('rows').notNull().default(0),
    ip: text('ip'),
    durationMs: integer('duration_ms').notNull().default(0),
  },
  (t) => [index('open_api_calls_key_idx').on(t.keyId, t.id)],
);
