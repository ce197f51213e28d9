import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';

/** Uploads a file to POST /api/imports as the browser's multipart form does; returns the job. */
export async function uploadImport(t: TestApp, cookie: string, path: string, fields: Record<string, string> = {}) {
  const boundary = '----cwp' + Math.random().toString(36).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${path.split('/').pop()}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
  parts.push(readFileSync(path), Buffer.from(`\r\n--${boundary}--\r\n`));
  const res = await t.app.inject({ method: 'POST', url: '/api/imports', headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: Buffer.concat(parts) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Waits for the queued phases and returns the job as the page would show it. */
export async function settledImport(t: TestApp, cookie: string, id: number) {
  await t.app.importQueue.idle();
  return (await t.request({ method: 'GET', url: `/api/imports/${id}`, cookie })).json();
}
