import type { FastifyInstance } from 'fastify';
import { msg } from '@cwp/contracts/messages';
import { AppError } from '../errors.ts';

const NUL_MESSAGE = msg('提交的内容含有不可见的控制字符（NUL），请删除后重试', 'The input contains an invisible NUL control character; remove it and try again');

/** Path of the first string holding U+0000, or null; depth-limited so a hostile nesting cannot recurse far. */
function findNul(v: unknown, path: string, depth: number): string | null {
  if (typeof v === 'string') return v.includes('\u0000') ? path : null;
  // Binary bodies (a future upload parser) hold no text to check.
  if (depth > 64 || v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) return null;
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (k.includes('\u0000')) return path ? `${path}.${k}` : k;
    const hit = findNul(x, path ? `${path}.${k}` : k, depth + 1);
    if (hit !== null) return hit;
  }
  return null;
}

/**
 * PostgreSQL text cannot hold U+0000, so a string with one (valid JSON: "\u0000", or %00 in a query string)
 * would fail deep in a query as a 500 after some work was done. It is refused up front instead, for every
 * route's body, query and params alike (found by the endpoint fuzz test).
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [['body', request.body], ['query', request.query], ['params', request.params]] as const) {
      const path = findNul(value, '', 0);
      if (path !== null) throw new AppError('VALIDATION_FAILED', NUL_MESSAGE, [{ path: `${part}${path ? `.${path}` : ''}`, message: NUL_MESSAGE }]);
    }
  });
}
