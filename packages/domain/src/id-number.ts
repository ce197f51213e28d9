// 公民身份号码 (GB 11643-1999). See /work/shared/domain/rules.md §9.1.
import { isoDate, isValidIsoDate, todayIso, compareIsoDates } from './dates.ts';

export type IdNumberErrorCode =
  | 'empty'
  | 'bad_length'
  | 'bad_chars'
  | 'scientific_notation'
  | 'bad_province'
  | 'bad_date'
  | 'future_date'
  | 'too_old'
  | 'bad_check_digit';

export interface ParsedIdNumber {
  /** 18-character normalised number (legacy 15-digit input is converted). */
  idNumber: string;
  addressCode: string;
  /** YYYY-MM-DD */
  birthDate: string;
  gender: '男' | '女';
  legacyConverted: boolean;
}

export type ParseIdResult =
  | { ok: true; value: ParsedIdNumber }
  | { ok: false; error: IdNumberErrorCode; message: string; messageEn: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** Province-level prefixes of the mainland 居民身份证 (GB/T 2260 first two digits). */
const MAINLAND_PROVINCE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [11, 15],
  [21, 23],
  [31, 37],
  [41, 46],
  [50, 54],
  [61, 65],
];

export function isMainlandProvincePrefix(prefix: string): boolean {
  if (!/^\d{2}$/.test(prefix)) return false;
  const n = Number(prefix);
  return MAINLAND_PROVINCE_RANGES.some(([lo, hi]) => n >= lo && n <= hi);
}

/**
 * Cleans up what people paste from Excel, WeChat or IME input: surrounding and
 * inner whitespace (incl. U+3000 and zero-width chars), full-width ASCII, lower-case x.
 */
export function normalizeIdNumber(raw: string): string {
  return raw
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]+/g, '')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase();
}

/** ISO 7064 MOD 11-2 check character for the first 17 digits. Throws on malformed input. */
export function computeIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('computeIdCheckDigit expects exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * 15-digit numbers (issued before 1999) carry a 2-digit year that is always 19xx
 * and no check digit. Throws on malformed input; use parseIdNumber for user input.
 */
export function convertLegacyIdNumber(id15: string): string {
  if (!/^\d{15}$/.test(id15)) throw new RangeError('convertLegacyIdNumber expects exactly 15 digits');
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + computeIdCheckDigit(first17);
}

function fail(error: IdNumberErrorCode, message: string, messageEn: string): ParseIdResult {
  return { ok: false, error, message, messageEn };
}

// Excel turns long digit strings into numbers and shows them as 3.70902E+17,
// silently dropping everything after the 15th significant digit.
const SCIENTIFIC = /^[+-]?\d+(\.\d*)?E[+-]?\d+$/;

export interface ParseIdOptions {
  /**
   * Earliest accepted birth date (default 1900-01-01). Older dates in a workforce
   * register are typing errors; the standard's own 1880 sample needs a lower bound.
   */
  earliestBirthDate?: string;
}

export const DEFAULT_EARLIEST_BIRTH_DATE = '1900-01-01';

export function parseIdNumber(
  raw: string,
  today: Date = new Date(),
  options: ParseIdOptions = {},
): ParseIdResult {
  const earliest = options.earliestBirthDate ?? DEFAULT_EARLIEST_BIRTH_DATE;
  const s = normalizeIdNumber(raw ?? '');
  if (s === '') return fail('empty', '请填写公民身份号码', 'ID number is required');

  if (SCIENTIFIC.test(s)) {
    return fail(
      'scientific_notation',
      `身份号码“${s}”是科学计数法格式，后几位已经丢失，无法恢复。请在 Excel 中把该列设为“文本”格式后重新填写完整的 18 位号码`,
      `"${s}" is in scientific notation: the trailing digits were lost and cannot be recovered. Format the column as Text in Excel and re-enter the full 18-digit number`,
    );
  }

  if (!/^\d+X?$/.test(s) || (s.endsWith('X') && s.length !== 18)) {
    return fail(
      'bad_chars',
      '身份号码只能由数字组成，仅第 18 位可以是 X',
      'ID number may only contain digits; only the 18th character may be X',
    );
  }

  if (s.length !== 18 && s.length !== 15) {
    return fail(
      'bad_length',
      `身份号码应为 18 位（或旧版 15 位），当前为 ${s.length} 位`,
      `ID number must have 18 characters (or 15 for the old format); got ${s.length}`,
    );
  }

  const legacy = s.length === 15;
  const province = s.slice(0, 2);
  if (!isMainlandProvincePrefix(province)) {
    const n = Number(province);
    if (n >= 81 && n <= 83) {
      return fail(
        'bad_province',
        `以 ${province} 开头的是港澳台居民居住证号码，不是居民身份证号码，本系统此处只接受居民身份证号码`,
        `Numbers starting with ${province} belong to residence permits for Hong Kong, Macao and Taiwan residents, not to a resident identity card, which is required here`,
      );
    }
    if (n >= 90) {
      return fail(
        'bad_province',
        `以 ${province} 开头的是外国人永久居留身份证号码，不是居民身份证号码，本系统此处只接受居民身份证号码`,
        `Numbers starting with ${province} belong to foreigners' permanent residence ID cards, not to a resident identity card, which is required here`,
      );
    }
    return fail(
      'bad_province',
      `前两位“${province}”不是有效的省级代码，请核对号码`,
      `The first two digits "${province}" are not a valid province code`,
    );
  }

  const birthDate = legacy
    ? isoDate(1900 + Number(s.slice(6, 8)), Number(s.slice(8, 10)), Number(s.slice(10, 12)))
    : isoDate(Number(s.slice(6, 10)), Number(s.slice(10, 12)), Number(s.slice(12, 14)));
  const datePos = legacy ? '7–12' : '7–14';
  if (!isValidIsoDate(birthDate)) {
    return fail(
      'bad_date',
      `出生日期 ${birthDate} 不存在，请核对第 ${datePos} 位`,
      `Birth date ${birthDate} does not exist; check characters ${datePos}`,
    );
  }
  if (compareIsoDates(birthDate, todayIso(today)) > 0) {
    return fail(
      'future_date',
      `出生日期 ${birthDate} 晚于今天，请核对第 ${datePos} 位`,
      `Birth date ${birthDate} is in the future; check characters ${datePos}`,
    );
  }
  if (compareIsoDates(birthDate, earliest) < 0) {
    return fail(
      'too_old',
      `出生日期 ${birthDate} 早于 ${earliest}，请核对第 ${datePos} 位`,
      `Birth date ${birthDate} is before ${earliest}; check characters ${datePos}`,
    );
  }

  const idNumber = legacy ? convertLegacyIdNumber(s) : s;
  if (!legacy) {
    const expected = computeIdCheckDigit(s.slice(0, 17));
    if (s[17] !== expected) {
      // 15 significant digits survive Excel's number conversion; the rest become zeros.
      const excelHint = s.endsWith('000')
        ? '；号码末尾是 000，可能是在 Excel 中被当作数字处理导致后几位丢失，请核对原件'
        : '，请核对号码';
      const excelHintEn = s.endsWith('000')
        ? '; it ends in 000, which suggests Excel converted it to a number and lost the last digits'
        : '';
      return fail(
        'bad_check_digit',
        `校验码错误：最后一位应为 ${expected}${excelHint}`,
        `Invalid check digit: the last character should be ${expected}${excelHintEn}`,
      );
    }
  }

  return {
    ok: true,
    value: {
      idNumber,
      addressCode: idNumber.slice(0, 6),
      birthDate,
      gender: Number(idNumber[16]) % 2 === 1 ? '男' : '女',
      legacyConverted: legacy,
    },
  };
}

/** Display form for lists and exports: 370902********002X. Never throws. */
export function maskIdNumber(id: string): string {
  const s = normalizeIdNumber(id ?? '');
  // Too short to show anything safely: mask every character.
  if (s.length <= 10) return '*'.repeat(s.length);
  return s.slice(0, 6) + '*'.repeat(s.length - 10) + s.slice(-4);
}

/** Last 4 or 6 characters, e.g. for search-by-tail or a login hint. */
export function idNumberTail(id: string, len: 4 | 6): string {
  return normalizeIdNumber(id ?? '').slice(-len);
}
