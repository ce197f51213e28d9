import { Breadcrumb, Button, Card, Descriptions, Result, Skeleton, Space, Typography } from 'antd';
import { TeamOutlined } from '@ant-design/icons';
import { ApiError } from '../../../lib/api-client.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { committeeKindText, orgLevelText, streetKindText, urClassText } from '../../../i18n/enum-labels.ts';
import { useOrgUnit } from '../api/get-org-unit.ts';
import { PopulationCard } from './population-card.tsx';

interface OrgUnitDetailProps {
  code: string;
  /** Only units inside this root are linked in the breadcrumb. */
  scopeCode: string;
  canWritePopulation: boolean;
  canReadWorkers: boolean;
  onSelect: (code: string) => void;
  onOpenRoster: (code: string) => void;
}

export function OrgUnitDetailPanel({ code, scopeCode, canWritePopulation, canReadWorkers, onSelect, onOpenRoster }: OrgUnitDetailProps) {
  const { t, lang, errorText } = useI18n();
  const q = useOrgUnit(code || undefined);

  if (code === '') {
    return (
      <Card title={t('org.national')}>
        <Typography.Paragraph type="secondary">{t('org.nationalHint')}</Typography.Paragraph>
      </Card>
    );
  }
  if (q.isPending) return <Card><Skeleton active /></Card>;
  if (q.isError) {
    const notFound = q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 403);
    return <Result status={notFound ? '404' : 'error'} title={notFound ? t('error.notFound') : errorText(q.error)} />;
  }
  const u = q.data;
  const kind = u.level === 'street' ? streetKindText(lang, u.streetKind) : u.level === 'community' ? committeeKindText(lang, u.committeeKind) : '';
  const crumbs = u.path.filter((p) => p.code !== u.code);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Breadcrumb
          items={[
            ...crumbs.map((p) => ({
              key: p.code,
              title: p.code.startsWith(scopeCode) ? <a onClick={() => onSelect(p.code)}>{p.name}</a> : p.name,
            })),
            { key: u.code, title: u.name },
          ]}
        />
        <Typography.Title level={3} style={{ marginTop: 12 }} data-testid="org-unit-name">
          {u.name}
        </Typography.Title>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" bordered>
          <Descriptions.Item label={t('org.code')}>{u.code}</Descriptions.Item>
          <Descriptions.Item label={t('org.level')}>{orgLevelText(lang, u.level)}</Descriptions.Item>
          {kind ? <Descriptions.Item label={t('org.kind')}>{kind}</Descriptions.Item> : null}
          {u.urCode ? <Descriptions.Item label={t('org.urClass')}>{urClassText(lang, u.urCode)}</Descriptions.Item> : null}
          {u.level !== 'community' ? <Descriptions.Item label={t('org.childCount')}>{u.childCount}</Descriptions.Item> : null}
          <Descriptions.Item label={t('org.workerCount')}>
            <Space>
              <span data-testid="org-worker-count">{u.workerCount}</span>
              {canReadWorkers ? (
                <Button size="small" type="link" icon={<TeamOutlined />} onClick={() => onOpenRoster(u.code)}>
                  {t('org.openRoster')}
                </Button>
              ) : null}
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <PopulationCard unit={u} canWrite={canWritePopulation} />
    </Space>
  );
}
