// The residents' satisfaction survey (A10.1): a phone page reached by each worker's link or QR code, no
// login. One answer per phone number per worker per cycle, proven by a one-time SMS code. Abuse checks
// without a captcha: a signed form token that must be a few seconds old (scripts post at once), a hidden
// field people never fill, limits on codes per phone and per client, a cap on wrong codes. Only the phone's
// blind index is stored; results are only ever counted.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { msg } from '@cwp/contracts/messages';
import { RESPONDENT_TYPES } from '@cwp/contracts/assessment.contract';
import { SATISFACTION_LEVELS } from '@cwp/domain/assessment';
import { todayIso } from '@cwp/domain/dates';
import type { Db } from '../../db/database.ts';
import { AppError, isUniqueViolation, notFound } from '../../errors.ts';
import type { PiiCrypto } from '../../security/pii-crypto.ts';
import type { SmsGateway } from './sms-gateway.ts';
import * as q from './survey.queries.ts';

export interface SurveyDeps {
  db: Db;
  crypto: PiiCrypto;
  sms: SmsGateway;
  secret: string;
  /** Overridable in tests; production uses the defaults. */
  limits?: Partial<typeof LIMITS>;
}

const LIMITS = { minFillMs: 3000, maxFormAgeMs: 2 * 3600_000, codeTtlMs: 10 * 60_000, codesPerPhone10Min: 3, codesPerPhoneDay: 10, codesPerClientHour: 30, maxAttempts: 5 };

const LINK_NOT_FOUND = msg('测评链接无效，请向社区核实', 'This survey link is not valid; please check with the community');
const CLOSED = msg('本次测评不在开放时间内', 'The survey is not open now');
const ALREADY = msg('您已对该社区工作者作出评价，每个手机号每次测评只能评价一次', 'You have already rated this worker; one answer per phone number per cycle');
const REFUSED = msg('提交过快或表单已过期，请刷新页面后重试', 'Submitted too quickly or the form expired; reload the page and try again');

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

function formToken(secret: string, token: string, now = Date.now()): string {
  return `${now}.${sign(secret, `survey-form:${token}:${now}`)}`;
}

function checkFormToken(deps: SurveyDeps, token: string, value: string): void {
  const limits = { ...LIMITS, ...deps.limits };
  const [ts, mac] = value.split('.');
  const issued = Number(ts);
  const expected = sign(deps.secret, `survey-form:${token}:${issued}`);
  const age = Date.now() - issued;
  const valid = mac !== undefined && mac.length === expected.length && timingSafeEqual(Buffer.from(mac), Buffer.from(expected));
  if (!valid || !Number.isFinite(issued) || age < limits.minFillMs || age > limits.maxFormAgeMs) throw new AppError('VALIDATION_FAILED', REFUSED);
}

async function openParticipant(db: Db, token: string) {
  const p = await q.findByToken(db, token);
  if (!p || p.workerStatus === '已退出') throw notFound(LINK_NOT_FOUND);
  const today = todayIso();
  return { p, open: p.status === 'published' && p.opens <= today && today <= p.closes };
}

export async function getSurvey(deps: SurveyDeps, token: string) {
  const { p, open } = await openParticipant(deps.db, token);
  return {
    schemeName: p.schemeName,
    workerName: p.workerName,
    post: p.positions.length ? p.positions.join('、') : p.postClass,
    communityName: p.communityName,
    open,
    opens: p.opens,
    closes: p.closes,
    levels: SATISFACTION_LEVELS.map((l) => l.label),
    respondentTypes: [...RESPONDENT_TYPES],
    formToken: formToken(deps.secret, token),
  };
}

const codeHash = (secret: string, code: string, codeKey: string) => sign(secret, `survey-code:${codeKey}:${code}`);

export async function requestCode(deps: SurveyDeps, token: string, input: { phone: string; formToken: string }, clientKey: string): Promise<{ sent: true; expiresInSeconds: number }> {
  const limits = { ...LIMITS, ...deps.limits };
  checkFormToken(deps, token, input.formToken);
  const { p, open } = await openParticipant(deps.db, token);
  if (!open) throw new AppError('INVALID_STATE', CLOSED);
  const phoneBidx = deps.crypto.blindIndex('phone', input.phone);
  if (await q.alreadyAnswered(deps.db, p.schemeId, p.workerId, phoneBidx)) throw new AppError('INVALID_STATE', ALREADY);
  const now = Date.now();
  const tooMany =
    (await q.codesSince(deps.db, { phoneBidx }, new Date(now - 10 * 60_000))) >= limits.codesPerPhone10Min ||
    (await q.codesSince(deps.db, { phoneBidx }, new Date(now - 24 * 3600_000))) >= limits.codesPerPhoneDay ||
    (await q.codesSince(deps.db, { clientKey }, new Date(now - 3600_000))) >= limits.codesPerClientHour;
  if (tooMany) throw new AppError('RATE_LIMITED', msg('获取验证码过于频繁，请稍后再试', 'Too many codes requested; try again later'));
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await q.insertCode(deps.db, { schemeId: p.schemeId, workerId: p.workerId, phoneBidx, codeHash: codeHash(deps.secret, code, `${p.schemeId}:${p.workerId}:${phoneBidx}`), expiresAt: new Date(now + limits.codeTtlMs), clientKey });
  await deps.sms.send(input.phone, `【社区工作者满意度测评】验证码 ${code}，${Math.round(limits.codeTtlMs / 60_000)} 分钟内有效。您正在评价 ${p.communityName} ${p.workerName}，请勿将验证码告诉他人。`);
  return { sent: true, expiresInSeconds: Math.round(limits.codeTtlMs / 1000) };
}

export async function submitResponse(
  deps: SurveyDeps,
  token: string,
  input: { phone: string; code: string; level: string; respondentType: string; comment: string; formToken: string },
): Promise<{ ok: true }> {
  const limits = { ...LIMITS, ...deps.limits };
  checkFormToken(deps, token, input.formToken);
  const { p, open } = await openParticipant(deps.db, token);
  if (!open) throw new AppError('INVALID_STATE', CLOSED);
  const phoneBidx = deps.crypto.blindIndex('phone', input.phone);
  if (await q.alreadyAnswered(deps.db, p.schemeId, p.workerId, phoneBidx)) throw new AppError('INVALID_STATE', ALREADY);
  const wrong = msg('验证码不正确或已失效，请重新获取', 'The code is wrong or has expired; request a new one');
  const code = await q.latestCode(deps.db, p.schemeId, p.workerId, phoneBidx);
  if (!code || code.attempts >= limits.maxAttempts) throw new AppError('VALIDATION_FAILED', wrong, [{ path: 'code', message: wrong }]);
  const expected = Buffer.from(code.codeHash);
  const given = Buffer.from(codeHash(deps.secret, input.code, `${p.schemeId}:${p.workerId}:${phoneBidx}`));
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    await q.countAttempt(deps.db, code.id);
    throw new AppError('VALIDATION_FAILED', wrong, [{ path: 'code', message: wrong }]);
  }
  try {
    await deps.db.transaction(async (tx) => {
      if (!(await q.useCode(tx, code.id))) throw new AppError('VALIDATION_FAILED', wrong, [{ path: 'code', message: wrong }]);
      await q.insertResponse(tx, { schemeId: p.schemeId, workerId: p.workerId, phoneBidx, level: input.level, respondentType: input.respondentType, ordinary: input.respondentType === '普通居民', comment: input.comment });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('INVALID_STATE', ALREADY);
    throw err;
  }
  return { ok: true };
}
