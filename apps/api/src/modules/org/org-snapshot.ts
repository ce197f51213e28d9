import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { CopyValue, Database } from '../../db/database.ts';

const RESOURCES = new URL('../../../resources/divisions/', import.meta.url);

function readTsv(name: string): (string | null)[][] {
  const text = gunzipSync(readFileSync(fileURLToPath(new URL(name, RESOURCES)))).toString('utf8');
  return text
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => l.split('\t').map((v) => (v === '\\N' ? null : v)));
}

/** A unit belongs to a partial load when it is inside the prefix or is one of the prefix's ancestors. */
function selected(code: string, prefix: string): boolean {
  return code.startsWith(prefix) || prefix.startsWith(code);
}

/**
 * Loads the national org tree (provinces → residents' committees) and the 2020 census county figures
 * from the snapshot shipped with the product, with COPY. `prefix` limits the load (tests, small installs).
 */
export async function loadOrgSnapshot(database: Database, opts: { prefix?: string } = {}): Promise<{ units: number; facts: number }> {
  const prefix = opts.prefix ?? '';
  const units = readTsv('org-units.tsv.gz').filter((r) => selected(r[0]!, prefix));
  const loaded = await database.copyRows(
    'org_units',
    ['code', 'parent_code', 'name', 'level', 'street_kind', 'committee_kind', 'ur_code'],
    units as CopyValue[][],
  );
  const facts = readTsv('population-2020.tsv.gz')
    .filter((r) => selected(r[0]!, prefix))
    .map((r) => [r[0], Number(r[1]), r[2] === null ? null : Number(r[2]), r[3] === null ? null : Number(r[3]), r[4] === null ? null : Number(r[4]), r[5], '系统初始化']);
  const factCount = await database.copyRows(
    'population_facts',
    ['org_code', 'year', 'total_population', 'urban_population', 'households', 'source', 'recorded_by_name'],
    facts as CopyValue[][],
  );
  return { units: loaded, facts: factCount };
}
