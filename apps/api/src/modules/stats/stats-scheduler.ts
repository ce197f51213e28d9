import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database.ts';
import { takeSnapshot } from './stats.service.ts';

/**
 * Month-end snapshots for the trend (A16.1): checked shortly after start and then hourly; a snapshot is
 * taken on a month's last day, or in the first days of the next month if the server was down then.
 */
export function startSnapshotScheduler(db: Db, log: FastifyBaseLogger): () => void {
  const tick = async () => {
    try {
      const taken = await takeSnapshot({ db, kind: 'month_end' });
      if (taken) log.info({ period: taken.period, nodes: taken.nodes }, 'month-end statistics snapshot taken');
    } catch (err) {
      log.error({ err: { message: (err as Error).message } }, 'month-end snapshot failed');
    }
  };
  const first = setTimeout(tick, 10_000);
  const hourly = setInterval(tick, 3_600_000);
  first.unref();
  hourly.unref();
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
  };
}
