import { msg } from '@cwp/contracts/messages';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { verifyPassword } from '../../security/passwords.ts';
import { PASSWORD_HISTORY_DEPTH, recentPasswordHashes } from './identity.queries.ts';

/**
 * The account-dependent half of the password policy, applied wherever a password is set (own change, reset
 * by the system administrator, initial password); length and character classes are the `newPassword` schema.
 * `field` names the form field the error belongs to.
 */
export async function checkPasswordPolicy(
  db: Db,
  opts: { username: string; password: string; field: string; userId?: number; currentHash?: string },
): Promise<void> {
  const fail = (m: string) => {
    throw new AppError('VALIDATION_FAILED', m, [{ path: opts.field, message: m }]);
  };
  if (opts.password.toLowerCase().includes(opts.username.toLowerCase())) {
    fail(msg('密码不能包含用户名', 'The password must not contain the username'));
  }
  if (opts.userId === undefined) return;
  // The same argon2id verify as at login: the history stores hashes only, never the passwords.
  const hashes = [...(opts.currentHash ? [opts.currentHash] : []), ...(await recentPasswordHashes(db, opts.userId))];
  for (const h of new Set(hashes)) {
    if (await verifyPassword(h, opts.password)) {
      fail(msg(`不能使用最近 ${PASSWORD_HISTORY_DEPTH} 次用过的密码`, `The password must not be one of the last ${PASSWORD_HISTORY_DEPTH} passwords`));
    }
  }
}
