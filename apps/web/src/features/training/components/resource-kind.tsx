import { useMemo } from 'react';
import { RESOURCE_KINDS } from '@cwp/contracts/training.contract';
import type { MessageKey } from '../../../i18n/messages-zh.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { ResourceKind } from '../api/resources.ts';

const KEYS: Readonly<Record<ResourceKind, MessageKey>> = {
  课件: 'resources.kindCourseware',
  视频: 'resources.kindVideo',
  教材: 'resources.kindTextbook',
  案例: 'resources.kindCase',
  政策文件: 'resources.kindPolicy',
  其他: 'resources.kindOther',
};

/** Resource kinds in the current language; the stored value is the Chinese name. */
export function useResourceKindText(): (kind: ResourceKind) => string {
  const { t } = useI18n();
  return (kind) => t(KEYS[kind]);
}

export function useResourceKindOptions(): { value: ResourceKind; label: string }[] {
  const { t } = useI18n();
  return useMemo(() => RESOURCE_KINDS.map((k) => ({ value: k, label: t(KEYS[k]) })), [t]);
}
