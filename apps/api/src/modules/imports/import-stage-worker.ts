// Worker-thread entry for import validation: the per-row work (parsing values, checking the ID number,
// SM4 sealing, COPY encoding) is most of an import's CPU, so it runs beside the thread reading the file.
import { parentPort, workerData } from 'node:worker_threads';
import { loadPiiCrypto } from '../../security/pii-crypto.ts';
import { communityResolverFrom, stageRows, type StageContext } from './import-stage.ts';
import type { StageWorkerData } from './import-stagers.ts';
import type { SheetRow } from './import-reader.ts';

const data = workerData as StageWorkerData;
const ctx: StageContext = {
  jobId: data.jobId,
  mode: data.mode,
  today: data.today,
  header: data.header,
  resolveCommunity: communityResolverFrom(data.communities),
  crypto: loadPiiCrypto(data.keyFile),
};

parentPort!.on('message', (msg: { seq: number; rows: SheetRow[] }) => {
  try {
    parentPort!.postMessage({ seq: msg.seq, ok: true, batch: stageRows(ctx, msg.rows) });
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, ok: false, message: (err as Error).message });
  }
});
