import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppConfig } from './config.ts';
import type { Database } from './db/database.ts';
import { pingDatabase } from './db/database.ts';
import { registerAuth } from './plugins/auth-plugin.ts';
import { registerErrorHandler } from './plugins/error-handler.ts';
import { registerInputGuard } from './plugins/input-guard.ts';
import { JSON_BODY_LIMIT } from './plugins/request-limits.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { securityPolicyRoutes } from './modules/security-policy/security-policy.routes.ts';
import { SecurityPolicyStore } from './modules/security-policy/security-policy.service.ts';
import { orgRoutes } from './modules/org/org.routes.ts';
import { ensureShippedPacks } from './modules/grading/grading-packs.ts';
import { gradingRoutes } from './modules/grading/grading.routes.ts';
import { specialAllowanceRoutes } from './modules/grading/special-allowances.routes.ts';
import { assessmentRoutes } from './modules/assessment/assessment.routes.ts';
import { LogSmsGateway, type SmsGateway } from './modules/assessment/sms-gateway.ts';
import { surveyRoutes } from './modules/assessment/survey.routes.ts';
import { incentivesRoutes } from './modules/incentives/incentives.routes.ts';
import { trainingRoutes } from './modules/training/programmes.routes.ts';
import { workflowRoutes } from './modules/workflow/workflow.routes.ts';
import { homeRoutes } from './modules/home/home.routes.ts';
import { ceilingRequestHook } from './modules/staffing/ceiling-requests.service.ts';
import { exitRequestHook } from './modules/workers/exit-requests.service.ts';
import { workLogsRoutes } from './modules/work-logs/work-logs.routes.ts';
import { employmentRoutes } from './modules/employment/employment.routes.ts';
import { filingHooks } from './modules/employment/filings.service.ts';
import { burdenHooks } from './modules/burden/burden-hooks.ts';
import { burdenRoutes } from './modules/burden/burden.routes.ts';
import { seedNationalBurdenLists } from './seed/burden-lists.ts';
import { supervisionRoutes } from './modules/supervision/supervision.routes.ts';
import { attendanceHooks } from './modules/attendance/attendance-corrections.service.ts';
import { attendanceRoutes } from './modules/attendance/attendance.routes.ts';
import { resourceRoutes } from './modules/training/resources.routes.ts';
import { skillsRoutes } from './modules/training/skills.routes.ts';
import { trainerRoutes } from './modules/training/trainers.routes.ts';
import { ImportQueue, recoverInterruptedImports } from './modules/imports/import-queue.ts';
import { importsRoutes } from './modules/imports/imports.routes.ts';
import { staffingRoutes } from './modules/staffing/staffing.routes.ts';
import { statsRoutes } from './modules/stats/stats.routes.ts';
import { usersRoutes } from './modules/users/users.routes.ts';
import { workersRoutes } from './modules/workers/workers.routes.ts';
import { openDataAdminRoutes, openDataPublicRoutes } from './modules/open-data/open-data.routes.ts';
import type { PiiCrypto } from './security/pii-crypto.ts';
import { redactPersonalNumbers } from './security/log-redaction.ts';
import { LOG_REDACT_PATHS, redactingLogStream } from './modules/audit/log-hygiene.ts';
import { ensureAuditChain } from './modules/audit/audit.queries.ts';

declare module 'fastify' {
  interface FastifyInstance {
    importQueue: ImportQueue;
    smsGateway: SmsGateway;
  }
}

export interface AppDeps {
  config: AppConfig;
  database: Database;
  crypto: PiiCrypto;
  /** Tests pass false to keep output quiet; the product logs JSON lines. */
  logger?: boolean;
  /** Where log lines go (stdout by default); the log hygiene test captures them here. */
  logStream?: NodeJS.WritableStream;
  /** The survey's SMS gateway; the development gateway (codes logged, phone masked) by default. */
  sms?: SmsGateway;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database, crypto } = deps;
  const app = Fastify({
    logger:
      deps.logger === false
        ? false
        : {
            level: config.logLevel,
            serializers: {
              req: (req: { method: string; url: string }) => ({ method: req.method, url: redactPersonalNumbers(req.url) }),
            },
            redact: [...LOG_REDACT_PATHS],
            // Last line of defence: any ID-number or mobile-like digits left in a line (an error message
            // quoting a value) are masked before the line leaves the process.
            stream: redactingLogStream(deps.logStream ?? process.stdout),
          },
    bodyLimit: JSON_BODY_LIMIT,
    // Off unless TRUST_PROXY names the TLS-terminating proxy: request.ip and request.protocol come from it.
    trustProxy: config.trustProxy,
  });
  registerSecurityHeaders(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const serveWeb = existsSync(config.webDist);
  registerErrorHandler(app, { appShell: serveWeb });

  await app.register(swagger, {
    openapi: {
      info: { title: '社区工作者队伍管理平台 API', description: 'Community Workforce Platform', version: '0.1.0' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'cwp_session' },
          // Other systems reading /open/v1 (A17.4): `Authorization: Bearer cwp_…`.
          openApiKey: { type: 'http', scheme: 'bearer', description: '开放数据接口密钥 Open data API key (cwp_…)' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const db = database.db;
  const policies = new SecurityPolicyStore(db, config.securityDefaults);
  await registerAuth(app, { db, secret: config.sessionSecret, policies, sessionCacheMs: config.sessionCacheMs });
  registerInputGuard(app);

  app.get('/api/health', { schema: { tags: ['system'], summary: '健康检查 Health' } }, async () => {
    await pingDatabase(db);
    return { status: 'ok', db: database.kind };
  });
  authRoutes(app, { db, policies });
  securityPolicyRoutes(app, { policies });
  orgRoutes(app, { db });
  workersRoutes(app, { db, crypto });
  usersRoutes(app, { db, policies });
  openDataAdminRoutes(app, { db });
  await openDataPublicRoutes(app, { db, ratePerMinute: config.openApiRatePerMinute });
  // Chains records written before the SM3 chain existed (an upgrade), once, before anything new is audited.
  await ensureAuditChain(db);
  auditRoutes(app, { db });
  statsRoutes(app, { db });
  staffingRoutes(app, { db });
  await ensureShippedPacks(db);
  // Shipped lists are inserted when missing, so an existing installation gets them on upgrade too (A17.1).
  await seedNationalBurdenLists(db);
  gradingRoutes(app, { database });
  specialAllowanceRoutes(app, { database });

  await app.register(multipart, { limits: { fileSize: 512 * 1024 * 1024, files: 1, fields: 10 } });
  const runner = { database, crypto, importThreads: config.importThreads };
  await recoverInterruptedImports(runner);
  const importQueue = new ImportQueue(runner, app.log);
  app.decorate('importQueue', importQueue);
  importsRoutes(app, { ...runner, queue: importQueue, uploadDir: join(config.dataDir, 'imports') });
  trainingRoutes(app, { db, crypto, policy: config.trainingPolicy });
  trainerRoutes(app, { database });
  resourceRoutes(app, { database, config });
  skillsRoutes(app, { db });
  assessmentRoutes(app, { db });
  const sms = deps.sms ?? new LogSmsGateway(app.log);
  app.decorate('smsGateway', sms);
  surveyRoutes(app, { db, crypto, sms, secret: config.sessionSecret, limits: { minFillMs: config.surveyMinFillMs } });
  incentivesRoutes(app, { db, careerPolicy: config.careerPolicy, difficultyAnswerDays: config.difficultyAnswerDays });
  employmentRoutes(app, { db, crypto, probationMonths: config.probationMonths });
  // Kinds that change the register or quotas; each module below adds its own.
  const coreHooks = { worker_exit: exitRequestHook, ceiling_change: ceilingRequestHook };
  homeRoutes(app, { db, crypto, trainingPolicy: config.trainingPolicy, probationMonths: config.probationMonths });
  workflowRoutes(app, { db, hooks: { ...attendanceHooks, ...burdenHooks, ...filingHooks, ...coreHooks } });
  burdenRoutes(app, { db });
  supervisionRoutes(app, { db });
  attendanceRoutes(app, { db });
  workLogsRoutes(app, { db });

  if (serveWeb) {
    // Client-side routes fall back to index.html in the not-found handler (registerErrorHandler).
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: config.webDist, wildcard: true });
  }
  return app;
}
