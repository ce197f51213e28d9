import { Descriptions, Tag } from 'antd';
import type { RulePack } from '@cwp/contracts/grading.contract';
import { EDUCATION_LEVEL_LABELS } from '@cwp/domain/code-tables';
import { POST_CLASSES, SW_QUALIFICATIONS } from '@cwp/domain/worker-enums';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useKindText } from './special-allowance-kind.ts';

/** Entries in the code table's order, whatever order the pack's JSON has them in. */
const pairs = (r: Partial<Record<string, number>>, order: readonly string[]) =>
  order.filter((k) => r[k] !== undefined).map((k) => `${k} ${r[k]}`).join('、') || '—';

/** The numbers of a pack as a clerk reads them in the local document. */
export function PackParameters({ pack }: { pack: RulePack }) {
  const { t } = useI18n();
  const kindText = useKindText();
  const g = pack.grading;
  const p = pack.pay;
  const base = p.base ? (p.base.mode === 'fixed' ? `${p.base.monthly} 元/月（${p.base.year} 年，${p.base.source}）` : `${p.base.annualAverageWage} 元/年 ÷ 12（${p.base.year} 年，${p.base.source}）`) : '—';
  const coef = !p.coefficient
    ? '—'
    : p.coefficient.mode === 'linear'
      ? `1 级 ${p.coefficient.atGrade1}，每级 +${p.coefficient.perGrade}`
      : p.coefficient.mode === 'rangeByPost'
        ? POST_CLASSES.map((c) => `${c} ${p.coefficient!.mode === 'rangeByPost' ? `${p.coefficient!.byPost[c].first}–${p.coefficient!.byPost[c].last}` : ''}`).join('；')
        : Object.entries(p.coefficient.byGrade).map(([k, v]) => `${k} 级 ${v}`).join('、');
  return (
    <Descriptions size="small" bordered column={1} data-testid="pack-parameters">
      <Descriptions.Item label={t('grading.posts')}>{POST_CLASSES.map((c) => `${c} ${g.posts[c].min}–${g.posts[c].max} 级`).join('；')}</Descriptions.Item>
      <Descriptions.Item label={t('grading.stepYears')}>{t('grading.stepYearsValue', { years: g.stepYears })}</Descriptions.Item>
      <Descriptions.Item label={t('grading.educationYears')}>{pairs(g.educationYears, EDUCATION_LEVEL_LABELS)}</Descriptions.Item>
      <Descriptions.Item label={t('grading.certBonus')}>
        {pairs(g.certBonus, SW_QUALIFICATIONS)} {g.stackCert ? <Tag>{t('grading.stack')}</Tag> : <Tag>{t('grading.highestOnly')}</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label={t('grading.failedYearRule')}>{g.failedYearsCount ? t('grading.failedCounts') : t('grading.failedExcluded')}</Descriptions.Item>
      <Descriptions.Item label={t('grading.acrossProvinces')}>{g.yearsAcrossProvinces ? t('common.yes') : t('common.no')}</Descriptions.Item>
      <Descriptions.Item label={t('grading.base')}>{base}</Descriptions.Item>
      <Descriptions.Item label={t('grading.coefficient')}>{coef}</Descriptions.Item>
      <Descriptions.Item label={t('grading.items')}>{(p.items ?? []).map((i) => i.name).join('、') || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('grading.allowances')}>{p.allowances.map((a) => a.name).join('、') || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('grading.specialRates')}>
        {(p.specialAllowances ?? []).length
          ? p.specialAllowances!.map((r) => `${r.name ?? kindText(r.kind)} ${r.perDay !== undefined ? `${r.perDay} 元/天` : t('grading.specialByNotice')}${r.monthlyCap !== undefined ? `，每月至多 ${r.monthlyCap} 元` : ''}`).join('；')
          : t('grading.specialByNotice')}
      </Descriptions.Item>
      <Descriptions.Item label={t('grading.performance')}>{p.performance ? `${Math.round(p.performance.share * 100)}%` : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('grading.employerRates')}>{`社保 ${Math.round(p.employer.socialInsuranceRate * 1000) / 10}%，公积金 ${Math.round(p.employer.housingFundRate * 1000) / 10}%`}</Descriptions.Item>
    </Descriptions>
  );
}
