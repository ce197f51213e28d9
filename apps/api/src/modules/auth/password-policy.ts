import { msg } from '@cwp/contracts/messages';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { verifyPassword } from '../../security/passwords.ts';
import { passwordShapeProblems, type PasswordRules } from '@cwp/contracts/security-policy.contract';
import { recentPasswordHashes } from './identity.queries.ts';

/**
 * The password policy in force, applied wherever a password is set (own change, reset by the system
 * administrator, initial password). The `newPassword` schema already refused anything below the floor
 * (10 characters, three classes); the security administrator's policy may ask for more, and "not the
 * username" and "not one of the last N" need the account. `field` names the form field an error belongs to.
 */
export async function checkPasswordPolicy(
  db: Db,
  rules: PasswordRules,
  opts: { username: string; password: string; field: string; userId?: number; currentHash?: string },
): Promise<void> {
  const fail = (m: string) => {
    throw new AppError('VALIDATION_FAILED', m, [{ path: opts.field, message: m }]);
  };
  const [shape] = passwordShapeProblems(opts.password, rules);
  if (shape) fail(shape);
  if (opts.password.toLowerCase().includes(opts.username.toLowerCase())) {
    fail(msg('密码不能包含用户名', 'The password must not contain the username'));
  }
  if (opts.userId === undefined) return;
  // The same argon2id verify as at login: the history stores hashes only, never the passwords.
  const hashes = [...(opts.currentHash ? [opts.currentHash] : []), ...(await recentPasswordHashes(db, opts.userId, rules.history))];
  for (const h of new Set(hashes)) {
    if (await verifyPassword(h, opts.password)) {
      fail(msg(`不能使用最近 ${rules.history} 次用过的密码`, `The password must not be one of the last ${rules.history} passwords`));
    }
  }
}
