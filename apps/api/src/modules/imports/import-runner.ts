import { and, eq, like } from 'drizzle-orm';
import { msg } from '@cwp/contracts/messages';
import { todayIso } from '@cwp/domain/dates';
import { copyObjects } from '../../db/copy-objects.ts';
import type { Database } from '../../db/database.ts';
import { importErrors, orgUnits } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { PiiCrypto } from '../../security/pii-crypto.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import { applyWorkerSetToCounters, getAsOf } from '../stats/stats.queries.ts';
import { locateHeader, type LocatedHeader } from './import-columns.ts';
import { estimateRowCount } from './import-estimate.ts';
import { readSheetRows, type SheetRow } from './import-reader.ts';
import type { ImportCommunity, StagedBatch } from './import-stage.ts';
import { inlineStager, stageThreads, threadStager, type Stager } from './import-stagers.ts';
import * as q from './imports.queries.ts';

export interface RunnerDeps {
  database: Database;
  crypto: PiiCrypto;
  /** Worker threads for validation: 'auto' (default) or a fixed number, 0 = on the calling thread. */
  importThreads?: 'auto' | number;
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

/** Communities an import may place workers in: under the job's org code, which lies inside the importer's scope. */
async function communitiesUnder(deps: RunnerDeps, orgCode: string): Promise<ImportCommunity[]> {
  const rows = await deps.database.db
    .select({ code: orgUnits.code, name: orgUnits.name, parentCode: orgUnits.parentCode })
    .from(orgUnits)
    .where(and(eq(orgUnits.level, 'community'), like(orgUnits.code, `${orgCode}%`)));
  return rows.map((r) => ({ code: r.code, streetCode: r.parentCode!, name: r.name }));
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
  await q.updateJob(db, jobId, { status: 'validating', phase: 'validate', startedAt: job.startedAt ?? now, phaseStartedAt: now, processedRows: 0, totalRows: 0 });
  const estimated = (await estimateRowCount(job.filePath)) ?? 0;
  await q.updateJob(db, jobId, { totalRows: estimated });
  const communities = await communitiesUnder(deps, job.orgCode);
  const today = todayIso();
  const mode = job.mode === 'gridConversion' ? 'gridConversion' : 'normal';

  let processed = 0;
  let stager: Stager | null = null;
  // Batches are validated and sealed (inline or in worker threads) while earlier ones are written: at most
  // `ahead` batches wait, and one COPY runs at a time, so memory stays bounded whatever the file's size.
  const waiting: { batch: Promise<StagedBatch>; lastRow: number }[] = [];
  let copying: Promise<void> | null = null;
  let rows: SheetRow[] = [];
  const write = async () => {
    const next = waiting.shift()!;
    const staged = await next.batch;
    if (copying) await copying;
    const c = (async () => {
      await database.copyText('import_rows', staged.columns, staged.copyText);
      await copyObjects(database, importErrors, 'import_errors', staged.errors);
    })();
    c.catch(() => {}); // observed by the next write or the end
    copying = c;
    processed = next.lastRow;
    await q.updateJob(db, jobId, { processedRows: processed });
    if (await q.isCancelRequested(db, jobId)) throw new ImportCancelled();
    // Let HTTP requests (progress polls) through between batches.
    await new Promise((r) => setImmediate(r));
  };
  const submit = async (ahead: number) => {
    if (rows.length) {
      waiting.push({ batch: stager!.submit(rows), lastRow: rows[rows.length - 1]!.rowNumber });
      rows = [];
    }
    while (waiting.length > ahead) await write();
  };
  const start = (header: LocatedHeader) => {
    const data = { keyFile: deps.crypto.keyFile, jobId, mode, today, header: { columns: header.columns, headers: header.headers }, communities } as const;
    const threads = stageThreads(deps.importThreads ?? 'auto', { estimatedRows: estimated, bytes: job.fileSize, xlsx: /\.xlsx$/i.test(job.filePath) });
    stager = threads > 0 ? threadStager({ ...data, communities: [...communities] }, threads) : inlineStager({ ...data, communities: [...communities] }, deps.crypto);
  };

  const head: SheetRow[] = [];
  let header: LocatedHeader | null = null;
  try {
    for await (const row of readSheetRows(job.filePath)) {
      if (!header) {
        head.push(row);
        if (head.length < 20) continue;
        header = checkedHeader(locateHeader(head, { mode }));
        start(header);
        rows = head.slice(header.headerIndex + 1);
        continue;
      }
      rows.push(row);
      if (rows.length >= BATCH) await submit(Math.max(1, stager!.threads));
    }
    if (!header) {
      header = checkedHeader(locateHeader(head, { mode }));
      start(header);
      rows = head.slice(header.headerIndex + 1);
    }
    await submit(0);
    await copying;
  } catch (err) {
    // No COPY may still be running when the caller cleans up after a failure or a cancel.
    await Promise.allSettled(waiting.map((w) => w.batch));
    await (copying as Promise<void> | null)?.catch(() => {});
    throw err;
  } finally {
    await (stager as Stager | null)?.close();
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
