import type { WorkflowHooks } from '../workflow/workflow.service.ts';
import { matterAddHook } from './matters.service.ts';
import { secondmentHook } from './secondments.service.ts';

/** What a decided matter request or secondment does, registered with the one approval mechanism in app.ts. */
export const burdenHooks: WorkflowHooks = { matter_add: matterAddHook, secondment: secondmentHook };
