import { and, eq } from 'drizzle-orm';
import type { SecurityPolicyFields } from '@cwp/contracts/security-policy.contract';
import type { Db } from '../../db/database.ts';
import { securityPolicy } from '../../db/schema-identity.ts';
import { users } from '../../db/schema.ts';

export async function findPolicyRow(db: Db) {
  const [row] = await db
    .select({ policy: securityPolicy, updatedBy: users.username })
    .from(securityPolicy)
    .leftJoin(users, eq(users.id, securityPolicy.updatedBy))
    .where(eq(securityPolicy.id, 1))
    .limit(1);
  return row;
}

/** Saves the policy if the row is still at `version` (0 = never saved); answers false when someone saved meanwhile. */
export async function savePolicyRow(db: Db, fields: SecurityPolicyFields, version: number, userId: number): Promise<boolean> {
  const values = { ...fields, updatedAt: new Date(), updatedBy: userId };
  if (version === 0) {
    const rows = await db
      .insert(securityPolicy)
      .values({ id: 1, ...values, version: 1 })
      .onConflictDoNothing()
      .returning({ id: securityPolicy.id });
    return rows.length === 1;
  }
  const rows = await db
    .update(securityPolicy)
    .set({ ...values, version: version + 1 })
    .where(and(eq(securityPolicy.id, 1), eq(securityPolicy.version, version)))
    .returning({ id: securityPolicy.id });
  return rows.length === 1;
}
