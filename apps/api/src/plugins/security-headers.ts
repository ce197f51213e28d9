import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Security headers on every response (issue 8, 等保 2.0 三级): set in onRequest so that errors, 404s, the
 * web app's static files and the OpenAPI page all carry them; a route may still override one it owns.
 */

/**
 * The web app. Vite's build loads every script from /assets (no inline script in index.html), so scripts are
 * 'self' only. Styles need 'unsafe-inline': Ant Design (cssinjs) and ECharts write <style> elements and style
 * attributes at run time, and a nonce cannot reach them; inline styles cannot run code, scripts stay strict.
 * Images: the QR codes of the survey and the public community page are drawn as canvas/SVG and downloaded as
 * data: URLs, grading packs are saved through blob: URLs.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * JSON and file responses of the API render nothing, so they allow nothing: a response opened directly in a
 * browser (an uploaded resource, an error body) cannot run or load anything.
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Swagger UI at /api/docs (@fastify/swagger-ui) has no inline script either (its initializer is a file) and
 * its validator badge is off by default, so it runs under the web policy; it is listed apart so that a later
 * swagger-ui needing more gets it here and nowhere else.
 */
export const DOCS_CSP = WEB_CSP;

/** Features the product never uses are switched off for the page and anything it might embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'bluetooth=()',
  'browsing-topics=()',
].join(', ');

/** One year; only sent over HTTPS (RFC 6797 §7.2: ignored over plain HTTP, and it would lock out a plain-HTTP install). */
export const HSTS = 'max-age=31536000; includeSubDomains';

function policyFor(url: string): string {
  if (url === '/api/docs' || url.startsWith('/api/docs/') || url.startsWith('/api/docs?')) return DOCS_CSP;
  if (url.startsWith('/api/') || url.startsWith('/open/')) return API_CSP;
  return WEB_CSP;
}

function isApi(url: string): boolean {
  return (url.startsWith('/api/') && !url.startsWith('/api/docs')) || url.startsWith('/open/');
}

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply) => {
    const url = request.url;
    reply.header('content-security-policy', policyFor(url));
    reply.header('x-frame-options', 'DENY');
    reply.header('x-content-type-options', 'nosniff');
    // same-origin: the app's own requests keep their Referer (CSRF checks may read it); survey and
    // community links with tokens in the path never leak to another site.
    reply.header('referrer-policy', 'same-origin');
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    // request.protocol reads X-Forwarded-Proto only when TRUST_PROXY says the proxy is trusted.
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    // Personal data must not stay in browser or proxy caches; a route that wants caching sets its own.
    if (isApi(url)) reply.header('cache-control', 'no-store');
  });
}
