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
  return et(String(v));
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
        title: e.occurredOn,
        content: (
          <div data-testid={`history-${e.kind}`}>
            <Typography.Text strong>{lang === 'en' ? et(e.kind) : e.kindLabel}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {t('workers.historyBy', { actor: e.actorName })}
            </Typography.Text>
            {e.summary ? <div>{e.summary}</div> : null}
            {e.changes.length ? (
              <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
                {e.changes.map((c) => (
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
