import { useEffect, useState } from 'react';
import { Alert, Modal, Progress, Table, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { transferWorkerInput, type WorkerListItem } from '@cwp/contracts/workers.contract';
import { todayIso } from '@cwp/domain/dates';
import type { WorkerCategory } from '@cwp/domain/worker-enums';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useEnumText } from '../../../i18n/enum-labels.ts';
import { useWorkerList } from '../api/list-workers.ts';
import { transferWorker } from '../api/transfer-worker.ts';
import { WorkerStatusTag } from './worker-status-tag.tsx';

export interface WorkerMove {
  fromCode: string;
  fromName: string;
  toCode: string;
  toName: string;
  /** How many workers the plan moves. */
  count: number;
  /** Only workers of this category are offered (e.g. 社区专职工作人员). */
  category: WorkerCategory;
  /** Written into each worker's archive. */
  reason: string;
}

interface Props {
  move: WorkerMove | null;
  onClose: () => void;
  /** After at least one transfer went through (the caller refreshes what depends on headcounts). */
  onDone: (moved: number) => void;
}

/**
 * Carries out one planned move: the user picks up to N workers of the source community, and each is
 * transferred through the ordinary transfer call so every move lands in the worker's archive (A9.3).
 */
export function MoveWorkersModal({ move, onClose, onDone }: Props) {
  const { t, tm, errorText } = useI18n();
  const et = useEnumText();
  const qc = useQueryClient();
  const [selected, setSelected] = useState<number[]>([]);
  const [done, setDone] = useState(0);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const list = useWorkerList(
    // 在职 = not left (试用, 在岗, 离岗); 200 is the API's page limit, far above a community's staff.
    { org: move?.fromCode ?? '', category: move?.category, status: '在职', page: 1, pageSize: 200, sort: 'name' },
    move !== null,
  );

  useEffect(() => {
    setSelected([]);
    setDone(0);
    setError(null);
  }, [move]);

  if (!move) return null;
  const limit = move.count;

  const run = async () => {
    setError(null);
    const input = transferWorkerInput.safeParse({ toCommunityCode: move.toCode, reason: move.reason, effectiveDate: todayIso() });
    if (!input.success) return setError(tm(input.error.issues[0]?.message ?? ''));
    setRunning(true);
    let moved = 0;
    try {
      // One at a time: a failure stops the batch with a clear count of what already went through.
      for (const id of selected) {
        await transferWorker(id, input.data);
        moved++;
        setDone(moved);
      }
    } catch (err) {
      setError(t('allocation.moveFailed', { done: moved, total: selected.length, error: errorText(err) }));
    } finally {
      setRunning(false);
      if (moved > 0) {
        void qc.invalidateQueries({ queryKey: ['workers'] });
        onDone(moved);
      }
    }
    if (moved === selected.length) onClose();
  };

  return (
    <Modal
      open
      title={t('allocation.moveTitle', { from: move.fromName, to: move.toName })}
      onCancel={running ? undefined : onClose}
      onOk={run}
      okText={t('allocation.moveOk', { n: selected.length })}
      okButtonProps={{ disabled: selected.length === 0 || running }}
      confirmLoading={running}
      closable={!running}
      width={760}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('allocation.movePick', { n: limit, category: et(move.category), from: move.fromName })}
        <Tag style={{ marginLeft: 8 }}>{t('allocation.selectedN', { n: selected.length, limit })}</Tag>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('allocation.moveReason', { reason: move.reason, date: todayIso() })}
      </Typography.Paragraph>
      {list.isError ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} /> : null}
      <div data-testid="move-workers-table">
        <Table<WorkerListItem>
          rowKey="id"
          size="small"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          pagination={false}
          scroll={{ y: 360 }}
          rowSelection={{
            selectedRowKeys: selected,
            hideSelectAll: true,
            onChange: (keys) => setSelected((keys as number[]).slice(0, limit)),
            // Exactly the planned number can be picked; the rest are locked once N are chosen.
            getCheckboxProps: (w) => ({ disabled: running || (selected.length >= limit && !selected.includes(w.id)), 'aria-label': w.name }),
          }}
          columns={[
            { title: t('workers.name'), dataIndex: 'name', width: 100 },
            { title: t('workers.gender'), dataIndex: 'gender', width: 60, render: (v: string) => et(v) },
            { title: t('workers.age'), dataIndex: 'age', width: 60, align: 'right' },
            { title: t('workers.postClass'), dataIndex: 'postClass', width: 80, render: (v: string) => et(v) },
            { title: t('workers.positions'), dataIndex: 'positions', render: (ps: string[]) => ps.map(et).join('、') || '—' },
            { title: t('workers.status'), dataIndex: 'status', width: 80, render: (s: string) => <WorkerStatusTag status={s} /> },
          ]}
        />
      </div>
      {running || done > 0 ? <Progress percent={Math.round((done / Math.max(selected.length, 1)) * 100)} format={() => `${done}/${selected.length}`} /> : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} /> : null}
    </Modal>
  );
}
