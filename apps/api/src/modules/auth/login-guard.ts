import { msg } from '@cwp/contracts/messages';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import { activeLock, clearFailures, countFailure, type ThrottleKey } from './identity.queries.ts';

export interface LoginPolicy {
  maxFailures: number;
  lockMs: number;
  ratePerMinute: number;
}

/**
 * The lockout keys of one attempt: the typed username (lower-cased, whether or not such an account exists)
 * and the client address. Counting unknown usernames exactly like real ones is what lets a locked name
 * answer with its own message without telling whether the account exists.
 */
export function throttleKeys(username: string, ip: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ kind: 'account', key: username.trim().toLowerCase().slice(0, 64) }];
  if (ip) keys.push({ kind: 'address', key: ip });
  return keys;
}

/**
 * The name an attempt is audited under: the account's own username when one exists, otherwise only the first
 * characters of what was typed. People sometimes type their password into the username box, and the audit
 * log must not keep it; three characters and the length are enough to see a guessing run.
 */
export function auditName(typed: string, accountUsername: string | undefined): string {
  if (accountUsername) return accountUsername;
  const t = typed.trim();
  return `${t.slice(0, 3)}…（未知账号 unknown, ${t.length}）`;
}

export function lockedError(policy: LoginPolicy): AppError {
  const minutes = Math.round(policy.lockMs / 60_000);
  return new AppError(
    'LOGIN_LOCKED',
    msg(`登录失败次数过多，已暂时锁定，请 ${minutes} 分钟后再试`, `Too many failed logins; locked for now, try again in ${minutes} minutes`),
  );
}

/** Refuses an attempt while its username or its address is locked; the refusal is audited. */
export async function refuseIfLocked(db: Db, policy: LoginPolicy, username: string, name: string, ip: string | null, now: Date): Promise<void> {
  const lock = await activeLock(db, throttleKeys(username, ip), now);
  if (!lock) return;
  await insertAudit(db, {
    actorUserId: null,
    actorName: name,
    ip,
    action: 'login',
    outcome: 'failure',
    detail: { reason: 'locked', lock: lock.kind, until: lock.until.toISOString() },
  });
  throw lockedError(policy);
}

/** Counts a failed attempt against the username and the address; a key reaching the limit is locked and audited. */
export async function recordFailure(db: Db, policy: LoginPolicy, username: string, name: string, ip: string | null, now: Date): Promise<boolean> {
  let locked = false;
  for (const k of throttleKeys(username, ip)) {
    if (await countFailure(db, k, now, policy.maxFailures, policy.lockMs)) {
      locked = true;
      await insertAudit(db, {
        actorUserId: null,
        actorName: name,
        ip,
        action: 'login_lockout',
        objectType: k.kind,
        objectId: k.kind === 'account' ? name : k.key,
        outcome: 'failure',
        detail: { failures: policy.maxFailures, minutes: Math.round(policy.lockMs / 60_000) },
      });
    }
  }
  return locked;
}

export function clearLoginFailures(db: Db, username: string, ip: string | null, now: Date): Promise<void> {
  return clearFailures(db, throttleKeys(username, ip), now);
}
