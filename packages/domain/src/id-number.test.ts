import { describe, it, expect } from 'vitest';
import {
  normalizeIdNumber,
  computeIdCheckDigit,
  convertLegacyIdNumber,
  parseIdNumber,
  maskIdNumber,
  idNumberTail,
  type ParseIdResult,
} from './id-number.ts';

const TODAY = new Date('2024-06-01T12:00:00+08:00');

function errorOf(r: ParseIdResult): string | undefined {
  return r.ok ? undefined : r.error;
}

describe('normalizeIdNumber', () => {
  it('trims, removes inner spaces and upper-cases x', () => {
    expect(normalizeIdNumber('  110105 19491231 002x ')).toBe('11010519491231002X');
  });
  it('converts full-width digits and letters, and ideographic spaces', () => {
    expect(normalizeIdNumber('１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X');
    expect(normalizeIdNumber('１１０１０５\u3000１９４９１２３１００２Ｘ')).toBe('11010519491231002X');
  });
});

describe('computeIdCheckDigit', () => {
  it('matches the GB 11643 worked example (S = 167, r = 2 → X)', () => {
    expect(computeIdCheckDigit('11010519491231002')).toBe('X');
  });
  it('produces 0 and 1 for r = 1 and r = 0', () => {
    expect(computeIdCheckDigit('44052418800101001')).toBe('4');
    // 37090219800101123 sums to 232 = 21·11 + 1 → '0' (see legacy test below)
    expect(computeIdCheckDigit('37090219800101123')).toBe('0');
  });
  it('rejects malformed input', () => {
    expect(() => computeIdCheckDigit('123')).toThrow(RangeError);
  });
});

describe('convertLegacyIdNumber', () => {
  it('inserts 19 and appends the check digit', () => {
    // 370902 800101 123 → 370902 19800101 123 + ?
    // digits  3  7  0  9  0  2  1  9  8  0  0  1  0  1  1  2  3
    // weights 7  9 10  5  8  4  2  1  6  3  7  9 10  5  8  4  2
    // product 21 63 0 45  0  8  2  9 48  0  0  9  0  5  8  8  6 → S = 232
    // 232 mod 11 = 1 → "10X98765432"[1] = '0'
    expect(convertLegacyIdNumber('370902800101123')).toBe('370902198001011230');
    // The 15-digit form of the standard's own example.
    expect(convertLegacyIdNumber('110105491231002')).toBe('11010519491231002X');
  });
  it('rejects malformed input', () => {
    expect(() => convertLegacyIdNumber('3709028001011')).toThrow(RangeError);
  });
});

describe('parseIdNumber', () => {
  it('accepts 11010519491231002X: female, 1949-12-31', () => {
    const r = parseIdNumber('11010519491231002X', TODAY);
    expect(r).toEqual({
      ok: true,
      value: {
        idNumber: '11010519491231002X',
        addressCode: '110105',
        birthDate: '1949-12-31',
        gender: '女',
        legacyConverted: false,
      },
    });
  });

  it('accepts 440524188001010014: male, 1880, retired area code not required to exist', () => {
    // Born before the default 1900 floor, so it is only valid with a lower floor;
    // by default the sole complaint is too_old (structure and check digit are fine).
    expect(errorOf(parseIdNumber('440524188001010014', TODAY))).toBe('too_old');
    const r = parseIdNumber('440524188001010014', TODAY, { earliestBirthDate: '1800-01-01' });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.birthDate).toBe('1880-01-01');
      expect(r.value.gender).toBe('男');
      expect(r.value.addressCode).toBe('440524');
    }
  });

  it('accepts 34052419800101001X', () => {
    const r = parseIdNumber('34052419800101001X', TODAY);
    expect(r.ok && r.value.gender).toBe('男');
  });

  it('rejects 110105194912310021 and says the check digit should be X', () => {
    const r = parseIdNumber('110105194912310021', TODAY);
    expect(errorOf(r)).toBe('bad_check_digit');
    if (!r.ok) {
      expect(r.message).toContain('校验码错误：最后一位应为 X');
      expect(r.messageEn).toContain('should be X');
    }
  });

  it('hints at Excel precision loss when a bad number ends in 000', () => {
    const r = parseIdNumber('370902199001011000', TODAY);
    expect(errorOf(r)).toBe('bad_check_digit');
    if (!r.ok) expect(r.message).toContain('Excel');
  });

  it('accepts lower-case x and normalises it', () => {
    const r = parseIdNumber('11010519491231002x', TODAY);
    expect(r.ok && r.value.idNumber).toBe('11010519491231002X');
  });

  it('accepts full-width digits', () => {
    const r = parseIdNumber('３４０５２４１９８００１０１００１Ｘ', TODAY);
    expect(r.ok && r.value.idNumber).toBe('34052419800101001X');
  });

  it('converts a legacy 15-digit number', () => {
    const r = parseIdNumber('370902800101123', TODAY);
    expect(r).toEqual({
      ok: true,
      value: {
        idNumber: '370902198001011230',
        addressCode: '370902',
        birthDate: '1980-01-01',
        gender: '男',
        legacyConverted: true,
      },
    });
  });

  it('rejects an impossible date 19990230', () => {
    expect(errorOf(parseIdNumber('110105' + '19990230' + '0021', TODAY))).toBe('bad_date');
  });

  it('rejects 1900-02-29 (1900 is not a leap year) and accepts 2000-02-29', () => {
    expect(errorOf(parseIdNumber('110105' + '19000229' + '0021', TODAY))).toBe('bad_date');
    const first17 = '110105' + '20000229' + '002';
    const r = parseIdNumber(first17 + computeIdCheckDigit(first17), TODAY);
    expect(r.ok && r.value.birthDate).toBe('2000-02-29');
  });

  it('rejects an impossible date in a legacy number', () => {
    expect(errorOf(parseIdNumber('370902800230123', TODAY))).toBe('bad_date');
  });

  it('rejects a future birth date but accepts someone born today', () => {
    const future = '110105' + '20240602' + '002';
    expect(errorOf(parseIdNumber(future + computeIdCheckDigit(future), TODAY))).toBe('future_date');
    const born = '110105' + '20240601' + '002';
    expect(parseIdNumber(born + computeIdCheckDigit(born), TODAY).ok).toBe(true);
  });

  it('rejects a birth date before 1900', () => {
    const old = '110105' + '18991231' + '002';
    expect(errorOf(parseIdNumber(old + computeIdCheckDigit(old), TODAY))).toBe('too_old');
  });

  it('detects scientific notation from Excel and says digits were lost', () => {
    const r = parseIdNumber('3.70902199001011E+17', TODAY);
    expect(errorOf(r)).toBe('scientific_notation');
    if (!r.ok) expect(r.message).toContain('丢失');
    expect(errorOf(parseIdNumber('3.70902e17', TODAY))).toBe('scientific_notation');
  });

  it('rejects empty input', () => {
    expect(errorOf(parseIdNumber('', TODAY))).toBe('empty');
    expect(errorOf(parseIdNumber('   ', TODAY))).toBe('empty');
  });

  it('rejects 17 characters as bad_length', () => {
    const r = parseIdNumber('11010519491231002', TODAY);
    expect(errorOf(r)).toBe('bad_length');
    if (!r.ok) expect(r.message).toContain('17');
  });

  it('rejects letters other than a final X, and X in a 15-digit number', () => {
    expect(errorOf(parseIdNumber('1101051949123100A2', TODAY))).toBe('bad_chars');
    expect(errorOf(parseIdNumber('110105-19491231-002X', TODAY))).toBe('bad_chars');
    expect(errorOf(parseIdNumber('11010549123100X', TODAY))).toBe('bad_chars');
  });

  it('rejects province 99 and names other document types for 8x/9x', () => {
    const r = parseIdNumber('990105194912310021', TODAY);
    expect(errorOf(r)).toBe('bad_province');
    if (!r.ok) expect(r.message).toContain('外国人永久居留身份证');
    const hk = parseIdNumber('810000199001010010', TODAY);
    expect(errorOf(hk)).toBe('bad_province');
    if (!hk.ok) expect(hk.message).toContain('港澳台居民居住证');
    expect(errorOf(parseIdNumber('160105194912310021', TODAY))).toBe('bad_province');
  });

  it('returns gender 女 for an even 17th digit', () => {
    const f = '37090219900101124';
    const r = parseIdNumber(f + computeIdCheckDigit(f), TODAY);
    expect(r.ok && r.value.gender).toBe('女');
  });
});

describe('maskIdNumber / idNumberTail', () => {
  it('keeps the first 6 and last 4', () => {
    expect(maskIdNumber('37090219900101002x')).toBe('370902********002X');
    expect(maskIdNumber('370902800101123')).toBe('370902*****1123');
  });
  it('tolerates short or empty input', () => {
    expect(maskIdNumber('')).toBe('');
    expect(maskIdNumber('1234')).toBe('****');
    expect(maskIdNumber('1234567890')).toBe('**********');
  });
  it('returns the tail', () => {
    expect(idNumberTail('11010519491231002x', 4)).toBe('002X');
    expect(idNumberTail('11010519491231002X', 6)).toBe('31002X');
    expect(idNumberTail('12', 4)).toBe('12');
  });
});
