import { z } from 'zod';

export const IMPORT_MODES = ['normal', 'gridConversion'] as const;
export const IMPORT_STATUSES = ['queued', 'validating', 'validated', 'committing', 'committed', 'failed', 'cancelled'] as const;

export const importRowError = z.object({ row: z.number(), column: z.string(), reason: z.string() });
export type ImportRowError = z.infer<typeof importRowError>;

/** An import job as the page and the CLI see it; progress survives a page reload because it lives here. */
export const importJob = z.object({
  id: z.number(),
  mode: z.enum(IMPORT_MODES),
  status: z.enum(IMPORT_STATUSES),
  phase: z.enum(['validate', 'write']),
  fileName: z.string(),
  fileSize: z.number(),
  orgCode: z.string(),
  partial: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  totalRows: z.number(),
  processedRows: z.number(),
  ratePerSecond: z.number().nullable(),
  etaSeconds: z.number().nullable(),
  toCreate: z.number(),
  toUpdate: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
  created: z.number(),
  updated: z.number(),
  errorMessage: z.string().nullable(),
  errors: z.array(importRowError),
});
export type ImportJob = z.infer<typeof importJob>;

export const commitImportInput = z.object({ partial: z.boolean().default(false) });
export const importErrorsQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(1000).default(100),
});
export const importErrorsResponse = z.object({ items: z.array(importRowError), total: z.number() });
export const templateQuery = z.object({ mode: z.enum(IMPORT_MODES).default('normal'), org: z.string().regex(/^\d{0,12}$/).optional() });
