import { useState } from 'react';
import { Alert, Card, Col, Empty, Row, Skeleton, Table, Tag, Typography } from 'antd';
import type { PackSummary } from '@cwp/contracts/grading.contract';
import { usePack, usePacks } from '../features/grading/api/list-packs.ts';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { GradePreviewForm } from '../features/grading/components/grade-preview-form.tsx';
import { PackActions } from '../features/grading/components/pack-actions.tsx';
import { PackDraftEditor } from '../features/grading/components/pack-draft-editor.tsx';
import { PackParameters } from '../features/grading/components/pack-parameters.tsx';
import { WhatIfPanel } from '../features/grading/components/what-if-panel.tsx';
import { levelOfCode } from '@cwp/domain/division-code';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

const PACK_LEVELS = new Set(['province', 'city', 'county']);

/** 规则包与测算 (A4.1, A12.1): the packs in force and shipped templates, their numbers, and a calculator. */
export default function GradingPacksPage() {
  const { t, errorText } = useI18n();
  const me = useCurrentUser();
  const { orgCode } = useCurrentOrg();
  const packs = usePacks();
  const [selected, setSelected] = useState<string | undefined>('national-default');
  const pack = usePack(selected);
  if (packs.isError) return <Alert type="error" showIcon title={errorText(packs.error)} />;
  return (
    <Row gutter={16}>
      <Col xs={24} xl={10}>
        <Card size="small" title={t('grading.packs')}>
          <Table<PackSummary>
            size="small"
            rowKey="id"
            loading={packs.isPending}
            pagination={false}
            dataSource={packs.data ?? []}
            onRow={(r) => ({ onClick: () => setSelected(r.id), style: { cursor: 'pointer' } })}
            rowClassName={(r) => (r.id === selected ? 'ant-table-row-selected' : '')}
            columns={[
              { title: t('grading.packName'), dataIndex: 'name' },
              { title: t('grading.jurisdiction'), dataIndex: 'orgCode', width: 90, render: (v: string) => v || t('grading.national') },
              {
                title: t('grading.status'),
                dataIndex: 'status',
                width: 80,
                render: (v: string) => <Tag color={v === 'published' ? 'green' : 'default'}>{t(v === 'published' ? 'grading.published' : 'grading.draft')}</Tag>,
              },
              { title: t('grading.unverifiedCount'), dataIndex: 'unverifiedCount', width: 80, align: 'right' },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        {!selected ? (
          <Empty />
        ) : pack.isPending ? (
          <Skeleton active />
        ) : pack.isError ? (
          <Alert type="error" showIcon title={errorText(pack.error)} />
        ) : (
          <Card size="small" title={pack.data.name} data-testid="pack-detail">
            <Typography.Paragraph type="secondary">{pack.data.description}</Typography.Paragraph>
            <PackActions pack={pack.data} org={orgCode} canManage={hasPermission(me, 'grading:manage') && PACK_LEVELS.has(levelOfCode(orgCode) ?? '')} onCreated={setSelected} />
            {pack.data.status === 'draft' && hasPermission(me, 'grading:manage') && pack.data.orgCode.startsWith(me.scope.code) ? (
              <>
                <Typography.Title level={5} style={{ marginTop: 16 }}>
                  {t('grading.editDraft')}
                </Typography.Title>
                <PackDraftEditor pack={pack.data} />
                <Typography.Title level={5} style={{ marginTop: 16 }}>
                  {t('grading.whatIf', { name: orgCode || t('grading.national') })}
                </Typography.Title>
                <WhatIfPanel pack={pack.data} org={orgCode} />
              </>
            ) : (
              <PackParameters pack={pack.data} />
            )}
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('grading.preview')}
            </Typography.Title>
            <GradePreviewForm key={pack.data.id} packId={pack.data.id} />
          </Card>
        )}
      </Col>
    </Row>
  );
}
