import { useState } from 'react';
import { Alert, App, Button, Card, Divider, Popconfirm, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, SendOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { ApiError } from '../lib/api-client.ts';
import { formatDateTime } from '../lib/dates.ts';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { OrgTreeSelect } from '../features/org/components/org-tree-select.tsx';
import { useCase, usePublishCase } from '../features/training/api/skills.ts';
import { SkillsCaseBody } from '../features/training/components/skills-case-body.tsx';
import { SkillsCaseFormModal } from '../features/training/components/skills-case-form-modal.tsx';
import { SkillsCaseStatusTag } from '../features/training/components/skills-case-status.tsx';
import { TopicTags } from '../features/training/components/trainer-topics.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

const OWNER_LEVELS = ['province', 'city', 'county', 'street'] as const;

/**
 * One case (A6.1), laid out for case-method teaching: a narrow reading column with the method and summary up
 * front and the text in its paragraphs. The owning unit edits a draft or a published case and publishes drafts.
 */
export default function TrainingCasePage() {
  const id = Number(useParams().id);
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const { orgCode, scopeCode } = useCurrentOrg();
  const canWrite = hasPermission(useCurrentUser(), 'training:write');
  const q = useCase(id);
  const publish = usePublishCase();
  const [editing, setEditing] = useState(0);

  if (!Number.isInteger(id) || id <= 0) return <Result status="404" title={t('error.notFound')} />;
  if (q.isPending) return <Card><Skeleton active paragraph={{ rows: 12 }} /></Card>;
  if (q.isError) {
    const nf = q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 403);
    return <Result status={nf ? '404' : 'error'} title={nf ? t('error.notFound') : errorText(q.error)} extra={<Link to="/training/cases">{t('skills.backToCases')}</Link>} />;
  }
  const c = q.data;
  const mine = canWrite && c.editable;

  const doPublish = () =>
    publish
      .mutateAsync(c.id)
      .then(() => void message.success(t('skills.casePublishedOk')))
      .catch((err: unknown) => void message.error(errorText(err)));

  return (
    <Card
      size="small"
      title={
        <Space>
          <Link to="/training/cases" aria-label={t('skills.backToCases')}>
            <ArrowLeftOutlined />
          </Link>
          <span>{t('skills.casesTitle')}</span>
        </Space>
      }
      extra={
        mine ? (
          <Space>
            <Button icon={<EditOutlined />} onClick={() => setEditing((n) => n + 1)} data-testid="case-edit">
              {t('skills.caseEdit')}
            </Button>
            {c.status === 'draft' ? (
              <Popconfirm title={t('skills.publishConfirm')} description={t('skills.publishHint')} okText={t('skills.publish')} cancelText={t('common.cancel')} onConfirm={doPublish}>
                <Button type="primary" icon={<SendOutlined />} loading={publish.isPending} data-testid="case-publish">
                  {t('skills.publish')}
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        ) : null
      }
      data-testid="case-page"
    >
      <article style={{ maxWidth: 820, margin: '8px auto 24px' }}>
        {mine && c.status === 'draft' ? <Alert type="warning" showIcon title={t('skills.draftNotice')} style={{ marginBottom: 16 }} /> : null}
        <Space size={4} wrap style={{ marginBottom: 8 }}>
          <Tag color="gold" data-testid="case-method">
            {c.methodName}
          </Tag>
          <SkillsCaseStatusTag status={c.status} />
        </Space>
        <Typography.Title level={2} style={{ marginTop: 0 }} data-testid="case-heading">
          {c.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {[
            c.orgName,
            c.authorName ? t('skills.byAuthor', { name: c.authorName }) : null,
            c.publishedAt ? t('skills.publishedAt', { at: formatDateTime(c.publishedAt) }) : t('skills.notPublished'),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Paragraph>
        <TopicTags topics={c.topics} />
        <div style={{ background: '#fafafa', borderLeft: '4px solid #d4b106', padding: '12px 16px', margin: '20px 0' }} data-testid="case-summary">
          <Typography.Text strong>{t('skills.summary')}</Typography.Text>
          <Typography.Paragraph style={{ margin: '6px 0 0', fontSize: 15, lineHeight: 1.8, whiteSpace: 'pre-wrap' }}>{c.summary}</Typography.Paragraph>
        </div>
        <SkillsCaseBody content={c.content} />
        <Divider />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('skills.caseFooter', { by: c.createdBy, version: c.version })}
        </Typography.Text>
      </article>
      {mine && editing ? (
        <SkillsCaseFormModal
          key={editing}
          workCase={c}
          defaultOwner={c.orgCode}
          ownerPicker={<OrgTreeSelect rootCode={scopeCode} selectableLevels={OWNER_LEVELS} leafLevel="street" style={{ width: '100%' }} data-testid="case-owner" />}
          org={orgCode}
          onClose={() => setEditing(0)}
        />
      ) : null}
    </Card>
  );
}
