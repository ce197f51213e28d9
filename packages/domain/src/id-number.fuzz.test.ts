// Property tests (fast-check) for the two parsers every form and import goes through: they must answer
// any string with a result, accept every well-formed code and refuse every corrupted one. Fixed seed and
// bounded runs, so a failure is reproducible and the file stays fast.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeIdCheckDigit, idNumberTail, maskIdNumber, normalizeIdNumber, parseIdNumber } from './id-number.ts';
import { ancestorCodesOf, isCodeInScope, levelOfCode, parentCodeOf, parseDivisionCode, shortenCode } from './division-code.ts';

const FC = { seed: 20261129, numRuns: 2000 } as const;
const TODAY = new Date('2026-06-01T12:00:00+08:00');

/** Strings people (and attackers) paste: any unicode, digit-heavy ones, full-width ones, lookalikes. */
const messyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...'0123456789Xx ０１２３４５６７８９Ｘｘ\u3000\u200B\uFEFF-.E+'), maxLength: 24 }),
  fc.stringMatching(/^\d{0,20}$/),
);

const two = (n: number) => String(n).padStart(2, '0');
/** A valid 18-digit number: mainland province, any date 1900-01-01..2026-05-31, any sequence, right check digit. */
const validId = fc
  .record({
    province: fc.constantFrom(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65),
    rest: fc.integer({ min: 0, max: 9999 }),
    birth: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-05-31T00:00:00Z'), noInvalidDate: true }),
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, rest, birth, seq }) => {
    const ymd = `${birth.getUTCFullYear()}${two(birth.getUTCMonth() + 1)}${two(birth.getUTCDate())}`;
    const first17 = `${province}${String(rest).padStart(4, '0')}${ymd}${String(seq).padStart(3, '0')}`;
    return { id: first17 + computeIdCheckDigit(first17), birthDate: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6)}`, seq };
  });

describe('公民身份号码 parser under random input (A9.1 data quality)', () => {
  it('never throws on any string, and a refusal always carries a Chinese and an English reason', () => {
    fc.assert(
      fc.property(messyString, (s) => {
        const r = parseIdNumber(s, TODAY);
        if (!r.ok) {
          expect(r.message.length).toBeGreaterThan(0);
          expect(r.messageEn.length).toBeGreaterThan(0);
        }
        expect(() => maskIdNumber(s)).not.toThrow();
        expect(() => idNumberTail(s, 4)).not.toThrow();
      }),
      FC,
    );
  });

  it('every generated valid number parses, round-trips and reads back its birth date and gender', () => {
    fc.assert(
      fc.property(validId, ({ id, birthDate, seq }) => {
        const r = parseIdNumber(id, TODAY);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.idNumber).toBe(id);
        expect(r.value.birthDate).toBe(birthDate);
        expect(r.value.gender).toBe(seq % 2 === 1 ? '男' : '女');
        // What a clerk pastes (spaces, lower-case x, full-width digits) means the same number.
        const pasted = ` ${id.slice(0, 6)} ${id.slice(6).toLowerCase().replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))} `;
        const again = parseIdNumber(pasted, TODAY);
        expect(again.ok && again.value.idNumber).toBe(id);
        expect(normalizeIdNumber(pasted)).toBe(id);
      }),
      FC,
    );
  });

  it('changing any one character of a valid number, or swapping two different neighbours, is refused', () => {
    const mutated = validId.chain(({ id }) =>
      fc.oneof(
        fc.record({ id: fc.constant(id), at: fc.integer({ min: 0, max: 17 }), to: fc.constantFrom(...'0123456789X') }).map(({ id, at, to }) => ({
          original: id,
          changed: id.slice(0, at) + to + id.slice(at + 1),
        })),
        fc.integer({ min: 0, max: 16 }).map((at) => ({ original: id, changed: id.slice(0, at) + id[at + 1] + id[at] + id.slice(at + 2) })),
      ),
    );
    fc.assert(
      fc.property(mutated, ({ original, changed }) => {
        fc.pre(changed !== original);
        // MOD 11-2 detects every single substitution and every adjacent transposition.
        expect(parseIdNumber(changed, TODAY).ok).toBe(false);
      }),
      FC,
    );
  });
});

/** A valid short code: province 11–65, non-zero city/street segments, any county (00 is a real county). */
const validDivision = fc
  .record({
    level: fc.constantFrom(2, 4, 6, 9, 12),
    p: fc.integer({ min: 11, max: 65 }),
    c: fc.integer({ min: 1, max: 99 }),
    d: fc.integer({ min: 0, max: 99 }),
    s: fc.integer({ min: 1, max: 999 }),
    v: fc.integer({ min: 1, max: 999 }),
  })
  .map(({ level, p, c, d, s, v }) => `${p}${two(c)}${two(d)}${String(s).padStart(3, '0')}${String(v).padStart(3, '0')}`.slice(0, level));

describe('division code parser under random input (A3.1 org tree as scope)', () => {
  it('never throws on any string; accepted codes are digit strings of a known level', () => {
    fc.assert(
      fc.property(messyString, (s) => {
        const r = parseDivisionCode(s);
        if (r.ok) {
          expect(r.code).toMatch(/^\d+$/);
          expect(levelOfCode(r.code)).toBe(r.level);
        } else {
          expect(r.message.length).toBeGreaterThan(0);
        }
        expect(() => shortenCode(s)).not.toThrow();
        expect(() => ancestorCodesOf(s)).not.toThrow();
        expect(() => isCodeInScope(s, '37')).not.toThrow();
      }),
      FC,
    );
  });

  it('every valid code parses to itself, its 12-digit padding shortens back, and it lies in each ancestor', () => {
    fc.assert(
      fc.property(validDivision, (code) => {
        const r = parseDivisionCode(code);
        expect(r).toEqual({ ok: true, code, level: levelOfCode(code) });
        // A 00 county padded to 12 digits reads as its city (documented ambiguity of shortenCode).
        if (!(code.length === 6 && code.endsWith('00'))) expect(shortenCode(code.padEnd(12, '0'))).toBe(code);
        for (const a of ancestorCodesOf(code)) expect(isCodeInScope(code, a)).toBe(true);
        const parent = parentCodeOf(code);
        if (parent !== null) expect(code.startsWith(parent)).toBe(true);
      }),
      FC,
    );
  });

  it('a letter, a wrong length or an all-zero segment is refused', () => {
    const broken = validDivision.chain((code) =>
      fc.oneof(
        fc.integer({ min: 0, max: code.length - 1 }).map((at) => code.slice(0, at) + 'a' + code.slice(at + 1)),
        fc.constant(code + '1'),
        fc.constant(code.length > 2 ? code.slice(0, -1) : '1'),
        fc.constant('00' + code.slice(2)),
      ),
    );
    fc.assert(
      fc.property(broken, (s) => {
        expect(parseDivisionCode(s).ok).toBe(false);
      }),
      FC,
    );
  });
});
