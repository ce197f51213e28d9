import { useMemo } from 'react';
import { Space, Tag } from 'antd';
import { TRAINING_TOPIC_EN, TRAINING_TOPICS, type TrainingTopic } from '@cwp/domain/training';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/** Topic names in the current language; the stored value is the Chinese name. */
export function useTopicText(): (topic: TrainingTopic) => string {
  const { lang } = useI18n();
  return (topic) => (lang === 'en' ? TRAINING_TOPIC_EN[topic] : topic);
}

export function useTopicOptions(): { value: TrainingTopic; label: string }[] {
  const { lang } = useI18n();
  return useMemo(() => TRAINING_TOPICS.map((v) => ({ value: v, label: lang === 'en' ? TRAINING_TOPIC_EN[v] : v })), [lang]);
}

/** The topics of a trainer or a resource as tags (shared by both library tables). */
export function TopicTags({ topics }: { topics: readonly TrainingTopic[] }) {
  const text = useTopicText();
  return (
    <Space size={[0, 4]} wrap>
      {topics.map((topic) => (
        <Tag key={topic} color="blue">
          {text(topic)}
        </Tag>
      ))}
    </Space>
  );
}
