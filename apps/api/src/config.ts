import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_CAREER_POLICY, type CareerPolicy } from '@cwp/domain/career';
import { DEFAULT_TRAINING_POLICY, type TrainingPolicy } from '@cwp/domain/training';
import { DEFAULT_PASSWORD_RULES, type SecurityPolicyFields } from '@cwp/contracts/security-policy.contract';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * Behind a reverse proxy that terminates TLS: 'on' trusts X-Forwarded-Proto/-For from any hop, otherwise a
   * comma-separated list of the proxies' addresses/CIDRs. Off by default, since a client could otherwise claim
   * HTTPS (and HSTS) or forge its address for lockouts and audit rows.
   */
  TRUST_PROXY: z.string().trim().default('off'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(12),
  // The next five are defaults: once the security administrator saves a policy (安全策略), the saved one applies.
  /**
   * Milliseconds a signed-in session's lookup is remembered in process memory (0 = off). Revocations made in
   * this process apply at once; made by another API process, within this time.
   */
  SESSION_CACHE_MS: z.coerce.number().int().min(0).max(10_000).default(1000),
  /** Lockout (issue 8): this many consecutive failed logins for one username or from one address lock it… */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(3).max(20).default(5),
  /** …for this many minutes. */
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** Login attempts one client address may make per minute, whatever their outcome (429 beyond). */
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(20),
  /** Calls each open-data API key (A17.4) may make per minute (429 beyond); also failed key attempts per address. */
  OPEN_API_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  DEMO_PASSWORD: z.string().min(8).optional(),
  /** Load the 泰安 demo workforce and demo accounts into an empty database. */
  DEMO: z.enum(['on', 'off']).default('on'),
  /** Limit the org tree loaded into an empty database to codes with this prefix (tests, small installs). */
  ORG_PREFIX: z.string().regex(/^\d{0,12}$/).default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  WEB_DIST: z.string().optional(),
  /** SM4/HMAC key file for personal numbers; generated in DATA_DIR when absent. */
  PII_KEY_FILE: z.string().min(1).optional(),
  /** Worker threads validating big imports: 'auto' (one per core, up to 4, for files of 20,000 rows or more) or 0–16. */
  /** Training obligations (A8.2, A8.3) are judged from this date: earlier training was not recorded here. */
  TRAINING_TRACKING_FROM: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').default(DEFAULT_TRAINING_POLICY.trackingFrom),
  /** A survey form posted sooner than this after it was served is refused (scripts post at once). */
  SURVEY_MIN_FILL_SECONDS: z.coerce.number().min(0).max(60).default(3),
  /** 换届 cycle: years in one full term as community party secretary (A13.2). */
  CAREER_SECRETARY_TERM_YEARS: z.coerce.number().int().min(1).max(10).default(DEFAULT_CAREER_POLICY.secretaryTermYears),
  /** Days the street has to answer a worker's difficulty (A14.1). */
  DIFFICULTY_ANSWER_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  /** Probation months when a worker's record has no end date (A9.3); 劳动合同法 第十九条 caps it at six. */
  PROBATION_MONTHS: z.coerce.number().int().min(1).max(6).default(6),
  /** Days audit records are kept before `npm run cli -- audit purge` may remove them; the law asks for at least 180. */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(180, 'must be at least 180 (网络安全法 第二十一条: six months)').max(36500).default(365),
  IMPORT_THREADS: z.union([z.literal('auto'), z.coerce.number().int().min(0).max(16)]).default('auto'),
});

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  /** Fastify's trustProxy: false, true or the proxies' addresses. */
  readonly trustProxy: boolean | string[];
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly sessionSecret: string;
  /** Password, lockout and session policy until the security administrator saves one (modules/security-policy). */
  readonly securityDefaults: SecurityPolicyFields;
  readonly sessionCacheMs: number;
  readonly openApiRatePerMinute: number;
  readonly demo: boolean;
  readonly demoPassword: string;
  /** The demo password was set by DEMO_PASSWORD (then the start-up banner does not print it). */
  readonly demoPasswordSet: boolean;
  readonly orgPrefix: string;
  readonly logLevel: string;
  readonly production: boolean;
  readonly webDist: string;
  readonly piiKeyFile: string;
  readonly importThreads: 'auto' | number;
  readonly trainingPolicy: TrainingPolicy;
  readonly surveyMinFillMs: number;
  readonly careerPolicy: CareerPolicy;
  readonly difficultyAnswerDays: number;
  readonly probationMonths: number;
  readonly auditRetentionDays: number;
}

export class ConfigError extends Error {}

/**
 * Parses the environment once at boot. Anything invalid stops start-up with the variable's name, because
 * a misconfigured government system must not half-start.
 */
export function loadConfig(env: Record<string, string | undefined>, opts: { repoRoot: string }): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`配置错误 / Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    dataDir,
    databaseUrl: e.DATABASE_URL,
    sessionSecret: e.SESSION_SECRET ?? readOrCreateSecret(join(dataDir, 'session-secret')),
    sessionCacheMs: e.SESSION_CACHE_MS,
    openApiRatePerMinute: e.OPEN_API_RATE_PER_MINUTE,
    securityDefaults: Object.freeze({
      ...DEFAULT_PASSWORD_RULES,
      loginMaxFailures: e.LOGIN_MAX_FAILURES,
      loginLockMinutes: e.LOGIN_LOCK_MINUTES,
      loginRatePerMinute: e.LOGIN_RATE_PER_MINUTE,
      sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
      sessionMaxHours: e.SESSION_MAX_HOURS,
    }),
    demo: e.DEMO === 'on',
    demoPassword: e.DEMO_PASSWORD ?? 'Demo@123456',
    demoPasswordSet: e.DEMO_PASSWORD !== undefined,
    orgPrefix: e.ORG_PREFIX,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    webDist: e.WEB_DIST ? resolve(e.WEB_DIST) : join(opts.repoRoot, 'apps/web/dist'),
    piiKeyFile: e.PII_KEY_FILE ? resolve(e.PII_KEY_FILE) : join(dataDir, 'pii-keys.json'),
    importThreads: e.IMPORT_THREADS,
    surveyMinFillMs: e.SURVEY_MIN_FILL_SECONDS * 1000,
    careerPolicy: Object.freeze({ ...DEFAULT_CAREER_POLICY, secretaryTermYears: e.CAREER_SECRETARY_TERM_YEARS }),
    difficultyAnswerDays: e.DIFFICULTY_ANSWER_DAYS,
    probationMonths: e.PROBATION_MONTHS,
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    trainingPolicy: Object.freeze({ ...DEFAULT_TRAINING_POLICY, trackingFrom: e.TRAINING_TRACKING_FROM }),
  });
}

function parseTrustProxy(v: string): boolean | string[] {
  if (/^(off|false|no|0|)$/i.test(v)) return false;
  if (/^(on|true|yes|1)$/i.test(v)) return true;
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}

function readOrCreateSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
