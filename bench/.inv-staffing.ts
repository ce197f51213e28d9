import { sql } from 'drizzle-orm';
import { openDatabase } from '../apps/api/src/db/database.ts';
import { loadOrgSnapshot } from '../apps/api/src/modules/org/org-snapshot.ts';
import * as q from '../apps/api/src/modules/staffing/staffing.queries.ts';
import { startThrowawayCluster } from '../scripts/pg-cluster.ts';
import { rebuildAllCounters } from '../apps/api/src/modules/stats/stats-maintenance.ts';
import { getStaffing } from '../apps/api/src/modules/staffing/staffing.service.ts';
const cluster = await startThrowawayCluster();
try {
  const database = await openDatabase({ databaseUrl: cluster.url });
  const db = database.db;
  await loadOrgSnapshot(database, { prefix: '' });
  await rebuildAllCounters(db);
  await db.execute(sql`vacuum analyze`);
  const time = async (label: string, fn: () => Promise<unknown>) => {
    for (let i = 0; i < 3; i++) await fn();
    const ts: number[] = [];
    for (let i = 0; i < 15; i++) { const s = performance.now(); await fn(); ts.push(performance.now() - s); }
    ts.sort((a, b) => a - b);
    console.log(label.padEnd(40), 'median', ts[7]!.toFixed(2), 'max', ts[14]!.toFixed(2));
  };
  const facts = await q.latestFactsUnder(db, '');
  await time('latestFactsUnder("")', () => q.latestFactsUnder(db, ''));
  await time('unitsForStaffing("")', () => q.unitsForStaffing(db, '', facts.map((f) => f.orgCode)));
  await time('allRules', () => q.allRules(db));
  const actor = { userId: 1, username: 'x', displayName: 'x', role: 'swb_admin', scopeCode: '', permissions: ['staffing:read'], ip: '' } as never;
  await time('getStaffing root', () => getStaffing({ db, actor, code: 'root' }));
  await time('getStaffing 37', () => getStaffing({ db, actor, code: '37' }));
  for (const s of [
    sql`explain analyze select distinct on (org_code) org_code, year, urban_population, households, source from population_facts where org_code like '%' order by org_code, year desc, recorded_at desc, id desc`,
    sql`explain analyze select code, name, level, parent_code from org_units where code like '%' and level in ('province','city','county') order by code`,
  ]) console.log((await db.execute(s)).rows.map((r: any) => r['QUERY PLAN']).join('\n'));
  await database.close();
} finally { await cluster.stop(); }
