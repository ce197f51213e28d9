import { useMemo } from 'react';
import { Alert, Tag } from 'antd';
import type {
  CAREER_EVENT_KINDS,
  DIFFICULTY_CATEGORIES,
  DIFFICULTY_STATUSES,
  EVENT_LEVELS,
  RESERVE_POSTS,
  RESERVE_SOURCES,
  RESERVE_STATUSES,
  VETTING_RESULTS,
  VISIT_OCCASIONS,
} from '@cwp/contracts/incentives.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';

type Of<T extends readonly string[]> = Record<T[number], string>;

// Stored values are the Chinese names the contracts define; English mode shows these twins.
const SOURCE_EN: Of<typeof RESERVE_SOURCES> = {
  社区专职工作人员: 'Full-time community staff',
  优秀网格员: 'Outstanding grid worker',
  返乡大学生: 'Graduate returning home',
  退役军人: 'Veteran',
  机关企事业单位退休党员: 'Retired Party member from a public body or enterprise',
  其他: 'Other',
};
const POST_EN: Of<typeof RESERVE_POSTS> = { 社区党组织书记: 'Community Party secretary', '社区“两委”成员': 'Member of the two committees' };
const RESERVE_STATUS_EN: Of<typeof RESERVE_STATUSES> = { 培养中: 'In cultivation', 已使用: 'Appointed', 已退出: 'Withdrawn' };
const KIND_EN: Of<typeof CAREER_EVENT_KINDS> = {
  荣誉表彰: 'Honour',
  推荐党代表: 'Nominated Party congress delegate',
  推荐人大代表: 'Nominated people’s congress deputy',
  推荐政协委员: 'Nominated CPPCC member',
  发展党员: 'Admitted to the Party',
  招录为公务员: 'Recruited as a civil servant',
  招聘为事业单位人员: 'Recruited by a public institution',
  进入街道领导班子: 'Joined the street leadership',
};
const LEVEL_EN: Of<typeof EVENT_LEVELS> = { 国家级: 'National', 省级: 'Provincial', 市级: 'City', 县级: 'County', 街道级: 'Street' };
const OCCASION_EN: Of<typeof VISIT_OCCASIONS> = {
  春节: 'Spring Festival',
  元宵: 'Lantern Festival',
  端午: 'Dragon Boat Festival',
  中秋: 'Mid-Autumn Festival',
  国庆: 'National Day',
  重大任务一线慰问: 'Front line of a major task',
  生病住院: 'Illness or hospital stay',
  其他: 'Other',
};
const CATEGORY_EN: Of<typeof DIFFICULTY_CATEGORIES> = { 工作: 'Work', 生活: 'Daily life', 健康: 'Health', 家庭: 'Family', 其他: 'Other' };
const DIFFICULTY_STATUS_EN: Of<typeof DIFFICULTY_STATUSES> = { 待答复: 'Awaiting answer', 已答复: 'Answered', 已办结: 'Closed' };
const VETTING_EN: Of<typeof VETTING_RESULTS> = { 通过: 'Passed', 不通过: 'Not passed' };

const GENDER_EN: Record<string, string> = { 男: 'Male', 女: 'Female' };

export function useIncentivesText() {
  const { lang } = useI18n();
  return useMemo(() => {
    const pick =
      <T extends string>(table: Record<T, string>) =>
      (v: T): string =>
        lang === 'en' ? (table[v] ?? v) : v;
    return {
      source: pick(SOURCE_EN),
      post: pick(POST_EN),
      reserveStatus: pick(RESERVE_STATUS_EN),
      kind: pick(KIND_EN),
      level: pick(LEVEL_EN),
      occasion: pick(OCCASION_EN),
      category: pick(CATEGORY_EN),
      difficultyStatus: pick(DIFFICULTY_STATUS_EN),
      vetting: pick(VETTING_EN),
      gender: (v: string | null) => (v === null ? '' : lang === 'en' ? (GENDER_EN[v] ?? v) : v),
    };
  }, [lang]);
}

export type IncentivesText = ReturnType<typeof useIncentivesText>;

const DIFFICULTY_COLOR: Of<typeof DIFFICULTY_STATUSES> = { 待答复: 'orange', 已答复: 'blue', 已办结: 'green' };

/** Status of a difficulty, with the red 已逾期 tag beside it when unanswered past the due date. */
export function DifficultyStatusTags({ status, overdue }: { status: (typeof DIFFICULTY_STATUSES)[number]; overdue: boolean }) {
  const { t } = useI18n();
  const text = useIncentivesText();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tag color={DIFFICULTY_COLOR[status]} data-testid="difficulty-status">
        {text.difficultyStatus(status)}
      </Tag>
      {overdue ? (
        <Tag color="red" data-testid="difficulty-overdue">
          {t('care.overdue')}
        </Tag>
      ) : null}
    </span>
  );
}

const RESERVE_COLOR: Of<typeof RESERVE_STATUSES> = { 培养中: 'blue', 已使用: 'green', 已退出: 'default' };

export function ReserveStatusTag({ status }: { status: (typeof RESERVE_STATUSES)[number] }) {
  const text = useIncentivesText();
  return (
    <Tag color={RESERVE_COLOR[status]} data-testid="reserve-status">
      {text.reserveStatus(status)}
    </Tag>
  );
}

/** The lists are per unit: a national user (no unit code) is asked to pick one in the header first. */
export function ChooseUnitAlert() {
  const { t } = useI18n();
  return <Alert type="info" showIcon title={t('incentives.chooseUnit')} style={{ marginBottom: 16 }} />;
}
