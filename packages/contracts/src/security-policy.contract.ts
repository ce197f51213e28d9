import { z } from 'zod';
import { msg } from './messages.ts';

const int = (min: number, max: number, zh: string, en: string) =>
  z
    .number({ error: msg(`请填写${zh}`, `Enter the ${en}`) })
    .int({ error: msg(`${zh}须为整数`, `The ${en} must be a whole number`) })
    .min(min, { error: msg(`${zh}不能小于 ${min}`, `The ${en} must be at least ${min}`) })
    .max(max, { error: msg(`${zh}不能大于 ${max}`, `The ${en} must be at most ${max}`) });

/**
 * The security administrator's policy (三员分立: roles, scopes and policies are theirs). The lower bounds are
 * the floor issue 8 sets for a 等保 2.0 三级 system (≥10 characters, three classes, not one of the last 5,
 * lockout after at most 20 failures): a policy may be stricter, never weaker. Until one is saved, the values
 * come from the environment (LOGIN_*, SESSION_*) and the defaults below.
 */
export const securityPolicyFields = z.object({
  passwordMinLength: int(10, 64, '密码最短长度', 'minimum password length'),
  passwordMinClasses: int(3, 4, '密码字符类别数', 'number of character classes'),
  passwordHistory: int(5, 24, '不可重复使用的历史密码数', 'number of earlier passwords that may not be reused'),
  loginMaxFailures: int(3, 20, '锁定前允许的连续失败次数', 'failures before lockout'),
  loginLockMinutes: int(1, 24 * 60, '锁定时长（分钟）', 'lock duration in minutes'),
  loginRatePerMinute: int(1, 100_000, '每个地址每分钟登录次数上限', 'login attempts per address per minute'),
  sessionIdleMinutes: int(1, 24 * 60, '会话空闲超时（分钟）', 'session idle timeout in minutes'),
  sessionMaxHours: int(1, 24 * 7, '会话最长有效期（小时）', 'session lifetime in hours'),
});
export type SecurityPolicyFields = z.infer<typeof securityPolicyFields>;

export const DEFAULT_PASSWORD_RULES = { passwordMinLength: 10, passwordMinClasses: 3, passwordHistory: 5 } as const;

export const securityPolicyView = securityPolicyFields.extend({
  /** 'saved' once the security administrator saved a policy; 'default' while it comes from configuration. */
  source: z.enum(['default', 'saved']),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type SecurityPolicyView = z.infer<typeof securityPolicyView>;

/** `version` is the one read: a policy saved meanwhile by someone else is not overwritten (409). */
export const updateSecurityPolicyInput = securityPolicyFields.extend({ version: z.number().int().min(0) });
export type UpdateSecurityPolicyInput = z.infer<typeof updateSecurityPolicyInput>;

/** What anyone setting a password must meet; shown on the change-password form. */
export const passwordRules = z.object({
  minLength: z.number().int(),
  minClasses: z.number().int(),
  history: z.number().int(),
});
export type PasswordRules = z.infer<typeof passwordRules>;

const CLASSES = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/];

/** Problems of a password against the length and class rules (empty when it meets them); the web form and the API share it. */
export function passwordShapeProblems(password: string, rules: Pick<PasswordRules, 'minLength' | 'minClasses'>): string[] {
  const problems: string[] = [];
  if (password.length < rules.minLength) problems.push(msg(`密码至少 ${rules.minLength} 位`, `The password needs at least ${rules.minLength} characters`));
  if (CLASSES.filter((r) => r.test(password)).length < rules.minClasses) {
    problems.push(
      rules.minClasses >= 4
        ? msg('密码须同时包含大写字母、小写字母、数字和符号', 'Use upper case, lower case, digits and symbols')
        : msg('密码须包含大写字母、小写字母、数字、符号中的至少三类', 'Use at least three of: upper case, lower case, digits, symbols'),
    );
  }
  return problems;
}
