import { Empty, Spin, Timeline, Typography } from 'antd';
import type { WorkerHistoryEntry } from '@cwp/contracts/workers.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useEnumText } from '../../../i18n/enum-labels.ts';
import { useWorkerHistory } from '../api/get-worker-history.ts';

const KIND_COLORS: Record<string, string> = { registered: 'green', transferred: 'blue', exited: 'red', updated: 'gray', status_changed: 'orange' };

function show(v: unknown, et: (s: string) => string): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.map((x) => et(String(x))).join('、') || '—';
  if (typeof v === 'boolean') return v ? '✓' : '✗';
  // Places come as {code, name}; show the name people know.
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return typeof o.name === 'string' ? o.name : JSON.stringify(v);
  }
  return et(String(v));
}

/** Entries may list fields that did not really change (empty → empty); those are noise here. */
function visibleChanges(e: WorkerHistoryEntry) {
  return e.changes.filter((c) => JSON.stringify(c.before ?? null) !== JSON.stringify(c.after ?? null) && !(c.before == null && Array.isArray(c.after) && c.after.length === 0));
}

/** A9.5 archive: every registration, change, transfer and exit, newest first. */
export function WorkerHistoryTimeline({ workerId }: { workerId: number }) {
  const { t, lang, errorText } = useI18n();
  const et = useEnumText();
  const q = useWorkerHistory(workerId);
  if (q.isPending) return <Spin />;
  if (q.isError) return <Typography.Text type="danger">{errorText(q.error)}</Typography.Text>;
  if (!q.data.length) return <Empty description={t('workers.noHistory')} />;

  return (
    <div data-testid="worker-history">
    <Timeline
      items={q.data.map((e: WorkerHistoryEntry) => ({
        key: e.id,
        color: KIND_COLORS[e.kind] ?? 'blue',
        content: (
          <div data-testid={`history-${e.kind}`}>
            <Typography.Text strong>{lang === 'en' ? et(e.kind) : e.kindLabel}</Typography.Text>
            <Typography.Text style={{ marginLeft: 8 }}>{e.occurredOn}</Typography.Text>
            <div>
              <Typography.Text type="secondary">{t('workers.historyBy', { actor: e.actorName })}</Typography.Text>
            </div>
            {e.summary ? <div>{e.summary}</div> : null}
            {visibleChanges(e).length ? (
              <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
                {visibleChanges(e).map((c) => (
                  <li key={c.field}>
                    {c.label}：<Typography.Text delete type="secondary">{show(c.before, et)}</Typography.Text> → <Typography.Text>{show(c.after, et)}</Typography.Text>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ),
      }))}
    />
    </div>
  );
}
