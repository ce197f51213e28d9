// Mainland China phone numbers: mobiles and fixed lines with area code.

export type PhoneKind = 'mobile' | 'landline';

export type ValidatePhoneResult =
  | { ok: true; value: string; kind: PhoneKind }
  | { ok: false; message: string; messageEn: string };

const MOBILE = /^1[3-9]\d{9}$/;

function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Digits only, without the country prefix. A landline written internationally
 * (+86 538 1234567) drops the trunk 0, so it is put back.
 */
export function normalizePhone(raw: string): string {
  let s = toHalfWidth(raw ?? '').replace(/[\s\u200B\uFEFF\-‐‑–—−()（）.]/g, '');
  let hadCountryCode = false;
  if (s.startsWith('+86')) {
    s = s.slice(3);
    hadCountryCode = true;
  } else if (s.startsWith('0086')) {
    s = s.slice(4);
    hadCountryCode = true;
  } else if (/^861[3-9]\d{9}$/.test(s)) {
    // "86 138…" typed without the plus: 13 digits can only be this.
    s = s.slice(2);
    hadCountryCode = true;
  }
  if (hadCountryCode && /^[1-9]\d{8,10}$/.test(s) && !MOBILE.test(s)) s = `0${s}`;
  return s;
}

/**
 * Length of the area code inside an all-digit landline: 010 and 02x are the only
 * three-digit codes in mainland China, every other one has four digits.
 */
function areaCodeLength(digits: string): 3 | 4 {
  return /^0(10|2\d)/.test(digits) ? 3 : 4;
}

const INVALID = {
  ok: false,
  message: '请填写 11 位手机号码，或带区号的固定电话（如 0538-1234567）',
  messageEn: 'Enter an 11-digit mobile number or a landline with area code (e.g. 0538-1234567)',
} as const;

/** Mobiles come back as 11 digits, landlines as `0538-1234567`. */
export function validatePhone(raw: string): ValidatePhoneResult {
  const trimmed = toHalfWidth(raw ?? '').trim();
  if (trimmed === '') {
    return { ok: false, message: '请填写联系电话', messageEn: 'Phone number is required' };
  }
  const digits = normalizePhone(trimmed);
  if (!/^\d+$/.test(digits)) return INVALID;
  if (MOBILE.test(digits)) return { ok: true, value: digits, kind: 'mobile' };
  if (!digits.startsWith('0')) return INVALID;

  // When the user separated the area code explicitly, trust that split over the table.
  const explicit =
    /^(?:[(（](0\d{2,3})[)）][\s\-‐‑–—−]*|(0\d{2,3})[\s\-‐‑–—−]+)(\d{7,8})$/.exec(trimmed);
  if (explicit) {
    const area = explicit[1] ?? explicit[2] ?? '';
    return { ok: true, value: `${area}-${explicit[3]}`, kind: 'landline' };
  }
  const areaLen = areaCodeLength(digits);
  const local = digits.slice(areaLen);
  if (local.length < 7 || local.length > 8) return INVALID;
  return { ok: true, value: `${digits.slice(0, areaLen)}-${local}`, kind: 'landline' };
}

/** 138****5678 for mobiles, 0538-*****67 for landlines. Never throws. */
export function maskPhone(p: string): string {
  const r = validatePhone(p ?? '');
  if (r.ok && r.kind === 'mobile') return `${r.value.slice(0, 3)}****${r.value.slice(7)}`;
  if (r.ok) {
    const [area = '', local = ''] = r.value.split('-');
    return `${area}-${'*'.repeat(local.length - 2)}${local.slice(-2)}`;
  }
  // Unparseable input is still personal data: show only the last two characters.
  const s = normalizePhone(p ?? '');
  return s.length <= 2 ? '*'.repeat(s.length) : '*'.repeat(s.length - 2) + s.slice(-2);
}
