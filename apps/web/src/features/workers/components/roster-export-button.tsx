import { useState } from 'react';
import { Button, Checkbox, Divider, Dropdown, theme, Tooltip } from 'antd';
import { DownloadOutlined, DownOutlined } from '@ant-design/icons';
import type { ListWorkersQuery } from '@cwp/contracts/workers.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { workersExportUrl } from '../api/export-workers.ts';

interface Props {
  query: Omit<ListWorkersQuery, 'page' | 'pageSize'>;
  /** workers:reveal: may export full ID and phone numbers. */
  canReveal: boolean;
}

/** 导出 with a small menu: Excel or CSV of the filtered roster, optionally with full ID numbers. */
export function RosterExportButton({ query, canReveal }: Props) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const [full, setFull] = useState(false);
  const withFull = canReveal && full;
  const link = (format: 'xlsx' | 'csv', label: string) => (
    <a href={workersExportUrl(query, format, withFull)} download data-testid={`roster-export-${format}`}>
      {label}
    </a>
  );

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', label: link('xlsx', t('workers.exportXlsx')) },
          { key: 'csv', label: link('csv', t('workers.exportCsv')) },
        ],
      }}
      popupRender={(menu) =>
        canReveal ? (
          <div style={{ background: token.colorBgElevated, borderRadius: token.borderRadiusLG, boxShadow: token.boxShadowSecondary }}>
            {menu}
            <Divider style={{ margin: 0 }} />
            <div style={{ padding: '8px 12px' }}>
              <Tooltip title={t('workers.exportFullHint')} placement="left">
                <Checkbox checked={full} onChange={(e) => setFull(e.target.checked)} data-testid="roster-export-full">
                  {t('workers.exportFull')}
                </Checkbox>
              </Tooltip>
            </div>
          </div>
        ) : (
          menu
        )
      }
    >
      <Button icon={<DownloadOutlined />} data-testid="roster-export">
        {t('workers.export')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
