import { Button, Input, Select, Space } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { POST_CLASSES, SW_QUALIFICATIONS, WORKER_CATEGORIES, WORKER_STATUSES } from '@cwp/domain/worker-enums';
import { EDUCATION_LEVELS, POLITICAL_STATUSES } from '@cwp/domain/code-tables';
import { AGE_BANDS } from '@cwp/domain/age';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useEnumOptions } from '../../../i18n/enum-labels.ts';

export const ROSTER_FILTER_KEYS = ['q', 'category', 'postClass', 'status', 'education', 'ageBand', 'politicalStatus', 'swQualification'] as const;
export type RosterFilterKey = (typeof ROSTER_FILTER_KEYS)[number];
export type RosterFilters = Partial<Record<RosterFilterKey, string>>;

const EDUCATION_VALUES = EDUCATION_LEVELS.map((e) => e.label);
const POLITICAL_VALUES = POLITICAL_STATUSES.map((e) => e.label);

interface Props {
  value: RosterFilters;
  onChange: (next: RosterFilters) => void;
}

/** Roster filter bar; every change goes to the URL via the page so a filtered list can be shared. */
export function RosterFilterBar({ value, onChange }: Props) {
  const { t, lang } = useI18n();
  const set = (k: RosterFilterKey) => (v: string | undefined) => onChange({ ...value, [k]: v || undefined });
  const categories = useEnumOptions(WORKER_CATEGORIES);
  const postClasses = useEnumOptions(POST_CLASSES);
  const statuses = [{ value: '在职', label: t('workers.statusActive') }, ...useEnumOptions(WORKER_STATUSES)];
  const educations = useEnumOptions(EDUCATION_VALUES);
  const politicals = useEnumOptions(POLITICAL_VALUES);
  const quals = useEnumOptions(SW_QUALIFICATIONS);
  const ages = AGE_BANDS.map((b) => ({ value: b.key, label: lang === 'en' ? b.en : b.label }));

  const select = (k: RosterFilterKey, label: string, options: { value: string; label: string }[], width = 150) => (
    <Select
      aria-label={label}
      placeholder={label}
      allowClear
      style={{ width }}
      value={value[k]}
      onChange={set(k)}
      options={options}
      popupMatchSelectWidth={false}
    />
  );

  return (
    <Space wrap size={[8, 8]}>
      <Input.Search
        aria-label={t('workers.searchLabel')}
        placeholder={t('workers.searchPlaceholder')}
        allowClear
        defaultValue={value.q}
        key={value.q ?? ''}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        style={{ width: 260 }}
        data-testid="roster-search"
      />
      {select('status', t('workers.status'), statuses, 130)}
      {select('category', t('workers.category'), categories, 170)}
      {select('postClass', t('workers.postClass'), postClasses, 110)}
      {select('education', t('workers.education'), educations, 130)}
      {select('ageBand', t('workers.ageBand'), ages, 130)}
      {select('politicalStatus', t('workers.politicalStatus'), politicals, 140)}
      {select('swQualification', t('workers.swQualification'), quals, 170)}
      <Button icon={<ReloadOutlined />} onClick={() => onChange({})}>
        {t('common.reset')}
      </Button>
    </Space>
  );
}
