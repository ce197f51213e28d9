/** Strings of the audit administrator's 审计日志 search and export (issue 8), split from messages-zh.ts. */
export const auditZh = {
  'audit.objectFilter': '对象',
  'audit.objectPlaceholder': 'worker 或 worker#123',
  'audit.ipPlaceholder': '地址或网段，如 10.1.',
  'audit.anyOutcome': '全部结果',
  'audit.export': '导出检索结果',
  'audit.exportHint': '导出当前检索条件下的全部记录（.xlsx），导出操作本身记入审计日志',
  'audit.reset': '重置',
  'audit.chainNote': '审计记录以 SM3 哈希链相连，任何修改或删除都能被 “npm run cli -- audit verify” 发现；记录至少保留 180 天。',
};
