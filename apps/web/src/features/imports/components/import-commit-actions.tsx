import { App, Button, Space, Tooltip } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import type { ImportJob } from '@cwp/contracts/imports.contract';
import { formatCount } from '../../../lib/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useCommitImport } from '../api/commit-import.ts';

interface Props {
  job: ImportJob;
  onCancel: () => void;
  cancelling: boolean;
}

/**
 * What a validated job can do next. 确认导入（全部） is all-or-nothing, so it is offered only when every row
 * passed; 仅导入有效行 says first how many rows it will skip.
 */
export function ImportCommitActions({ job, onCancel, cancelling }: Props) {
  const { t, errorText } = useI18n();
  const { message, modal } = App.useApp();
  const commit = useCommitImport();
  const writable = job.toCreate + job.toUpdate;

  const run = (partial: boolean) =>
    commit.mutateAsync({ id: job.id, partial }).catch((err: unknown) => {
      message.error(errorText(err));
    });

  const confirmPartial = () =>
    modal.confirm({
      title: t('import.commitValidTitle'),
      content: t('import.commitValidBody', { valid: formatCount(writable), create: formatCount(job.toCreate), update: formatCount(job.toUpdate), n: formatCount(job.rejected) }),
      okText: t('import.commitValid'),
      cancelText: t('common.cancel'),
      onOk: () => run(true),
    });

  const allBlocked = job.rejected > 0 ? t('import.commitAllBlocked', { n: formatCount(job.rejected) }) : writable === 0 ? t('import.nothingToWrite') : null;

  return (
    <Space wrap>
      <Tooltip title={allBlocked}>
        {/* A disabled button swallows pointer events; the span keeps the tooltip working. */}
        <span>
          <Button type="primary" icon={<CheckOutlined />} disabled={allBlocked !== null} loading={commit.isPending && !commit.variables?.partial} onClick={() => run(false)} data-testid="import-commit-all">
            {t('import.commitAll')}
          </Button>
        </span>
      </Tooltip>
      {job.rejected > 0 ? (
        <Button disabled={writable === 0} loading={commit.isPending && commit.variables?.partial} onClick={confirmPartial} data-testid="import-commit-valid">
          {t('import.commitValid')}
        </Button>
      ) : null}
      <Button
        onClick={() => modal.confirm({ title: t('import.cancelConfirm'), okText: t('common.confirm'), cancelText: t('common.no'), okButtonProps: { danger: true }, onOk: onCancel })}
        loading={cancelling}
        data-testid="import-cancel"
      >
        {t('import.cancel')}
      </Button>
    </Space>
  );
}
