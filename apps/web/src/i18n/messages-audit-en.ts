import type { auditZh } from './messages-audit-zh.ts';

/** English twin of messages-audit-zh.ts. */
export const auditEn: Record<keyof typeof auditZh, string> = {
  'audit.objectFilter': 'Object',
  'audit.objectPlaceholder': 'worker or worker#123',
  'audit.ipPlaceholder': 'Address or prefix, e.g. 10.1.',
  'audit.anyOutcome': 'Any outcome',
  'audit.export': 'Export results',
  'audit.exportHint': 'Exports every record matching the current search (.xlsx); the export itself is audited',
  'audit.reset': 'Reset',
  'audit.chainNote': 'Audit records are linked by an SM3 hash chain, so any change or deletion is found by "npm run cli -- audit verify"; records are kept at least 180 days.',
};
