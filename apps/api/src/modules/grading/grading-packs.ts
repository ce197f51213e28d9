// The packs shipped with the product (apps/api/resources/grading-packs, built from rules.md §3 with the
// unverified numbers marked): validated against the contract when read, inserted on start when missing.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rulePack, type RulePack } from '@cwp/contracts/grading.contract';
import type { Db } from '../../db/database.ts';
import { insertPackIfMissing } from './grading.queries.ts';

const DIR = fileURLToPath(new URL('../../../resources/grading-packs/', import.meta.url));

export function readShippedPacks(): RulePack[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = rulePack.safeParse(JSON.parse(readFileSync(DIR + f, 'utf8')));
      if (!parsed.success) throw new Error(`shipped grading pack ${f} is invalid: ${parsed.error.message}`);
      return parsed.data;
    });
}

export async function ensureShippedPacks(db: Db): Promise<void> {
  for (const p of readShippedPacks()) {
    await insertPackIfMissing(db, { id: p.id, name: p.name, orgCode: p.orgCode, status: p.status, effectiveFrom: p.effectiveFrom, body: p, shipped: true });
  }
}
