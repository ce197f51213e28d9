/**
 * Builds the compact org-tree and census snapshot the running product loads into an empty database, from
 * the shared statistical division data (dev-time input only: the product never reads ../shared).
 *
 *   npm run divisions:snapshot [-- --source ../shared/data/divisions]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argIdx = process.argv.indexOf('--source');
const source = argIdx > 0 ? resolve(process.argv[argIdx + 1]!) : resolve(root, '../shared/data/divisions');
const outDir = join(root, 'apps/api/resources/divisions');

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(source, file), 'utf8').split('\n').filter((l) => l.length > 0);
  const cols = header!.split(',');
  // The division files contain no quoted fields (checked: no names with commas), so a plain split is exact.
  return lines.map((l) => {
    const cells = l.split(',');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

const tsv = (rows: (string | number | null)[][]) => rows.map((r) => r.map((v) => (v === null || v === '' ? '\\N' : String(v))).join('\t')).join('\n') + '\n';

const orgRows: (string | null)[][] = [];
for (const p of readCsv('provinces.csv')) orgRows.push([p.code!, null, p.name!, 'province', null, null, null]);
for (const c of readCsv('cities.csv')) orgRows.push([c.code!, c.province_code!, c.name!, 'city', null, null, null]);
for (const c of readCsv('counties.csv')) orgRows.push([c.code!, c.city_code!, c.name!, 'county', null, null, null]);
for (const s of readCsv('streets.csv')) orgRows.push([s.code!, s.county_code!, s.name!, 'street', s.street_kind!, null, null]);
for (const r of readCsv('residents_committees.csv')) orgRows.push([r.code!, r.street_code!, r.name!, 'community', null, r.committee_kind!, r.ur_code || null]);

const known = new Set(orgRows.map((r) => r[0]));
const CENSUS = '第七次全国人口普查（2020）';
const popRows: (string | number | null)[][] = [];
for (const p of readCsv('county_population_2020.csv')) {
  let code: string | null = null;
  if (p.level === 'province' && p.census_code) code = p.census_code.slice(0, 2);
  else if (p.county_code_2023) code = p.county_code_2023;
  else if (p.level === 'city' && p.census_code) code = p.census_code.slice(0, 4);
  if (!code || !known.has(code)) continue;
  const num = (v: string | undefined) => (v ? Math.round(Number(v)) : null);
  popRows.push([code, 2020, num(p.pop_total), num(p.pop_urban), num(p.family_households), CENSUS]);
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'org-units.tsv.gz'), gzipSync(tsv(orgRows), { level: 9 }));
writeFileSync(join(outDir, 'population-2020.tsv.gz'), gzipSync(tsv(popRows), { level: 9 }));
console.log(`org units: ${orgRows.length}, population facts: ${popRows.length} → ${outDir}`);
