import { count, eq, like, and, sql } from 'drizzle-orm';
import { todayIso } from '@cwp/domain/dates';
import { copyObjects } from '../db/copy-objects.ts';
import type { Database } from '../db/database.ts';
import { orgUnits, trainingEnrolments, trainingProgrammes, users, workerHistory, workers } from '../db/schema.ts';
import { loadOrgSnapshot } from '../modules/org/org-snapshot.ts';
import { rebuildAllCounters } from '../modules/stats/stats-maintenance.ts';
import { reconstructMonthEnds } from '../modules/stats/stats.service.ts';
import { buildWorkerRow } from '../modules/workers/worker-row.ts';
import type { PiiCrypto } from '../security/pii-crypto.ts';
import { hashPassword } from '../security/passwords.ts';
import { seedDemoAttendance } from './demo-attendance.ts';
import { seedDemoBurden, seedNationalBurdenLists } from './burden-lists.ts';
import { seedDemoSupervision } from './demo-supervision.ts';
import { seedDemoWorkLogs } from './demo-work-logs.ts';
import { generateDemoTraining } from './demo-training.ts';
import { seedDemoEmployment } from './demo-employment.ts';
import { demoAccounts, generateDemoWorkforce, type DemoAccount } from './demo-workforce.ts';

export const DEMO_CITY = '3709';
const DEMO_SEED = 20240328;

export interface FirstStartReport {
  orgUnitsLoaded: number;
  populationFactsLoaded: number;
  demoWorkers: number;
  demoAccounts: DemoAccount[];
}

/**
 * On an empty database: the org tree and census figures; then, in demo mode, the 泰安 workforce with an
 * archive row each and the demo accounts. Runs once; later starts find data and return at once.
 */
export async function prepareDatabase(opts: {
  database: Database;
  crypto: PiiCrypto;
  demo: boolean;
  demoPassword: string;
  orgPrefix?: string;
}): Promise<FirstStartReport | null> {
  const { database, crypto } = opts;
  const { db } = database;
  const [units] = await db.select({ n: count() }).from(orgUnits);
  if ((units?.n ?? 0) > 0) return null;
  const loaded = await loadOrgSnapshot(database, { prefix: opts.orgPrefix ?? '' });
  // Product data in both modes: the national list of certificates communities no longer issue (A17.1).
  await seedNationalBurdenLists(db);
  const report: FirstStartReport = { orgUnitsLoaded: loaded.units, populationFactsLoaded: loaded.facts, demoWorkers: 0, demoAccounts: [] };

  const [existingUsers] = await db.select({ n: count() }).from(users);
  if ((existingUsers?.n ?? 0) > 0) {
    await rebuildAllCounters(db);
    return report;
  }
  if (!opts.demo) {
    // Without demo data the only accounts are the three administrators (三员分立: accounts, roles, audit),
    // each of whom must change the initial password at first login.
    await rebuildAllCounters(db);
    const initial = await hashPassword(opts.demoPassword);
    await db.insert(users).values([
      { username: 'admin', displayName: '系统管理员', passwordHash: initial, role: 'system_admin', scopeCode: '', mustChangePassword: true },
      { username: 'anquan', displayName: '安全管理员', passwordHash: initial, role: 'security_admin', scopeCode: '', mustChangePassword: true },
      { username: 'auditor', displayName: '安全审计员', passwordHash: initial, role: 'auditor', scopeCode: '', mustChangePassword: true },
    ]);
    return report;
  }

  const communities = (
    await db
      .select({ code: orgUnits.code, name: orgUnits.name, streetCode: orgUnits.parentCode, urCode: orgUnits.urCode })
      .from(orgUnits)
      .where(and(eq(orgUnits.level, 'community'), like(orgUnits.code, `${DEMO_CITY}%`)))
      .orderBy(orgUnits.code)
  ).map((c) => ({ ...c, streetCode: c.streetCode! }));
  const today = todayIso();
  const demo = generateDemoWorkforce(communities, { seed: DEMO_SEED, today });
  const workerRows = demo.map((w, i) => ({
    id: i + 1,
    ...buildWorkerRow(crypto, w, { idNumber: w.idNumber, gender: w.gender, birthDate: w.birthDate, phone: w.phone, status: w.status }),
  }));
  await copyObjects(database, workers, 'workers', workerRows);
  await db.execute(sql`select setval(pg_get_serial_sequence('workers', 'id'), ${Math.max(workerRows.length, 1)})`);
  const names = new Map(communities.map((c) => [c.code, c.name]));
  await copyObjects(
    database,
    workerHistory,
    'worker_history',
    demo.map((w, i) => ({
      workerId: i + 1,
      kind: 'registered',
      occurredOn: w.communityStartDate,
      actorName: '系统初始化',
      source: 'seed',
      summary: `登记入库：${names.get(w.communityCode)}，${w.category}，${w.sourceChannel}`,
      changes: [],
    })),
  );

  const unitNames = new Map(
    (await db.select({ code: orgUnits.code, name: orgUnits.name }).from(orgUnits).where(and(like(orgUnits.code, `${DEMO_CITY}%`), sql`${orgUnits.level} in ('county', 'street')`))).map((u) => [u.code, u.name]),
  );
  const training = generateDemoTraining(demo, { today, units: unitNames });
  await copyObjects(database, trainingProgrammes, 'training_programmes', training.programmes);
  await db.execute(sql`select setval(pg_get_serial_sequence('training_programmes', 'id'), ${Math.max(training.programmes.length, 1)})`);
  await copyObjects(database, trainingEnrolments, 'training_enrolments', training.enrolments);

  await rebuildAllCounters(db);
  // The demo shows a year of trend, rebuilt from the registry's dates and labelled as reconstructed.
  await reconstructMonthEnds(db, 12);
  const accounts = demoAccounts(communities, demo);
  const passwordHash = await hashPassword(opts.demoPassword);
  await db.insert(users).values(
    accounts.map((a) => ({
      username: a.username,
      displayName: a.displayName,
      passwordHash,
      role: a.role,
      scopeCode: a.scopeCode,
      workerId: a.role === 'worker' && a.workerIndex !== undefined ? a.workerIndex + 1 : null,
    })),
  );
  await seedDemoAttendance(db, { today });
  await seedDemoSupervision(db, { today });
  await seedDemoBurden(db, { today });
  await seedDemoWorkLogs(db, { today });
  await seedDemoEmployment(database, { city: DEMO_CITY, today });
  return { ...report, demoWorkers: demo.length, demoAccounts: accounts };
}
