// Where stageRows runs: inline on the thread reading the file, or in a small pool of worker threads for
// big files. Either way batches come back in the order they were submitted.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PiiCrypto } from '../../security/pii-crypto.ts';
import type { ImportMode, LocatedHeader } from './import-columns.ts';
import type { SheetRow } from './import-reader.ts';
import { communityResolverFrom, stageRows, type ImportCommunity, type StagedBatch } from './import-stage.ts';

export interface Stager {
  /** Batches resolve in submission order. */
  submit(rows: SheetRow[]): Promise<StagedBatch>;
  close(): Promise<void>;
  readonly threads: number;
}

export interface StageWorkerData {
  keyFile: string;
  jobId: number;
  mode: ImportMode;
  today: string;
  header: Pick<LocatedHeader, 'columns' | 'headers'>;
  communities: ImportCommunity[];
}

/** Spreadsheets smaller than this are validated inline: starting threads costs more than it saves. */
export const THREADS_FROM_ROWS = 20_000;
/** …judged by size when the sheet does not declare its dimension (streaming writers leave it out). */
export const THREADS_FROM_BYTES = 4 * 1024 * 1024;

/**
 * Threads to use: a number forces it (0 = inline); 'auto' uses up to 4 (one per core) for big .xlsx files
 * only. Measured on 2 cores: a 100,000-row .xlsx dry run 19.3 s inline → 15.4 s with 2 threads, because
 * ExcelJS keeps the reading thread busy; a CSV reads so fast that threads gained nothing and doubled the
 * peak memory.
 */
export function stageThreads(setting: 'auto' | number, file: { estimatedRows: number; bytes: number; xlsx: boolean }): number {
  if (setting !== 'auto') return setting;
  const big = file.estimatedRows >= THREADS_FROM_ROWS || file.bytes >= THREADS_FROM_BYTES;
  return file.xlsx && big ? Math.min(4, availableParallelism()) : 0;
}

export function inlineStager(data: StageWorkerData, crypto: PiiCrypto): Stager {
  const ctx = { ...data, resolveCommunity: communityResolverFrom(data.communities), crypto };
  return {
    threads: 0,
    submit: async (rows) => stageRows(ctx, rows),
    close: async () => {},
  };
}

export function threadStager(data: StageWorkerData, threads: number): Stager {
  type Pending = { resolve: (b: StagedBatch) => void; reject: (e: Error) => void };
  const pools = Array.from({ length: threads }, () => {
    const worker = new Worker(new URL('./import-stage-worker.mjs', import.meta.url), { workerData: data });
    const pending = new Map<number, Pending>();
    const failAll = (err: Error) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    };
    worker.on('message', (m: { seq: number; ok: true; batch: StagedBatch } | { seq: number; ok: false; message: string }) => {
      const p = pending.get(m.seq);
      pending.delete(m.seq);
      if (m.ok) p?.resolve(m.batch);
      else p?.reject(new Error(m.message));
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`导入校验线程意外退出（${code}）`)));
    return { worker, pending };
  });
  let seq = 0;
  return {
    threads,
    submit(rows) {
      const n = seq++;
      const slot = pools[n % pools.length]!;
      return new Promise<StagedBatch>((resolve, reject) => {
        slot.pending.set(n, { resolve, reject });
        slot.worker.postMessage({ seq: n, rows });
      });
    },
    async close() {
      await Promise.all(pools.map((p) => p.worker.terminate()));
    },
  };
}
