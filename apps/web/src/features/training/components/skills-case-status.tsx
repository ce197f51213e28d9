import { Tag } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { WorkCase } from '../api/skills.ts';

/** Draft (visible to the owning unit only) or published (open to every user). */
export function SkillsCaseStatusTag({ status }: { status: WorkCase['status'] }) {
  const { t } = useI18n();
  return status === 'published' ? (
    <Tag color="green" data-testid="case-status">
      {t('skills.casePublished')}
    </Tag>
  ) : (
    <Tag color="orange" data-testid="case-status">
      {t('skills.caseDraft')}
    </Tag>
  );
}
