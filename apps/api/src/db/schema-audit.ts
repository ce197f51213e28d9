// The SM3 audit chain's bookkeeping (等保 2.0 三级 audit integrity): one row, id = 1.
import { bigint, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The chain's two ends. Every audit writer locks this row (SELECT … FOR UPDATE) before appending, which
 * keeps the chain linear under concurrency; `head_*` lets `audit verify` notice records cut from the end,
 * and `anchor_*` (the last purged record) is where verification starts after a retention purge.
 */
export const auditChainState = pgTable('audit_chain_state', {
  id: smallint('id').primaryKey(),
  headId: bigint('head_id', { mode: 'number' }).notNull(),
  headHash: text('head_hash').notNull(),
  anchorId: bigint('anchor_id', { mode: 'number' }).notNull(),
  anchorHash: text('anchor_hash').notNull(),
  purgedAt: timestamp('purged_at', { withTimezone: true }),
  purgedBefore: timestamp('purged_before', { withTimezone: true }),
});
