import { Descriptions, Space, Tag } from 'antd';
import type { Scheme } from '@cwp/contracts/assessment.contract';
import { formatDateTime } from '../../../lib/dates.ts';
import { formatCount } from '../../../lib/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { SchemeStatusTag, sharePct, useAssessmentText } from './assessment-text.tsx';

/** A scheme's facts: who issued it, the survey window, dimensions and weights, grades, cap and rater rules. */
export function SchemeSummary({ scheme: s }: { scheme: Scheme }) {
  const { t } = useI18n();
  const text = useAssessmentText();
  const dimName = (key: string) => s.body.dimensions.find((d) => d.key === key)?.name ?? key;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'org', label: t('assessment.unit'), children: s.orgName },
        { key: 'year', label: t('assessment.year'), children: s.year },
        { key: 'status', label: t('assessment.status'), children: <SchemeStatusTag status={s.status} /> },
        { key: 'window', label: t('assessment.surveyWindow'), children: `${s.surveyOpens} ~ ${s.surveyCloses}` },
        { key: 'participants', label: t('assessment.participants'), children: <span data-testid="scheme-participants">{formatCount(s.participants)}</span> },
        { key: 'responses', label: t('assessment.responses'), children: formatCount(s.responses) },
        {
          key: 'dimensions',
          label: t('assessment.dimensions'),
          span: 'filled',
          children: (
            <Space size={[4, 4]} wrap>
              {s.body.dimensions.map((d) => (
                <Tag key={d.key}>{`${d.name} ${sharePct(d.weight)} · ${text.source(d.source)}`}</Tag>
              ))}
            </Space>
          ),
        },
        {
          key: 'grades',
          label: t('assessment.grades'),
          span: 'filled',
          children: s.body.grades.map((g, i) => (i === s.body.grades.length - 1 ? g.name : `${g.name} ≥ ${g.minScore}`)).join('　'),
        },
        { key: 'cap', label: t('assessment.topGradeCap'), children: s.body.topGradeCap === null ? t('assessment.noCap') : sharePct(s.body.topGradeCap) },
        { key: 'ties', label: t('assessment.tieBreakers'), children: s.body.tieBreakers.map(dimName).join(' → ') || '—' },
        { key: 'raters', label: t('assessment.raterRule'), children: t('assessment.raterRuleValue', { n: s.body.minResidentRaters, pct: sharePct(s.body.minOrdinaryShare) }) },
        { key: 'createdBy', label: t('assessment.createdBy'), children: s.createdBy },
        { key: 'publishedAt', label: t('assessment.publishedAt'), children: formatDateTime(s.publishedAt) || '—' },
        { key: 'resultsAt', label: t('assessment.resultsPublishedAt'), children: formatDateTime(s.resultsPublishedAt) || '—' },
      ]}
    />
  );
}
