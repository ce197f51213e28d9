import { Steps, Timeline, Typography } from 'antd';
import type { WorkflowRequest } from '@cwp/contracts/workflow.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useWorkflowText } from './workflow-text.tsx';

type StepStatus = 'wait' | 'process' | 'finish' | 'error';

/** Each approval step's state: done before the current one; the current one waiting, refused or (withdrawn) stopped. */
function stepStatus(r: WorkflowRequest, i: number): StepStatus {
  if (i < r.stepIndex) return 'finish';
  if (i > r.stepIndex) return 'wait';
  return r.status === 'pending' ? 'process' : r.status === 'rejected' ? 'error' : 'wait';
}

const RECORD_COLOR = { submit: 'blue', approve: 'green', reject: 'red', cancel: 'gray' } as const;

/** The approval chain (submitted → each step) and every recorded action with who, when and any comment. */
export function RequestProgress({ request, showSteps = true }: { request: WorkflowRequest; showSteps?: boolean }) {
  const { t } = useI18n();
  const text = useWorkflowText();
  const stepName = new Map(request.steps.map((s) => [s.key, text.stepName(s)]));
  // Under a decided step, when it was decided; under the pending one, its due date.
  const stepNote = (key: string, i: number) => {
    if (i === request.stepIndex && request.dueOn) return t('daily.dueBy', { date: request.dueOn });
    const decided = request.records.findLast((r) => r.step === key && (r.action === 'approve' || r.action === 'reject'));
    return decided?.at;
  };
  return (
    <div data-testid="request-progress">
      {showSteps ? (
        <Steps
          size="small"
          current={Math.min(request.stepIndex + 1, request.steps.length)}
          data-testid="request-steps"
          style={{ marginBottom: 20, maxWidth: 240 * (request.steps.length + 1) }}
          items={[
            { title: t('daily.stepSubmit'), status: 'finish' as StepStatus, content: request.records[0]?.at },
            ...request.steps.map((s, i) => ({ title: text.stepName(s), status: stepStatus(request, i), content: stepNote(s.key, i) })),
          ]}
        />
      ) : null}
      <Timeline
        data-testid="request-records"
        items={request.records.map((rec, i) => ({
          key: i,
          color: RECORD_COLOR[rec.action],
          content: (
            <>
              <Typography.Text strong>{rec.at}</Typography.Text> {rec.by} {text.recordAction(rec.action)}
              {rec.step && rec.action !== 'submit' ? <Typography.Text type="secondary">（{stepName.get(rec.step) ?? rec.step}）</Typography.Text> : null}
              {rec.comment ? <div style={{ whiteSpace: 'pre-wrap', color: 'rgba(0,0,0,0.65)' }}>{rec.comment}</div> : null}
            </>
          ),
        }))}
      />
    </div>
  );
}
