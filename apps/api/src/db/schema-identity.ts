// Identity and access (issue 8): the password history behind "not one of the last 5" and the failed-login
// counters behind the lockout. Both are keyed so that an unknown username is counted exactly like a real one:
// the answers then never tell whether an account exists.
import { check, index, integer, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './schema.ts';

/** Hashes of the passwords an account has had (argon2id, the same function as users.password_hash); the newest 5 are kept. */
export const passwordHistory = pgTable(
  'password_history',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    passwordHash: text('password_hash').notNull(),
    setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('password_history_user_idx').on(t.userId, t.id)],
);

/**
 * Consecutive failed logins per lower-cased username ('account') and per client address ('address').
 * `failures` restarts when the last failure is older than the lock window; reaching the limit sets
 * `lockedUntil` and restarts the count. A successful login deletes the rows of its username and address.
 */
export const loginThrottle = pgTable(
  'login_throttle',
  {
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    failures: integer('failures').notNull().default(0),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.kind, t.key] })],
);

/**
 * The security administrator's password, lockout and session policy: one row (id 1) once saved; until then
 * the values come from configuration. `version` guards against two administrators overwriting each other.
 */
export const securityPolicy = pgTable(
  'security_policy',
  {
    id: integer('id').primaryKey(),
    passwordMinLength: integer('password_min_length').notNull(),
    passwordMinClasses: integer('password_min_classes').notNull(),
    passwordHistory: integer('password_history').notNull(),
    loginMaxFailures: integer('login_max_failures').notNull(),
    loginLockMinutes: integer('login_lock_minutes').notNull(),
    loginRatePerMinute: integer('login_rate_per_minute').notNull(),
    sessionIdleMinutes: integer('session_idle_minutes').notNull(),
    sessionMaxHours: integer('session_max_hours').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [check('security_policy_single_row', sql`${t.id} = 1`)],
);
