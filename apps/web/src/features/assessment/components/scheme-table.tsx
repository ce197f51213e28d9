import { Button, Table } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { Scheme } from '@cwp/contracts/assessment.contract';
import { formatCount } from '../../../lib/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { SchemeStatusTag } from './assessment-text.tsx';

interface Props {
  items: Scheme[];
  loading: boolean;
  /** Offered on drafts the user's unit issued (the server's `editable`). */
  onEdit: (s: Scheme) => void;
}

/** Schemes governing the working unit: a county sees its own, a street or community the county's above it. */
export function SchemeTable({ items, loading, onEdit }: Props) {
  const { t } = useI18n();
  return (
    <Table<Scheme>
      size="small"
      rowKey="id"
      dataSource={items}
      loading={loading}
      pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      data-testid="scheme-table"
      columns={[
        { title: t('assessment.year'), dataIndex: 'year', width: 80 },
        { title: t('assessment.schemeName'), dataIndex: 'name', render: (name: string, s) => <Link to={`/assessment/schemes/${s.id}`}>{name}</Link> },
        { title: t('assessment.unit'), dataIndex: 'orgName' },
        { title: t('assessment.status'), dataIndex: 'status', render: (v: Scheme['status']) => <SchemeStatusTag status={v} /> },
        { title: t('assessment.surveyWindow'), key: 'window', render: (_: unknown, s) => `${s.surveyOpens} ~ ${s.surveyCloses}` },
        { title: t('assessment.participants'), dataIndex: 'participants', align: 'right', render: (n: number) => formatCount(n) },
        { title: t('assessment.responses'), dataIndex: 'responses', align: 'right', render: (n: number) => formatCount(n) },
        {
          title: t('common.actions'),
          key: 'actions',
          render: (_: unknown, s) =>
            s.editable && s.status === 'draft' ? (
              <Button size="small" type="link" icon={<EditOutlined />} onClick={() => onEdit(s)}>
                {t('assessment.editScheme')}
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
