import type { Db } from './database.ts';

const prepared = new WeakMap<object, Map<string, unknown>>();

/**
 * One prepared query per database handle and name. Building a drizzle query is most of the CPU a hot read
 * costs (issue 8 load profile: ~0.3 ms of a 1.3 ms worker detail read), and PostgreSQL parses a named
 * statement once per connection. Only for the few reads every request makes; `name` must be unique per
 * query text, since node-postgres keys statements by name on each connection.
 */
export function preparedOnce<T>(db: Db, name: string, build: (db: Db) => T): T {
  let byName = prepared.get(db);
  if (!byName) {
    byName = new Map();
    prepared.set(db, byName);
  }
  let p = byName.get(name) as T | undefined;
  if (p === undefined) {
    p = build(db);
    byName.set(name, p);
  }
  return p;
}
