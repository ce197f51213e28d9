// One batch of sheet rows → validated, sealed staging rows as COPY text plus the rows' problems. Runs on
// the main thread or in a worker thread (import-stage-worker.ts): it touches no database and no shared state.
import { validatePhone } from '@cwp/domain/phone';
import { columnNamesOf, toCopyValue } from '../../db/copy-objects.ts';
import { encodeCopy, type CopyValue } from '../../db/database.ts';
import { importRows } from '../../db/schema.ts';
import type { PiiCrypto } from '../../security/pii-crypto.ts';
import { buildWorkerRow } from '../workers/worker-row.ts';
import type { LocatedHeader, ImportMode } from './import-columns.ts';
import type { SheetRow } from './import-reader.ts';
import { validateImportRow } from './import-validate.ts';

export interface ImportCommunity {
  code: string;
  streetCode: string;
  name: string;
}

/** Code or exact name → a community the import may place workers in. */
export function communityResolverFrom(communities: readonly ImportCommunity[]) {
  const byCode = new Map<string, ImportCommunity>();
  const byName = new Map<string, ImportCommunity[]>();
  for (const c of communities) {
    byCode.set(c.code, c);
    const same = byName.get(c.name);
    if (same) same.push(c);
    else byName.set(c.name, [c]);
  }
  return (value: string) => {
    const v = value.trim();
    const hit = /^\d{12}$/.test(v) ? [byCode.get(v)].filter((c): c is ImportCommunity => !!c) : (byName.get(v) ?? []);
    if (hit.length === 1) return { ok: true as const, communityCode: hit[0]!.code, streetCode: hit[0]!.streetCode };
    if (hit.length > 1) return { ok: false as const, reason: `社区名称“${v}”在导入范围内不唯一，请改填 12 位社区代码` };
    return { ok: false as const, reason: `所在社区“${v}”不存在或不在您的数据范围内` };
  };
}

export interface StageContext {
  jobId: number;
  mode: ImportMode;
  today: string;
  header: Pick<LocatedHeader, 'columns' | 'headers'>;
  resolveCommunity: ReturnType<typeof communityResolverFrom>;
  crypto: PiiCrypto;
}

export type StageError = {
  jobId: number;
  rowNumber: number;
  columnName: string;
  reason: string;
  stage: 'validate';
};

export interface StagedBatch {
  /** COPY text for import_rows in `columns` order; '' when no row passed. */
  copyText: string;
  columns: string[];
  staged: number;
  errors: StageError[];
}

export function stageRows(ctx: StageContext, rows: readonly SheetRow[]): StagedBatch {
  const values: CopyValue[][] = [];
  const errors: StageError[] = [];
  let keys: string[] | null = null;
  for (const row of rows) {
    const r = validateImportRow(row, ctx.header.columns, { mode: ctx.mode, today: ctx.today, resolveCommunity: ctx.resolveCommunity, headers: ctx.header.headers });
    if (r.ok === 'blank') continue;
    if (r.ok === false) {
      for (const e of r.errors) errors.push({ jobId: ctx.jobId, rowNumber: row.rowNumber, columnName: e.column, reason: e.reason, stage: 'validate' });
      continue;
    }
    const id = r.parsedId;
    const phone = r.input.phone ? (validatePhone(r.input.phone) as { ok: true; value: string }).value : null;
    const status = r.input.status ?? (r.input.probationEnd && r.input.probationEnd > ctx.today ? '试用' : '在岗');
    const worker = buildWorkerRow(ctx.crypto, r.input, { idNumber: id.idNumber, gender: id.gender, birthDate: id.birthDate, phone, status }) as Record<string, unknown>;
    keys ??= Object.keys(worker);
    const line: CopyValue[] = new Array(keys.length + 2);
    line[0] = ctx.jobId;
    line[1] = row.rowNumber;
    for (let i = 0; i < keys.length; i++) line[i + 2] = toCopyValue(worker[keys[i]!]);
    values.push(line);
  }
  const { text, count } = encodeCopy(values);
  return { copyText: text, columns: keys ? ['job_id', 'row_number', ...columnNamesOf(importRows, 'import_rows', keys)] : [], staged: count, errors };
}
