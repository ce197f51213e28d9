import Fastify from 'fastify';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { registerErrorHandler } from '../src/plugins/error-handler.ts';
import { createClusterDatabase, dropClusterDatabases } from './test-cluster.ts';

// Writers that PostgreSQL rolls back to break a deadlock (or a serialization failure) get a clear 409 to
// retry, never a 500 (issue 8). On PostgreSQL the error is a real deadlock between two connections, as
// drizzle reports it; PGlite has one connection and cannot deadlock, so there the error is built alike.

const created: string[] = [];
afterAll(() => dropClusterDatabases(created));

/** Two transactions taking the same two rows in opposite order; answers the error of the one PostgreSQL rolled back. */
async function realDeadlock(url: string): Promise<unknown> {
  const [a, b] = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
  await Promise.all([a.connect(), b.connect()]);
  const [da, db] = [drizzle(a), drizzle(b)];
  try {
    await da.execute(sql`create table pair (id int primary key, v int); insert into pair values (1, 0), (2, 0)`);
    await da.execute(sql`begin`);
    await db.execute(sql`begin`);
    await da.execute(sql`update pair set v = 1 where id = 1`);
    await db.execute(sql`update pair set v = 2 where id = 2`);
    const settled = await Promise.allSettled([da.execute(sql`update pair set v = 1 where id = 2`), db.execute(sql`update pair set v = 2 where id = 1`)]);
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (!failed) throw new Error('expected a deadlock');
    return failed.reason;
  } finally {
    await Promise.allSettled([a.end(), b.end()]);
  }
}

describe('write conflict', () => {
  it('write conflict: a transaction rolled back as a deadlock answers 409 WRITE_CONFLICT with Retry-After and an actionable message, not 500', async () => {
    const onCluster = await createClusterDatabase('deadlock');
    if (onCluster) created.push(onCluster.name);
    const err = onCluster ? await realDeadlock(onCluster.url) : Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('deadlock detected'), { code: '40P01' }) });
    const app = Fastify({ logger: false });
    registerErrorHandler(app);
    app.get('/x', async () => {
      throw err;
    });
    const res = await app.inject({ method: 'GET', url: '/x' });
    expect(res.statusCode).toBe(409);
    expect(res.headers['retry-after']).toBe('1');
    expect(res.json()).toMatchObject({ code: 'WRITE_CONFLICT', message: expect.stringContaining('请重试'), messageEn: expect.stringContaining('try again') });
    await app.close();
  });
});
