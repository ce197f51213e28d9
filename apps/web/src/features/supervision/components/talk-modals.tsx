import { Alert, DatePicker, Descriptions, Form, Input, Modal, Select, Skeleton, Tag } from 'antd';
import { talkInput } from '@cwp/contracts/supervision.contract';
import { TALK_KINDS } from '@cwp/domain/supervision';
import { fromIsoDate, toIsoDate } from '../../../lib/dates.ts';
import type { Dayjs } from 'dayjs';
import { todayIso } from '@cwp/domain/dates';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { WorkerSelect } from '../../workers/components/worker-select.tsx';
import { useRecordTalk, useTalk } from '../api/talks.ts';
import { FormModal } from './form-modal.tsx';
import { useSupervisionText } from './supervision-text.ts';

const FIELDS = ['workerId', 'talkedOn', 'talkerName', 'talkerRole', 'kind', 'topics', 'content', 'followUp', 'nextTalkOn'] as const;

/** 登记谈心谈话 (A11.1). */
export function TalkFormModal({ org, open, onClose }: { org: string; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const label = useSupervisionText();
  const record = useRecordTalk();
  return (
    <FormModal
      open={open}
      title={t('sup.talkRecord')}
      schema={talkInput}
      fields={FIELDS}
      toInput={(v) => ({ ...v, talkedOn: toIsoDate(v.talkedOn as Dayjs) ?? undefined, nextTalkOn: toIsoDate(v.nextTalkOn as Dayjs), topics: v.topics ?? [], content: v.content ?? '', followUp: v.followUp ?? '' })}
      submit={(data) => record.mutateAsync(data)}
      pending={record.isPending}
      onClose={onClose}
      doneText={t('sup.talkSaved')}
      initialValues={{ talkedOn: fromIsoDate(todayIso()), kind: '日常' }}
      width={640}
      testId="talk-form"
    >
      <Form.Item name="workerId" label={t('sup.worker')} required>
        <WorkerSelect org={org} data-testid="talk-worker" />
      </Form.Item>
      <Form.Item name="talkedOn" label={t('sup.talkedOn')} required>
        <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="talk-date" />
      </Form.Item>
      <Form.Item name="kind" label={t('sup.talkKind')} required>
        <Select options={TALK_KINDS.map((k) => ({ value: k, label: label(k) }))} data-testid="talk-kind" />
      </Form.Item>
      <Form.Item name="talkerName" label={t('sup.talkerName')} required>
        <Input maxLength={30} data-testid="talk-talker" />
      </Form.Item>
      <Form.Item name="talkerRole" label={t('sup.talkerRole')} required>
        <Input maxLength={50} data-testid="talk-talker-role" />
      </Form.Item>
      <Form.Item name="topics" label={t('sup.topics')} extra={t('sup.topicsHint')}>
        <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} data-testid="talk-topics" />
      </Form.Item>
      <Form.Item name="content" label={t('sup.content')} required>
        <Input.TextArea rows={4} maxLength={4000} showCount data-testid="talk-content" />
      </Form.Item>
      <Form.Item name="followUp" label={t('sup.followUp')}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="talk-follow-up" />
      </Form.Item>
      <Form.Item name="nextTalkOn" label={t('sup.nextTalkOn')}>
        <DatePicker style={{ width: '100%' }} data-testid="talk-next" />
      </Form.Item>
    </FormModal>
  );
}

/** The content of one talk; opening it is an audited read on the server. */
export function TalkDetailModal({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t, errorText } = useI18n();
  const label = useSupervisionText();
  const talk = useTalk(id);
  const x = talk.data;
  return (
    <Modal open={id !== null} title={t('sup.talkDetail')} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      {talk.isError ? <Alert type="error" showIcon title={errorText(talk.error)} /> : null}
      {talk.isPending ? <Skeleton active /> : null}
      {x ? (
        <>
          <Descriptions column={1} size="small" bordered data-testid="talk-detail">
            <Descriptions.Item label={t('sup.worker')}>{`${x.workerName}（${x.communityName}）`}</Descriptions.Item>
            <Descriptions.Item label={t('sup.talkedOn')}>{x.talkedOn}</Descriptions.Item>
            <Descriptions.Item label={t('sup.talkKind')}>{label(x.kind)}</Descriptions.Item>
            <Descriptions.Item label={t('sup.talker')}>{`${x.talkerName}（${x.talkerRole}）`}</Descriptions.Item>
            <Descriptions.Item label={t('sup.topics')}>{x.topics.map((tp) => <Tag key={tp}>{tp}</Tag>)}</Descriptions.Item>
            <Descriptions.Item label={t('sup.content')}>
              <div style={{ whiteSpace: 'pre-wrap' }}>{x.content}</div>
            </Descriptions.Item>
            <Descriptions.Item label={t('sup.followUp')}>{x.followUp}</Descriptions.Item>
            <Descriptions.Item label={t('sup.nextTalkOn')}>{x.nextTalkOn ?? ''}</Descriptions.Item>
            <Descriptions.Item label={t('sup.recordedBy')}>{x.recordedBy}</Descriptions.Item>
          </Descriptions>
          <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('sup.readAudited')} />
        </>
      ) : null}
    </Modal>
  );
}
