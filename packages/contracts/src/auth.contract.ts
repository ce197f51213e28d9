import { z } from 'zod';
import { msg } from './messages.ts';

export const ROLES = ['system_admin', 'swb_admin', 'department', 'street_admin', 'community_secretary', 'worker', 'auditor', 'security_admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  system_admin: { zh: '系统管理员', en: 'System administrator' },
  swb_admin: { zh: '社会工作部管理员', en: 'Social-work department administrator' },
  department: { zh: '职能部门', en: 'Government department' },
  street_admin: { zh: '街道管理员', en: 'Street administrator' },
  community_secretary: { zh: '社区书记', en: 'Community party secretary' },
  worker: { zh: '社区工作者', en: 'Community worker' },
  auditor: { zh: '审计员', en: 'Auditor' },
  security_admin: { zh: '安全管理员', en: 'Security administrator' },
};

/** 三员分立: the three administrator roles; one account holds at most one of them (one role per account). */
export const ADMIN_ROLES: readonly Role[] = ['system_admin', 'security_admin', 'auditor'];

/** What a role may do; the API checks these, the web hides what a user cannot use. */
export const PERMISSIONS = [
  'org:read',
  'population:write',
  'workers:read',
  'workers:write',
  'workers:export',
  'workers:reveal',
  'workers:import',
  'users:manage',
  /** Grant roles and data scopes to accounts and authorise new ones (security administrator, 三员分立). */
  'roles:manage',
  /** Password, lockout and session policy (security administrator, 三员分立). */
  'policy:manage',
  'audit:read',
  'stats:read',
  'stats:snapshot',
  'staffing:read',
  'staffing:write',
  'grading:read',
  'grading:advance',
  'grading:manage',
  /** Record and revoke per-occasion front-line allowances (A12.3). */
  'grading:allowance',
  'training:read',
  /** Programmes, enrolment, attendance, trainers and resources within the scope (A8). */
  'training:write',
  'assessment:read',
  /** Enter street and peer scores, record conduct notes, file appeals (A10, A7.1). */
  'assessment:score',
  /** Issue schemes, publish results, decide appeals, record 容错纠错 (A10). */
  'assessment:manage',
  'incentives:read',
  /** Vetting, reserve pool, honours, health checks, visits, answering difficulties (A2, A13, A14). */
  'incentives:write',
  /** Daily management (A9): leave on behalf of workers, leave lists, approvals by role (issue 7). */
  'daily:manage',
  'supervision:read',
  /** Commitments, duty disclosure, 三务公开 records, economic responsibility audits (A11.2, A11.3). */
  'supervision:write',
  /** 谈心谈话 records: read and write, restricted to the roles that hold the talks (A11.1). */
  'supervision:talks',
  /** A community's own commitments, duty disclosure, public page and 三务 records (A11.2); the secretary's. */
  'supervision:disclose',
  'burden:read',
  /** The matter-access list, certificate list, apps registry; decides matter requests (A17.1). */
  'burden:manage',
  /** Assign a listed matter to a community, ask for a matter to be listed (A17.1, A17.2). */
  'burden:assign',
  /** Signboards and certificate items of the communities in scope (A17.1). */
  'burden:record',
  /** Ask to borrow a community worker (A17.3). */
  'burden:secondment',
  /** API keys of consuming systems and their call log (A17.4). */
  'openapi:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  system_admin: ['users:manage', 'openapi:manage'],
  swb_admin: [
    'org:read',
    'population:write',
    'workers:read',
    'workers:write',
    'workers:export',
    'workers:reveal',
    'workers:import',
    'stats:read',
    'stats:snapshot',
    'staffing:read',
    'staffing:write',
    'grading:read',
    'grading:advance',
    'grading:manage',
    'grading:allowance',
    'training:read',
    'training:write',
    'assessment:read',
    'assessment:score',
    'assessment:manage',
    'incentives:read',
    'incentives:write',
    'daily:manage',
    'supervision:read',
    'supervision:write',
    'supervision:talks',
    'burden:read',
    'burden:manage',
    'burden:assign',
    'burden:record',
    'burden:secondment',
  ],
  department: ['org:read', 'burden:read', 'burden:assign'],
  street_admin: ['org:read', 'population:write', 'workers:read', 'workers:write', 'workers:export', 'workers:reveal', 'workers:import', 'stats:read', 'staffing:read', 'grading:read', 'grading:allowance', 'training:read', 'training:write', 'assessment:read', 'assessment:score', 'incentives:read', 'incentives:write', 'daily:manage', 'supervision:read', 'supervision:write', 'supervision:talks', 'burden:read', 'burden:assign', 'burden:record', 'burden:secondment'],
  community_secretary: ['org:read', 'workers:read', 'workers:export', 'stats:read', 'staffing:read', 'grading:read', 'training:read', 'assessment:read', 'incentives:read', 'daily:manage', 'supervision:read', 'supervision:disclose', 'burden:read', 'burden:record'],
  worker: ['workers:read'],
  auditor: ['audit:read'],
  security_admin: ['roles:manage', 'policy:manage'],
};

export const loginInput = z.object({
  username: z.string().trim().min(1, { error: msg('请输入用户名', 'Enter your username') }).max(64),
  password: z.string().min(1, { error: msg('请输入密码', 'Enter your password') }).max(256),
});
export type LoginInput = z.infer<typeof loginInput>;

export const scopeInfo = z.object({ code: z.string(), name: z.string(), level: z.string().nullable() });

export const me = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  scope: scopeInfo,
  workerId: z.number().nullable(),
  permissions: z.array(z.enum(PERMISSIONS)),
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof me>;

/**
 * The shape rules of every password that is set (own change, admin reset, initial password): at least 10
 * characters and three of the four character classes. "Not the username" and "not one of the last 5" need
 * the account and are checked by the API (security/password-policy.ts).
 */
export const newPassword = z
  .string()
  .min(10, { error: msg('密码至少 10 位', 'The password needs at least 10 characters') })
  .max(128, { error: msg('密码最多 128 位', 'The password may have at most 128 characters') })
  .refine((p) => [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(p)).length >= 3, {
    error: msg('密码须包含大写字母、小写字母、数字、符号中的至少三类', 'Use at least three of: upper case, lower case, digits, symbols'),
  });

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, { error: msg('请输入当前密码', 'Enter your current password') }),
  newPassword,
});

/** One open session of the signed-in user; `id` is an opaque handle, never the token. */
export const sessionItem = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type SessionItem = z.infer<typeof sessionItem>;
export const sessionListResponse = z.object({ items: z.array(sessionItem) });
export const sessionIdParam = z.object({ id: z.string().regex(/^[0-9a-f]{16}$/, { error: msg('会话编号无效', 'Invalid session id') }) });

/** The header every state-changing API call carries to prove it comes from the app's own pages (CSRF). */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'cwp';
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;
