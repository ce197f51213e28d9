import type { FastifyInstance, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import { CSRF_HEADER, CSRF_HEADER_VALUE, type Permission } from '@cwp/contracts/auth.contract';
import { msg } from '@cwp/contracts/messages';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../security/actor.ts';
import { resolveSession } from '../modules/auth/auth.service.ts';
import { SessionCache } from '../modules/auth/session-cache.ts';
import { sessionPolicyOf, type SecurityPolicyStore } from '../modules/security-policy/security-policy.service.ts';

export const SESSION_COOKIE = 'cwp_session';

export interface AuthContext {
  actor: Actor;
  token: string;
  tokenHash: string;
  mustChangePassword: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

/** The only API routes reachable without a session; /api/public/ serves residents (the survey), never staff data. */
const PUBLIC_ROUTES = new Set(['/api/auth/login', '/api/health', '/api/openapi.json']);
const isPublic = (url: string) => PUBLIC_ROUTES.has(url) || url.startsWith('/api/docs') || url.startsWith('/api/public/');

/** Routes a user who must change their password can still reach. */
const PASSWORD_CHANGE_ALLOWED = new Set(['/api/me', '/api/auth/password-rules', '/api/auth/change-password', '/api/auth/logout', '/api/auth/logout-all', '/api/auth/login']);

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CSRF_MESSAGE = msg('请求来源校验失败，请刷新页面后重试', 'The request could not be verified as coming from this site; reload the page and retry');

/**
 * CSRF defence for the cookie session, in two layers besides SameSite=Strict: a state-changing /api call must
 * carry the app's own header (a cross-site form or <img> cannot set one, and a cross-site script cannot
 * without a CORS preflight this server never grants), and when the browser names the page it came from
 * (Origin, else Referer) that page must be on this host. Residents' public pages (/api/public/, no staff
 * session) and the login form (no session yet) are exempt from the header but not from the origin check.
 */
export function checkCsrf(request: FastifyRequest): void {
  if (!UNSAFE_METHODS.has(request.method)) return;
  const path = request.url.split('?')[0]!;
  if (!path.startsWith('/api/') || path.startsWith('/api/public/')) return;
  const source = request.headers.origin ?? request.headers.referer;
  if (source !== undefined) {
    let host: string | null = null;
    try {
      host = new URL(source).host;
    } catch {
      host = null;
    }
    // Behind a reverse proxy the browser's host arrives as X-Forwarded-Host; a cross-site page cannot set it.
    const forwarded = request.headers['x-forwarded-host'];
    const allowed = [request.headers.host, ...(typeof forwarded === 'string' ? forwarded.split(',').map((h) => h.trim()) : [])];
    if (!host || !allowed.includes(host)) throw new AppError('CSRF_REJECTED', CSRF_MESSAGE);
  }
  if (path === '/api/auth/login') return;
  if (request.headers[CSRF_HEADER] !== CSRF_HEADER_VALUE) throw new AppError('CSRF_REJECTED', CSRF_MESSAGE);
}

export async function registerAuth(app: FastifyInstance, opts: { db: Db; secret: string; policies: SecurityPolicyStore; sessionCacheMs: number }) {
  await app.register(cookie, { secret: opts.secret });
  app.decorateRequest('auth', null);
  const cache = new SessionCache(opts.sessionCacheMs);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    checkCsrf(request);
    const raw = request.cookies[SESSION_COOKIE];
    if (!raw) return;
    const unsigned = request.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) return;
    const policy = sessionPolicyOf(await opts.policies.current());
    const resolved = await resolveSession({ db: opts.db, policy, token: unsigned.value, ip: request.ip, cache });
    if (resolved) request.auth = { ...resolved, token: unsigned.value };
  });
  // Authentication before validation: an anonymous caller learns nothing from input errors.
  app.addHook('preValidation', async (request) => {
    const route = request.routeOptions.url;
    if (route && route.startsWith('/api/') && !isPublic(route)) requireAuth(request);
  });
}

export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('UNAUTHENTICATED', msg('请先登录，或登录已过期', 'Please log in; your session may have expired'));
  const path = request.routeOptions.url ?? request.url;
  if (request.auth.mustChangePassword && !PASSWORD_CHANGE_ALLOWED.has(path)) {
    throw new AppError('PASSWORD_CHANGE_REQUIRED', msg('首次登录或密码已重置，请先修改密码', 'Change your password before continuing'));
  }
  return request.auth;
}

/** For routes two roles share (the account list: system and security administrator). */
export function requireAnyPermission(request: FastifyRequest, permissions: Permission[]): Actor {
  const { actor } = requireAuth(request);
  if (!permissions.some((p) => actor.permissions.includes(p))) {
    throw new AppError('FORBIDDEN', msg('您的角色无权进行此操作', 'Your role does not allow this'));
  }
  return actor;
}

/** The role check; the scope check happens in the query layer and answers 404. */
export function requirePermission(request: FastifyRequest, permission: Permission): Actor {
  const { actor } = requireAuth(request);
  if (!actor.permissions.includes(permission)) {
    throw new AppError('FORBIDDEN', msg('您的角色无权进行此操作', 'Your role does not allow this'));
  }
  return actor;
}
