import { and, eq, like } from 'drizzle-orm';
import { msg } from '@cwp/contracts/messages';
import { todayIso } from '@cwp/domain/dates';
import { validatePhone } from '@cwp/domain/phone';
import { columnNamesOf, copyObjects, toCopyValue } from '../../db/copy-objects.ts';
import type { CopyValue, Database } from '../../db/database.ts';
import { importErrors, importRows, orgUnits } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { PiiCrypto } from '../../security/pii-crypto.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import { applyWorkerSetToCounters, getAsOf } from '../stats/stats.queries.ts';
import { buildWorkerRow } from '../workers/worker-row.ts';
import { locateHeader } from './import-columns.ts';
import { estimateRowCount } from './import-estimate.ts';
import { readSheetRows, type SheetRow } from './import-reader.ts';
import { validateImportRow } from './import-validate.ts';
import * as q from './imports.queries.ts';

export interface RunnerDeps {
  database: Database;
  crypto: PiiCrypto;
}

const BATCH = 5000;
export class ImportCancelled extends Error {}

function checkedHeader(header: ReturnType<typeof locateHeader>) {
  if (!header) throw new AppError('VALIDATION_FAILED', msg('前 20 行中未找到表头（至少 4 个可识别的列名），请使用导入模板', 'No header row in the first 20 rows; use the template'));
  if (header.missingRequired.length) {
    throw new AppError('VALIDATION_FAILED', `表头缺少必需的列：${header.missingRequired.join('、')}。请使用导入模板`);
  }
  return header;
}

type Community = { code: string; streetCode: string; name: string };

/** Communities an import may place workers in: under the job's org code, which lies inside the importer's scope. */
async function communityResolver(deps: RunnerDeps, orgCode: string) {
  const rows = await deps.database.db
    .select({ code: orgUnits.code, name: orgUnits.name, parentCode: orgUnits.parentCode })
    .from(orgUnits)
    .where(and(eq(orgUnits.level, 'community'), like(orgUnits.code, `${orgCode}%`)));
  const byCode = new Map<string, Community>();
  const byName = new Map<string, Community[]>();
  for (const r of rows) {
    const c = { code: r.code, streetCode: r.parentCode!, name: r.name };
    byCode.set(c.code, c);
    byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  }
  return (value: string) => {
    const v = value.trim();
    const hit = /^\d{12}$/.test(v) ? [byCode.get(v)].filter(Boolean) : (byName.get(v) ?? []);
    if (hit.length === 1) return { ok: true as const, communityCode: hit[0]!.code, streetCode: hit[0]!.streetCode };
    if (hit.length > 1) return { ok: false as const, reason: `社区名称“${v}”在导入范围内不唯一，请改填 12 位社区代码` };
    return { ok: false as const, reason: `所在社区“${v}”不存在或不在您的数据范围内` };
  };
}

/**
 * Validation (the dry run): streams the file, validates every row, stages the valid ones with COPY and
 * records every problem with its row and column, then classifies the staged rows against the database.
 * Nothing in `workers` changes here.
 */
export async function validateJob(deps: RunnerDeps, jobId: number): Promise<void> {
  const { database } = deps;
  const db = database.db;
  const job = (await q.findJob(db, jobId))!;
  const now = new Date();
  await q.clearStaging(db, jobId);
  await q.clearErrors(db, jobId);
  await q.updateJob(db, jobId, { status: 'validating', phase: 'validate', startedAt: job.startedAt ?? now, phaseStartedAt: now, processedRows: 0, totalRows: (await estimateRowCount(job.filePath)) ?? 0 });
  const resolveCommunity = await communityResolver(deps, job.orgCode);
  const today = todayIso();
  const mode = job.mode === 'gridConversion' ? 'gridConversion' : 'normal';

  // Staged rows go straight to COPY values (job, row, then the worker row's properties in order).
  let staged: CopyValue[][] = [];
  let stagedKeys: string[] | null = null;
  let errors: (typeof importErrors.$inferInsert)[] = [];
  let processed = 0;
  // The COPY of one batch runs while the next batch is parsed, validated and sealed (on PostgreSQL the
  // two use different cores); at most one batch is in flight, so memory stays bounded.
  let inFlight: Promise<void> | null = null;
  const flush = async () => {
    const rows = staged;
    const errs = errors;
    staged = [];
    errors = [];
    if (inFlight) await inFlight;
    const copying = (async () => {
      if (rows.length) await database.copyRows('import_rows', ['job_id', 'row_number', ...columnNamesOf(importRows, 'import_rows', stagedKeys!)], rows);
      await copyObjects(database, importErrors, 'import_errors', errs);
    })();
    inFlight = copying;
    // Observed here so a failure is never unhandled; the next flush (or the end) awaits it and throws.
    copying.catch(() => {});
    await q.updateJob(db, jobId, { processedRows: processed });
    if (await q.isCancelRequested(db, jobId)) throw new ImportCancelled();
    // Let HTTP requests (progress polls) through between batches.
    await new Promise((r) => setImmediate(r));
  };

  const head: SheetRow[] = [];
  let header: ReturnType<typeof locateHeader> = null;
  try {
    for await (const row of readSheetRows(job.filePath)) {
      processed = row.rowNumber;
      if (!header) {
        head.push(row);
        if (head.length < 20) continue;
        header = checkedHeader(locateHeader(head, { mode }));
        for (const r of head.slice(header.headerIndex + 1)) stage(r);
        continue;
      }
      stage(row);
      if (staged.length + errors.length >= BATCH) await flush();
    }
    if (!header) {
      header = checkedHeader(locateHeader(head, { mode }));
      for (const r of head.slice(header.headerIndex + 1)) stage(r);
    }
    await flush();
    await inFlight;
  } catch (err) {
    // No COPY may still be running when the caller cleans up after a failure or a cancel.
    await (inFlight as Promise<void> | null)?.catch(() => {});
    throw err;
  }

  function stage(row: SheetRow) {
    const r = validateImportRow(row, header!.columns, { mode, today, resolveCommunity, headers: header!.headers });
    if (r.ok === 'blank') return;
    if (r.ok === false) {
      for (const e of r.errors) errors.push({ jobId, rowNumber: row.rowNumber, columnName: e.column, reason: e.reason, stage: 'validate' });
      return;
    }
    const id = r.parsedId;
    const phone = r.input.phone ? (validatePhone(r.input.phone) as { ok: true; value: string }).value : null;
    const status = r.input.status ?? (r.input.probationEnd && r.input.probationEnd > today ? '试用' : '在岗');
    const worker = buildWorkerRow(deps.crypto, r.input, { idNumber: id.idNumber, gender: id.gender, birthDate: id.birthDate, phone, status }) as Record<string, unknown>;
    stagedKeys ??= Object.keys(worker);
    const values: CopyValue[] = new Array(stagedKeys.length + 2);
    values[0] = jobId;
    values[1] = row.rowNumber;
    for (let i = 0; i < stagedKeys.length; i++) values[i + 2] = toCopyValue(worker[stagedKeys[i]!]);
    staged.push(values);
  }
  await q.classifyRows(db, jobId, job.scopeCode);
  const counts = await q.actionCounts(db, jobId);
  await q.updateJob(db, jobId, {
    status: 'validated',
    processedRows: processed,
    totalRows: processed,
    toCreate: counts.create ?? 0,
    toUpdate: counts.update ?? 0,
    unchanged: counts.unchanged ?? 0,
    rejected: await q.rejectedRowCount(db, jobId),
  });
}

/**
 * Commit: one transaction re-classifies against the database as it is now and writes creates, updates,
 * their archive rows (A9.5, source = the import job), the statistics and the audit row — or nothing.
 * All-or-nothing unless the job was committed with `partial`, which writes the valid rows only.
 */
export async function commitJob(deps: RunnerDeps, jobId: number): Promise<void> {
  const db = deps.database.db;
  const job = (await q.findJob(db, jobId))!;
  // Inside the transaction every query must go through `tx`: the embedded database has one connection.
  const checkCancel = async (tx: typeof db) => {
    if (await q.isCancelRequested(tx, jobId)) throw new ImportCancelled();
  };
  await q.updateJob(db, jobId, { status: 'committing', phase: 'write', phaseStartedAt: new Date(), processedRows: 0 });
  const today = todayIso();
  const meta = { jobId, today, actorUserId: job.createdByUserId, actorName: job.createdByName };
  await db.transaction(async (tx) => {
    // Staging is UNLOGGED: a database crash since the dry run leaves it empty. Committing then would
    // silently write nothing, so ask for the file again instead.
    if ((await q.stagedRowCount(tx, jobId)) === 0 && job.toCreate + job.toUpdate + job.unchanged > 0) {
      throw new AppError('VALIDATION_FAILED', msg('校验结果已失效（数据库在校验后重启过），请重新上传文件进行校验', 'The validation result is gone (the database restarted since); upload the file again'));
    }
    await q.classifyRows(tx, jobId, job.scopeCode);
    const rejected = await q.rejectedRowCount(tx, jobId);
    if (rejected > 0 && !job.partial) {
      throw new AppError('INVALID_STATE', `有 ${rejected} 行未通过校验，按“全部成功才写入”的规则未写入任何数据。请修正后重新上传，或选择“仅导入有效行”`);
    }
    const counts = await q.actionCounts(tx, jobId);
    const asOf = await getAsOf(tx, 'share');
    await checkCancel(tx);
    // Steps with nothing to do are skipped: besides the work, it spares the planner a guess on empty sets.
    let updated = 0;
    if (counts.update) {
      if (asOf) await applyWorkerSetToCounters(tx, q.touchedBy(jobId, ['update']), -1, asOf);
      await q.insertUpdateHistory(tx, meta);
      updated = await q.applyUpdates(tx, jobId);
      await q.updateJob(tx, jobId, { processedRows: updated });
      await checkCancel(tx);
    }
    let created = 0;
    if (counts.create) {
      created = await q.insertCreatesWithHistory(tx, meta);
    }
    if (asOf && (created || updated)) await applyWorkerSetToCounters(tx, q.touchedBy(jobId, ['create', 'update']), 1, asOf);
    await checkCancel(tx);
    await insertAudit(tx, {
      actorUserId: job.createdByUserId,
      actorName: job.createdByName,
      ip: null,
      action: 'worker_import',
      objectType: 'import_job',
      objectId: String(jobId),
      outcome: 'success',
      detail: { created, updated, unchanged: counts.unchanged ?? 0, rejected, partial: job.partial, file: job.fileName },
    });
    await q.clearStaging(tx, jobId);
    await q.updateJob(tx, jobId, { status: 'committed', created, updated, unchanged: counts.unchanged ?? 0, rejected, processedRows: created + updated, finishedAt: new Date() });
  });
}
