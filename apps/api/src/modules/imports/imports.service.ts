import { createWriteStream, mkdirSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import type { ImportJob } from '@cwp/contracts/imports.contract';
import { msg } from '@cwp/contracts/messages';
import { and, eq, like } from 'drizzle-orm';
import { orgUnits } from '../../db/schema.ts';
import { codeInScope } from '../../db/scope.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { findUnitInScope } from '../org/org.queries.ts';
import { writeErrorWorkbook } from './import-error-workbook.ts';
import type { ImportQueue } from './import-queue.ts';
import type { RunnerDeps } from './import-runner.ts';
import { writeImportTemplate } from './import-template.ts';
import * as q from './imports.queries.ts';

export interface ImportDeps extends RunnerDeps {
  queue: ImportQueue;
  uploadDir: string;
}

const JOB_NOT_FOUND = msg('导入任务不存在或不在您的数据范围内', 'No such import job in your data scope');
const MAX_BYTES = 512 * 1024 * 1024;

export function presentJob(job: q.ImportJobRow, errors: { row: number; column: string; reason: string }[] = []): ImportJob {
  const since = job.phaseStartedAt?.getTime();
  const elapsed = since ? (Date.now() - since) / 1000 : 0;
  const running = job.status === 'validating' || job.status === 'committing';
  const rate = running && elapsed > 0.5 && job.processedRows > 0 ? job.processedRows / elapsed : null;
  const remaining = Math.max(0, job.totalRows - job.processedRows);
  return {
    id: job.id,
    mode: job.mode as ImportJob['mode'],
    status: job.status as ImportJob['status'],
    phase: job.phase as ImportJob['phase'],
    fileName: job.fileName,
    fileSize: job.fileSize,
    orgCode: job.orgCode,
    partial: job.partial,
    createdBy: job.createdByName,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    ratePerSecond: rate === null ? null : Math.round(rate),
    etaSeconds: rate && job.phase === 'validate' ? Math.round(remaining / rate) : null,
    toCreate: job.toCreate,
    toUpdate: job.toUpdate,
    unchanged: job.unchanged,
    rejected: job.rejected,
    created: job.created,
    updated: job.updated,
    errorMessage: job.errorMessage,
    errors,
  };
}

async function loadJob(deps: ImportDeps, actor: Actor, id: number) {
  const job = await q.findJob(deps.database.db, id);
  if (!job || !codeInScope(job.orgCode, actor.scopeCode)) throw notFound(JOB_NOT_FOUND);
  return job;
}

/** Stores the upload, creates the job and queues its validation (the dry run). */
export async function createImport(
  deps: ImportDeps,
  opts: { actor: Actor; fileName: string; file: Readable; orgCode: string; mode: 'normal' | 'gridConversion' },
): Promise<ImportJob> {
  const { actor } = opts;
  const db = deps.database.db;
  const ext = /\.(xlsx|csv)$/i.exec(opts.fileName)?.[1]?.toLowerCase();
  if (!ext) {
    opts.file.resume();
    throw new AppError('VALIDATION_FAILED', msg('只支持 .xlsx 或 .csv 文件；.xls 等旧格式请在表格软件中另存为 .xlsx', 'Only .xlsx or .csv files; save older formats as .xlsx'));
  }
  const org = opts.orgCode ? await findUnitInScope(db, opts.orgCode, actor.scopeCode) : null;
  if (opts.orgCode && !org) {
    opts.file.resume();
    throw notFound(msg('导入范围单位不存在或不在您的数据范围内', 'The target unit does not exist or is outside your data scope'));
  }
  mkdirSync(deps.uploadDir, { recursive: true });
  const path = join(deps.uploadDir, `upload-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.${ext}`);
  let size = 0;
  opts.file.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BYTES) opts.file.destroy(new AppError('PAYLOAD_TOO_LARGE', msg('文件超过 512 MB，请拆分后导入', 'The file exceeds 512 MB; split it')));
  });
  try {
    await pipeline(opts.file, createWriteStream(path));
  } catch (err) {
    await unlink(path).catch(() => {});
    throw err;
  }
  const job = await q.insertJob(db, {
    mode: opts.mode,
    status: 'queued',
    phase: 'validate',
    fileName: opts.fileName,
    filePath: path,
    fileSize: size,
    orgCode: org?.code ?? actor.scopeCode,
    scopeCode: actor.scopeCode,
    createdByUserId: actor.userId,
    createdByName: actor.displayName,
  });
  void deps.queue.enqueue(job.id, 'validate');
  return presentJob(job);
}

export async function getImport(deps: ImportDeps, actor: Actor, id: number): Promise<ImportJob> {
  const job = await loadJob(deps, actor, id);
  return presentJob(job, await q.listErrors(deps.database.db, id, 200));
}

export async function listImports(deps: ImportDeps, actor: Actor): Promise<ImportJob[]> {
  return (await q.listJobs(deps.database.db, actor.scopeCode, 30)).filter((j) => codeInScope(j.orgCode, actor.scopeCode)).map((j) => presentJob(j));
}

export async function listImportErrors(deps: ImportDeps, actor: Actor, id: number, page: number, pageSize: number) {
  await loadJob(deps, actor, id);
  const db = deps.database.db;
  return { items: await q.listErrors(db, id, pageSize, (page - 1) * pageSize), total: await q.countErrors(db, id) };
}

/** Queues the write. Refused unless validation finished; all-or-nothing unless `partial`. */
export async function commitImport(deps: ImportDeps, actor: Actor, id: number, partial: boolean): Promise<ImportJob> {
  const job = await loadJob(deps, actor, id);
  if (job.status !== 'validated') throw new AppError('INVALID_STATE', msg('只有校验完成的导入任务才能提交', 'Only a validated import can be committed'));
  await q.updateJob(deps.database.db, id, { status: 'queued', phase: 'write', partial, errorMessage: null, processedRows: 0 });
  void deps.queue.enqueue(id, 'commit');
  return presentJob((await q.findJob(deps.database.db, id))!);
}

export async function cancelImport(deps: ImportDeps, actor: Actor, id: number): Promise<ImportJob> {
  const job = await loadJob(deps, actor, id);
  const db = deps.database.db;
  if (job.status === 'validated') {
    await q.clearStaging(db, id);
    await q.updateJob(db, id, { status: 'cancelled', finishedAt: new Date(), errorMessage: '已取消，未写入任何数据' });
  } else if (['queued', 'validating', 'committing'].includes(job.status)) {
    await q.updateJob(db, id, { cancelRequested: true });
  } else {
    throw new AppError('INVALID_STATE', msg('该导入任务已结束，不能取消', 'This import has already finished'));
  }
  return presentJob((await q.findJob(db, id))!);
}

/** Checks access first (so a refusal is a proper 404), then returns the writer of the workbook. */
export async function errorWorkbookWriter(deps: ImportDeps, actor: Actor, id: number): Promise<(out: NodeJS.WritableStream) => Promise<void>> {
  const job = await loadJob(deps, actor, id);
  return (out) => writeErrors(deps, job, out);
}

async function writeErrors(deps: ImportDeps, job: q.ImportJobRow, out: NodeJS.WritableStream): Promise<void> {
  const id = job.id;
  const byRow = new Map<number, { column: string; reason: string }[]>();
  for (const e of await q.listErrors(deps.database.db, id, 1_000_000)) byRow.set(e.row, [...(byRow.get(e.row) ?? []), { column: e.column, reason: e.reason }]);
  await writeErrorWorkbook(job.filePath, byRow, out);
}

/** The template lists the communities of the chosen unit (or the user's scope) for the 所在社区 column. */
export async function templateWriter(deps: ImportDeps, actor: Actor, opts: { mode: 'normal' | 'gridConversion'; org?: string }) {
  const org = opts.org || actor.scopeCode;
  if (!codeInScope(org, actor.scopeCode)) throw notFound();
  return (out: NodeJS.WritableStream) => writeTemplate(deps, org, opts.mode, out);
}

async function writeTemplate(deps: ImportDeps, org: string, mode: 'normal' | 'gridConversion', out: NodeJS.WritableStream) {
  const communities = await deps.database.db
    .select({ code: orgUnits.code, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.level, 'community'), like(orgUnits.code, `${org}%`)))
    .orderBy(orgUnits.code)
    .limit(20_000);
  await writeImportTemplate(out, { mode, communities });
}
