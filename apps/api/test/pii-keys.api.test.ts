import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countByKey } from '../src/modules/pii-keys/pii-keys.queries.ts';
import { reencryptAll, rotateKeyFile } from '../src/modules/pii-keys/pii-keys.service.ts';
import { createTestApp, makeIdNumber, workerInput, type TestApp } from './test-app.ts';
import { runCli } from './test-cluster.ts';

// Rotation of the SM4 keys that seal ID numbers and phones (issue 8: "a key id stored beside each value so
// keys can rotate"): a new key seals from then on, re-encryption moves every value to it in batches, nothing
// readable changes, and a server that started before the rotation still opens the re-sealed values.

let t: TestApp;
let taian: string;
const dirs: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  taian = await t.login('taian');
});
afterAll(async () => {
  await t.close();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

const reveal = async (id: number) => (await t.request({ method: 'GET', url: `/api/workers/${id}?reveal=1`, cookie: taian })).json() as { idNumber: string; phone: string | null };

describe('PII key rotation', () => {
  it('key rotation: rotate makes a new key active, re-encryption moves every ID number and phone to it in batches, and nothing readable changes', async () => {
    const page = (await t.request({ method: 'GET', url: '/api/workers?org=3709&pageSize=5', cookie: taian })).json().items as { id: number }[];
    const before = await Promise.all(page.map((w) => reveal(w.id)));
    expect(before.some((w) => w.phone)).toBe(true);
    const total = (await countByKey(t.database.db)).reduce((s, k) => s + k.ids, 0);

    expect(rotateKeyFile(t.config.piiKeyFile)).toEqual({ previous: 'k1', active: 'k2' });
    expect((await countByKey(t.database.db)).map((k) => k.keyId)).toEqual(['k1']);
    const r = await reencryptAll({ database: t.database, keyFile: t.config.piiKeyFile, actorName: 'test', batch: 300 });
    expect(r.rows).toBe(total);
    expect(r.byKey).toEqual([expect.objectContaining({ keyId: 'k2', ids: total })]);

    // This server loaded only k1 at start: it reads the key file again for k2 and shows the same numbers.
    expect(await Promise.all(page.map((w) => reveal(w.id)))).toEqual(before);
    // Blind indexes did not change: an exact search by the full number still finds the worker.
    const found = (await t.request({ method: 'GET', url: `/api/workers?org=3709&q=${before[0]!.idNumber}`, cookie: taian })).json();
    expect(found.items.map((w: { id: number }) => w.id)).toEqual([page[0]!.id]);
    const audit = (await t.request({ method: 'GET', url: '/api/audit?action=pii_reencrypt', cookie: await t.login('auditor') })).json().items;
    expect(audit[0]).toMatchObject({ actorName: 'test', objectId: 'k2', detail: expect.objectContaining({ rows: total }) });
  });

  it('key rotation: a value sealed meanwhile by a server still on the old key is picked up by the next re-encryption run', async () => {
    const created = await t.request({ method: 'POST', url: '/api/workers', cookie: taian, body: workerInput({ idNumber: makeIdNumber('370902', '1990-02-03', 611), phone: '13800138611' }) });
    expect(created.statusCode, created.body).toBe(200);
    // The test server still seals with k1, the key active when it started.
    expect((await countByKey(t.database.db)).find((k) => k.keyId === 'k1')).toMatchObject({ ids: 1, phones: 1 });
    const again = await reencryptAll({ database: t.database, keyFile: t.config.piiKeyFile, actorName: 'test' });
    expect(again).toMatchObject({ rows: 1, values: 2 });
    expect((await countByKey(t.database.db)).map((k) => k.keyId)).toEqual(['k2']);
    expect(await reveal(created.json().id)).toMatchObject({ phone: '13800138611' });
  });

  it('key rotation from the command line: keys status / rotate / reencrypt, usage errors exit 2', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cwp-keys-'));
    dirs.push(dataDir);
    const env = { DATA_DIR: dataDir };
    const status = await runCli(['keys', 'status', '--json'], env);
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout)).toEqual({ active: 'k1', byKey: [] });
    const rotated = await runCli(['keys', 'rotate', '--json'], env);
    expect(JSON.parse(rotated.stdout)).toEqual({ previous: 'k1', active: 'k2' });
    const re = await runCli(['keys', 'reencrypt', '--json'], env);
    expect(JSON.parse(re.stdout)).toMatchObject({ active: 'k2', rows: 0 });
    expect((await runCli(['keys', 'forget'], env)).code).toBe(2);
  }, 120_000);
});
