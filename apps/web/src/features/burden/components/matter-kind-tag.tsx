import { Tag } from 'antd';
import { MATTER_KIND_EN, type MatterKind } from '@cwp/domain/burden';
import { useI18n } from '../../../i18n/i18n-context.tsx';

const KIND_COLOR: Record<MatterKind, string> = { 依法履职: 'blue', 依法协助: 'green', 负面清单: 'red' };

export function MatterKindTag({ kind }: { kind: MatterKind }) {
  const { lang } = useI18n();
  return <Tag color={KIND_COLOR[kind]}>{lang === 'en' ? MATTER_KIND_EN[kind] : kind}</Tag>;
}
