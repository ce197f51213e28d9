import type { ReactNode } from 'react';
import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { StaffingNode } from '@cwp/contracts/staffing.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { orgLevelText } from '../../../i18n/enum-labels.ts';
import { formatCount, formatDecimal } from '../../../lib/format.ts';
import { GapText, HeadcountByStatus } from './staffing-figures.tsx';
import { StaffingFlagTags } from './staffing-flag-tags.tsx';
import { inheritanceText, ruleOf, ruleText, stepsText } from './staffing-text.ts';

interface Props {
  node: StaffingNode;
  /** Name of the unit the rule is inherited from (the page looks it up). */
  inheritedFromName?: string;
  /** Buttons for users who may set the rule or ceiling here. */
  actions?: ReactNode;
}

/** Standard quota vs headcount of the working node (A3.1), with how the quota was worked out. */
export function StaffingSummaryCard({ node, inheritedFromName, actions }: Props) {
  const { t, lang } = useI18n();
  const rule = ruleOf(node);
  const steps = stepsText(rule, t);
  const levelText = node.level === 'nation' ? t('org.national') : orgLevelText(lang, node.level);

  return (
    <Card
      title={
        <Space>
          <span data-testid="staffing-node-name">{node.name}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {t('menu.staffing')} · {levelText}
          </Typography.Text>
        </Space>
      }
      extra={actions}
    >
      <Descriptions bordered size="small" column={{ xs: 1, md: 2, xxl: 3 }} styles={{ label: { whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label={t('staffing.urbanPopulation')}>
          <div>{formatCount(node.urbanPopulation)}</div>
          {node.populationYear !== null || node.populationSource ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="staffing-population-source">
              {t('staffing.populationOf', { year: node.populationYear ?? '—', source: node.populationSource ?? '—' })}
            </Typography.Text>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('staffing.households')}>{formatCount(node.households)}</Descriptions.Item>
        <Descriptions.Item label={t('staffing.rule')}>
          <div data-testid="staffing-rule">{ruleText(rule, t)}</div>
          <Tag style={{ marginTop: 4 }} data-testid="staffing-rule-source">
            {inheritanceText(node, t, inheritedFromName)}
          </Tag>
          {steps ? (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {steps}
              </Typography.Text>
            </div>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('staffing.standardQuota')}>
          <Typography.Text strong data-testid="staffing-quota">
            {formatCount(node.standardQuota)}
          </Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {node.quotaFormula}
            </Typography.Text>
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={t('staffing.ceiling')}>
          <span data-testid="staffing-ceiling">{node.ceiling === null ? t('staffing.ceilingNone') : formatCount(node.ceiling)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('staffing.headcount')}>
          <Typography.Text strong data-testid="staffing-headcount">
            {formatCount(node.headcount)}
          </Typography.Text>
          <div>
            <HeadcountByStatus byStatus={node.headcountByStatus} />
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={t('burden.effectiveHeadcount')}>
          <Typography.Text strong data-testid="staffing-effective-headcount">
            {formatCount(node.effectiveHeadcount)}
          </Typography.Text>
          <div>
            <Typography.Text type="secondary">{t('burden.effectiveHint', { n: formatCount(node.seconded) })}</Typography.Text>
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={t('staffing.gap')}>
          <GapText gap={node.gap} />
        </Descriptions.Item>
        <Descriptions.Item label={t('staffing.per10k')}>{formatDecimal(node.per10k, 2)}</Descriptions.Item>
        <Descriptions.Item label={t('staffing.flags')}>
          <div data-testid="staffing-flags">
            <StaffingFlagTags flags={node.flags} />
          </div>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
