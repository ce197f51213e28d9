import { Tag } from 'antd';
import { useEnumText } from '../../../i18n/enum-labels.ts';

const COLORS: Record<string, string> = { 试用: 'blue', 在岗: 'green', 离岗: 'orange', 已退出: 'default' };

export function WorkerStatusTag({ status }: { status: string }) {
  const et = useEnumText();
  return <Tag color={COLORS[status] ?? 'default'}>{et(status)}</Tag>;
}
