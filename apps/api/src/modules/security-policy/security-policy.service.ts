import { msg } from '@cwp/contracts/messages';
import type { PasswordRules, SecurityPolicyFields, SecurityPolicyView, UpdateSecurityPolicyInput } from '@cwp/contracts/security-policy.contract';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import type { SessionPolicy } from '../auth/auth.service.ts';
import type { LoginPolicy } from '../auth/login-guard.ts';
import * as q from './security-policy.queries.ts';

const FIELDS = [
  'passwordMinLength',
  'passwordMinClasses',
  'passwordHistory',
  'loginMaxFailures',
  'loginLockMinutes',
  'loginRatePerMinute',
  'sessionIdleMinutes',
  'sessionMaxHours',
] as const satisfies readonly (keyof SecurityPolicyFields)[];

/**
 * The policy in force, read on every request (session idle timeout) and every login, so it is kept in memory:
 * a save in this process applies at once; other API processes pick it up within `maxAgeMs`.
 */
export class SecurityPolicyStore {
  private cached: { view: SecurityPolicyView; at: number } | null = null;
  private loading: Promise<SecurityPolicyView> | null = null;

  constructor(
    private readonly db: Db,
    private readonly defaults: SecurityPolicyFields,
    private readonly maxAgeMs = 5_000,
  ) {}

  current(): Promise<SecurityPolicyView> {
    if (this.cached && Date.now() - this.cached.at < this.maxAgeMs) return Promise.resolve(this.cached.view);
    // Concurrent requests after expiry share one read instead of each asking the database.
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async load(): Promise<SecurityPolicyView> {
    const row = await q.findPolicyRow(this.db);
    const view: SecurityPolicyView = row
      ? { ...pick(row.policy), source: 'saved', version: row.policy.version, updatedAt: row.policy.updatedAt.toISOString(), updatedBy: row.updatedBy }
      : { ...this.defaults, source: 'default', version: 0, updatedAt: null, updatedBy: null };
    this.cached = { view, at: Date.now() };
    return view;
  }

  /** The security administrator's save: all-or-nothing, audited with what changed, refused if saved meanwhile. */
  async save(actor: Actor, input: UpdateSecurityPolicyInput): Promise<SecurityPolicyView> {
    const before = await this.load();
    const after = pick(input);
    const changed = FIELDS.filter((f) => before[f] !== after[f]);
    await this.db.transaction(async (tx) => {
      if (!(await q.savePolicyRow(tx, after, input.version, actor.userId))) {
        throw new AppError('VERSION_CONFLICT', msg('安全策略已被他人修改，请刷新后重试', 'Someone else changed the security policy; reload and try again'));
      }
      await insertAudit(tx, {
        actorUserId: actor.userId,
        actorName: actor.username,
        ip: actor.ip,
        action: 'security_policy_change',
        objectType: 'security_policy',
        objectId: '1',
        outcome: 'success',
        detail: { changes: Object.fromEntries(changed.map((f) => [f, { from: before[f], to: after[f] }])) },
      });
    });
    return this.load();
  }
}

function pick(p: SecurityPolicyFields): SecurityPolicyFields {
  return Object.fromEntries(FIELDS.map((f) => [f, p[f]])) as unknown as SecurityPolicyFields;
}

export const sessionPolicyOf = (p: SecurityPolicyFields): SessionPolicy => ({ idleMs: p.sessionIdleMinutes * 60_000, maxMs: p.sessionMaxHours * 3_600_000 });
export const loginPolicyOf = (p: SecurityPolicyFields): LoginPolicy => ({ maxFailures: p.loginMaxFailures, lockMs: p.loginLockMinutes * 60_000, ratePerMinute: p.loginRatePerMinute });
export const passwordRulesOf = (p: SecurityPolicyFields): PasswordRules => ({ minLength: p.passwordMinLength, minClasses: p.passwordMinClasses, history: p.passwordHistory });
