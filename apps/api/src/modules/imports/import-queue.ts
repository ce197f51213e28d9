import type { FastifyBaseLogger } from 'fastify';
import { AppError } from '../../errors.ts';
import { ImportCancelled, commitJob, validateJob, type RunnerDeps } from './import-runner.ts';
import * as q from './imports.queries.ts';

/**
 * Runs import phases one at a time in the server process (the embedded database has one connection, and
 * one big write at a time keeps PostgreSQL predictable). Failures land on the job row for the page to show.
 */
export class ImportQueue {
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: RunnerDeps,
    private readonly log?: FastifyBaseLogger,
  ) {}

  enqueue(jobId: number, phase: 'validate' | 'commit'): Promise<void> {
    const run = () => runPhase(this.deps, jobId, phase, this.log);
    this.chain = this.chain.then(run, run);
    return this.chain;
  }

  /** Resolves when everything queued so far has finished (tests, shutdown). */
  idle(): Promise<void> {
    return this.chain;
  }
}

export async function runPhase(deps: RunnerDeps, jobId: number, phase: 'validate' | 'commit', log?: FastifyBaseLogger): Promise<void> {
  const db = deps.database.db;
  try {
    if (phase === 'validate') await validateJob(deps, jobId);
    else await commitJob(deps, jobId);
  } catch (err) {
    if (err instanceof ImportCancelled) {
      await q.clearStaging(db, jobId);
      await q.updateJob(db, jobId, { status: 'cancelled', finishedAt: new Date(), errorMessage: '已取消，未写入任何数据' });
    } else if (err instanceof AppError && phase === 'commit' && err.code === 'INVALID_STATE') {
      await q.updateJob(db, jobId, { status: 'validated', errorMessage: err.message });
    } else {
      const message = err instanceof AppError ? err.message : `导入失败，未写入任何数据：${(err as Error).message}`;
      log?.error({ jobId, phase, err: { message: (err as Error).message } }, 'import failed');
      await q.clearStaging(db, jobId);
      await q.updateJob(db, jobId, { status: 'failed', finishedAt: new Date(), errorMessage: message });
    }
  }
}

/** After a crash or restart, a job that was running has written nothing (its transaction died with it). */
export async function recoverInterruptedImports(deps: RunnerDeps): Promise<number> {
  const db = deps.database.db;
  const stuck = await q.jobsInStatus(db, ['queued', 'validating', 'committing']);
  for (const job of stuck) {
    await q.clearStaging(db, job.id);
    await q.updateJob(db, job.id, { status: 'failed', finishedAt: new Date(), errorMessage: '服务重启，导入中断，未写入任何数据；请重新上传' });
  }
  return stuck.length;
}
