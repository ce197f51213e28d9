// 工作台 (ui-map.md): what waits for this user at the node they work on, and a few key numbers.
import { z } from 'zod';

export const HOME_TODO_KEYS = [
  'approvals',
  'overdueApprovals',
  'leaveUnreturned',
  'difficultiesOverdue',
  'difficultiesOpen',
  'trainingOverdue',
  'reportsOverdue',
  'reportsOpen',
  'probationOverdue',
  'probationDue',
  'contractsExpired',
  'contractsExpiring',
  'contractsMissing',
  'secretariesUnfiled',
  'proxyOverdue',
  'rectificationsOverdue',
  'departuresWithoutAudit',
] as const;

export const homeQuery = z.object({ org: z.string().regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})?$/).default('') });

export const homeTodo = z.object({
  key: z.enum(HOME_TODO_KEYS),
  count: z.number(),
  /** Past a deadline (red), as against waiting within its time (blue). */
  urgent: z.boolean(),
  /** The page that lists these items, with the node in its query. */
  link: z.string(),
});
export type HomeTodo = z.infer<typeof homeTodo>;

export const homeFigures = z.object({ total: z.number(), communities: z.number(), averageAge: z.number().nullable(), under35Share: z.number().nullable(), certifiedShare: z.number().nullable() });

export const home = z.object({
  node: z.object({ code: z.string(), name: z.string() }),
  todos: z.array(homeTodo),
  /** Only for users who may read statistics. */
  figures: homeFigures.nullable(),
  /** Counts left out because they are computed per worker and the node is too large for a home page. */
  skipped: z.array(z.string()),
});
export type Home = z.infer<typeof home>;
