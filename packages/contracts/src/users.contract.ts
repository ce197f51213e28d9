import { z } from 'zod';
import { INT4_MAX } from './common.contract.ts';
import { newPassword, ROLES } from './auth.contract.ts';
import { msg } from './messages.ts';

const scopeCode = z
  .string()
  .regex(/^(|\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, { error: msg('数据范围应为区划代码（2/4/6/9/12 位）或留空表示全国', 'Scope is a division code (2/4/6/9/12 digits) or empty for national') });

export const userItem = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  scopeCode: z.string(),
  scopeName: z.string(),
  workerId: z.number().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  /** False until the security administrator confirms the role and scope of an account the system administrator opened. */
  authorized: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserItem = z.infer<typeof userItem>;

export const listUsersQuery = z.object({
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const userListResponse = z.object({ items: z.array(userItem), total: z.number() });

export const createUserInput = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/, { error: msg('用户名以字母开头，3–32 位字母、数字、下划线、点或减号', 'Username: 3–32 letters, digits, _ . -, starting with a letter') }),
  displayName: z.string().trim().min(1, { error: msg('请填写姓名或单位名称', 'Enter a display name') }).max(50),
  role: z.enum(ROLES, { error: msg('请选择角色', 'Choose a role') }),
  scopeCode,
  workerId: z.number().int().positive().max(INT4_MAX).nullable().optional(),
  initialPassword: newPassword,
});
export type CreateUserInput = z.infer<typeof createUserInput>;

/** What the system administrator changes on an account; role and scope are the security administrator's. */
export const updateUserInput = z.object({
  displayName: z.string().trim().min(1).max(50).optional(),
  active: z.boolean().optional(),
  /** Accepted only to refuse them with a clear 403: they belong to PUT /api/users/:id/role. */
  role: z.enum(ROLES).optional(),
  scopeCode: scopeCode.optional(),
  workerId: z.number().int().positive().max(INT4_MAX).nullable().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserInput>;

/** The security administrator's grant: role, data scope and (for a worker login) the worker; authorises the account. */
export const assignRoleInput = z.object({
  role: z.enum(ROLES, { error: msg('请选择角色', 'Choose a role') }),
  scopeCode,
  workerId: z.number().int().positive().max(INT4_MAX).nullable().optional(),
});
export type AssignRoleInput = z.infer<typeof assignRoleInput>;

export const resetPasswordInput = z.object({ newPassword });
