import { describe, it, expect } from 'vitest';
import { normalizePhone, validatePhone, maskPhone } from './phone.ts';

describe('normalizePhone', () => {
  it('strips spaces, dashes, full-width digits and +86/0086', () => {
    expect(normalizePhone(' 138 1234-5678 ')).toBe('13812345678');
    expect(normalizePhone('１３８１２３４５６７８')).toBe('13812345678');
    expect(normalizePhone('+86 138 1234 5678')).toBe('13812345678');
    expect(normalizePhone('0086-13812345678')).toBe('13812345678');
    expect(normalizePhone('8613812345678')).toBe('13812345678');
  });
  it('restores the trunk 0 of an international landline', () => {
    expect(normalizePhone('+86 538 1234567')).toBe('05381234567');
  });
});

describe('validatePhone', () => {
  it('accepts mainland mobiles 1[3-9]xxxxxxxxx', () => {
    expect(validatePhone('13812345678')).toEqual({ ok: true, value: '13812345678', kind: 'mobile' });
    expect(validatePhone('+86 199-1234-5678')).toMatchObject({ ok: true, value: '19912345678' });
  });
  it('rejects mobiles with a bad prefix or length', () => {
    expect(validatePhone('12812345678').ok).toBe(false);
    expect(validatePhone('1381234567').ok).toBe(false);
    expect(validatePhone('138123456789').ok).toBe(false);
  });
  it('accepts landlines with and without a dash, normalised as 0538-1234567', () => {
    expect(validatePhone('0538-1234567')).toEqual({ ok: true, value: '0538-1234567', kind: 'landline' });
    expect(validatePhone('05381234567')).toMatchObject({ ok: true, value: '0538-1234567' });
    expect(validatePhone('(0538) 1234567')).toMatchObject({ ok: true, value: '0538-1234567' });
    expect(validatePhone('０５３８－１２３４５６７')).toMatchObject({ ok: true, value: '0538-1234567' });
  });
  it('uses three-digit area codes for 010 and 02x', () => {
    expect(validatePhone('01012345678')).toMatchObject({ ok: true, value: '010-12345678' });
    expect(validatePhone('02112345678')).toMatchObject({ ok: true, value: '021-12345678' });
    expect(validatePhone('+86 10 12345678')).toMatchObject({ ok: true, value: '010-12345678' });
  });
  it('rejects landlines without area code or with a too-short number', () => {
    expect(validatePhone('1234567').ok).toBe(false);
    expect(validatePhone('0538-12345').ok).toBe(false);
    expect(validatePhone('abc').ok).toBe(false);
  });
  it('gives Chinese and English messages', () => {
    const r = validatePhone('');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/电话/);
      expect(r.messageEn).toMatch(/phone/i);
    }
  });
});

describe('maskPhone', () => {
  it('masks the middle four digits of a mobile', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138 1234 5678')).toBe('138****5678');
  });
  it('keeps the area code and last two digits of a landline', () => {
    expect(maskPhone('0538-1234567')).toBe('0538-*****67');
    expect(maskPhone('010-12345678')).toBe('010-******78');
  });
  it('tolerates junk and empty input', () => {
    expect(maskPhone('')).toBe('');
    expect(maskPhone('12345')).toBe('***45');
  });
});
