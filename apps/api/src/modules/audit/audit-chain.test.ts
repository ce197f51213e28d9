import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalRecord, chainHash, GENESIS_HASH, normaliseDetail, stableJson } from './audit-chain.ts';

const rec = { at: new Date('2026-05-01T02:03:04.567Z'), actorUserId: 7, actorName: 'daimiao', ip: '10.1.2.3', action: 'worker_update', objectType: 'worker', objectId: '42', outcome: 'success', detail: { fields: ['phone'] } };

describe('issue 8 audit chain hashing', () => {
  it('uses SM3 (GB/T 32905): the standard test vector "abc"', () => {
    expect(createHash('sm3').update('abc').digest('hex')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('serialises a record independently of key order, as jsonb gives it back', () => {
    expect(stableJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
    const detail = normaliseDetail({ when: new Date('2026-01-01T00:00:00Z'), gone: undefined, n: 1.5 });
    expect(detail).toEqual({ when: '2026-01-01T00:00:00.000Z', n: 1.5 });
    expect(canonicalRecord({ ...rec, detail: { z: 1, a: 2 } })).toBe(canonicalRecord({ ...rec, detail: { a: 2, z: 1 } }));
  });

  it('hash = SM3(prev ‖ record): any field or the predecessor changes it', () => {
    const h = chainHash(GENESIS_HASH, rec);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, { ...rec })).toBe(h);
    expect(chainHash('1'.repeat(64), rec)).not.toBe(h);
    for (const change of [{ outcome: 'failure' }, { ip: '10.1.2.4' }, { at: new Date(rec.at.getTime() + 1) }, { detail: { fields: ['name'] } }, { actorName: null }]) {
      expect(chainHash(GENESIS_HASH, { ...rec, ...change })).not.toBe(h);
    }
  });
});
