import { z } from 'zod';

/** The audit administrator's search; the export takes the same filter without paging. */
export const auditFilter = z.object({
  action: z.string().trim().max(50).optional(),
  actor: z.string().trim().max(64).optional(),
  /** Object type (`worker`), or one object (`worker#123`). */
  object: z.string().trim().max(80).optional(),
  outcome: z.enum(['success', 'failure']).optional(),
  /** Client address, or its beginning for a subnet (`10.1.`). */
  ip: z.string().trim().max(64).regex(/^[0-9a-fA-F.:]*$/).optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});
export type AuditFilter = z.infer<typeof auditFilter>;

export const auditQuery = auditFilter.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditItem = z.object({
  id: z.number(),
  at: z.string(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  outcome: z.enum(['success', 'failure']),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditItem = z.infer<typeof auditItem>;
export const auditListResponse = z.object({ items: z.array(auditItem), total: z.number() });
