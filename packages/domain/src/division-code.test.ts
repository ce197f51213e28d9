import { describe, it, expect } from 'vitest';
import {
  levelOfCode,
  shortenCode,
  padCode12,
  parentCodeOf,
  ancestorCodesOf,
  isCodeInScope,
  parseDivisionCode,
  streetKindOf,
  committeeKindOf,
  urbanRuralOf,
  urClassLabel,
  STREET_KIND_LABELS,
  COMMITTEE_KIND_LABELS,
  UR_CLASSES,
} from './division-code.ts';

describe('levelOfCode', () => {
  it('maps short-code lengths 2/4/6/9/12 to levels', () => {
    expect(levelOfCode('37')).toBe('province');
    expect(levelOfCode('3709')).toBe('city');
    expect(levelOfCode('370902')).toBe('county');
    expect(levelOfCode('370902001')).toBe('street');
    expect(levelOfCode('370902001001')).toBe('community');
  });
  it('judges padded 12-digit codes by their short form', () => {
    expect(levelOfCode('370902001000')).toBe('street');
    expect(levelOfCode('370000000000')).toBe('province');
  });
  it('returns null for other lengths, non-digits and all zeros', () => {
    expect(levelOfCode('370')).toBeNull();
    expect(levelOfCode('37a9')).toBeNull();
    expect(levelOfCode('')).toBeNull();
    expect(levelOfCode('000000000000')).toBeNull();
  });
});

describe('shortenCode / padCode12', () => {
  it('drops padding by level', () => {
    expect(shortenCode('370902001000')).toBe('370902001');
    expect(shortenCode('370000000000')).toBe('37');
    expect(shortenCode('370900000000')).toBe('3709');
    expect(shortenCode('370902000000')).toBe('370902');
    expect(shortenCode('370902001001')).toBe('370902001001');
  });
  it('keeps a 00 county such as 东莞 441900 when given as 6 digits, but 12 digits shorten to the city', () => {
    expect(shortenCode('441900')).toBe('441900');
    expect(levelOfCode('441900')).toBe('county');
    expect(shortenCode('441900000000')).toBe('4419');
  });
  it('pads to 12 digits and round-trips', () => {
    expect(padCode12('110101001')).toBe('110101001000');
    expect(padCode12('37')).toBe('370000000000');
    for (const c of ['37', '3709', '370902', '370902001', '370902001001']) {
      expect(shortenCode(padCode12(c))).toBe(c);
    }
  });
});

describe('parents and ancestors', () => {
  it('walks 230811004005 (新城社区) up to province 23', () => {
    expect(parentCodeOf('230811004005')).toBe('230811004');
    expect(parentCodeOf('230811004')).toBe('230811');
    expect(parentCodeOf('230811')).toBe('2308');
    expect(parentCodeOf('2308')).toBe('23');
    expect(parentCodeOf('23')).toBeNull();
    expect(ancestorCodesOf('230811004005')).toEqual(['23', '2308', '230811', '230811004']);
    expect(ancestorCodesOf('23')).toEqual([]);
  });
  it('handles 469030202202 (南平村委会, under a 省直辖县级 pseudo-city 4690)', () => {
    expect(ancestorCodesOf('469030202202')).toEqual(['46', '4690', '469030', '469030202']);
  });
  it('puts a 00 county under its city', () => {
    expect(parentCodeOf('441900003')).toBe('441900');
    expect(parentCodeOf('441900')).toBe('4419');
  });
  it('accepts padded input and rejects junk', () => {
    expect(parentCodeOf('230811004000')).toBe('230811');
    expect(parentCodeOf('abc')).toBeNull();
    expect(ancestorCodesOf('123')).toEqual([]);
  });
});

describe('isCodeInScope', () => {
  it('uses the prefix rule, including the scope itself', () => {
    expect(isCodeInScope('230811004005', '23')).toBe(true);
    expect(isCodeInScope('230811004005', '2308')).toBe(true);
    expect(isCodeInScope('230811004005', '230811004005')).toBe(true);
    expect(isCodeInScope('230811004005', '2309')).toBe(false);
    expect(isCodeInScope('23', '2308')).toBe(false);
  });
  it("treats '' as national scope", () => {
    expect(isCodeInScope('469030202202', '')).toBe(true);
  });
  it('accepts padded codes and 00 counties', () => {
    expect(isCodeInScope('230811004005', '230800000000')).toBe(true);
    expect(isCodeInScope('441900003001', '441900000000')).toBe(true);
    expect(isCodeInScope('441900003001', '441900')).toBe(true);
  });
  it('rejects invalid codes or scopes', () => {
    expect(isCodeInScope('2308110', '23')).toBe(false);
    expect(isCodeInScope('230811', '230')).toBe(false);
  });
});

describe('parseDivisionCode', () => {
  it('returns the short code and level', () => {
    expect(parseDivisionCode(' 230811004005 ')).toEqual({ ok: true, code: '230811004005', level: 'community' });
    expect(parseDivisionCode('230811004000')).toEqual({ ok: true, code: '230811004', level: 'street' });
    expect(parseDivisionCode('２３０８')).toEqual({ ok: true, code: '2308', level: 'city' });
    expect(parseDivisionCode('441900')).toEqual({ ok: true, code: '441900', level: 'county' });
  });
  it('gives Chinese messages for wrong length and non-digits', () => {
    const len = parseDivisionCode('2308110');
    expect(len.ok).toBe(false);
    if (!len.ok) expect(len.message).toContain('7 位');
    const chars = parseDivisionCode('23O8');
    expect(chars.ok).toBe(false);
    if (!chars.ok) expect(chars.message).toContain('数字');
    expect(parseDivisionCode('').ok).toBe(false);
  });
  it('rejects all-zero segments', () => {
    expect(parseDivisionCode('3700').ok).toBe(false);
    expect(parseDivisionCode('00').ok).toBe(false);
    expect(parseDivisionCode('370902000').ok).toBe(false);
  });
});

describe('kinds and classes', () => {
  it('derives the street kind from the 7th digit', () => {
    expect(streetKindOf('230811004')).toBe('subdistrict');
    expect(streetKindOf('370902101')).toBe('town');
    expect(streetKindOf('469030202')).toBe('township');
    expect(streetKindOf('469030302')).toBe('township');
    expect(streetKindOf('370902400')).toBe('special');
    expect(streetKindOf('370902599')).toBe('special');
    expect(streetKindOf('370902600')).toBeNull();
    expect(streetKindOf('469030202202')).toBe('township');
    expect(STREET_KIND_LABELS[streetKindOf('230811004')!]).toBe('街道');
  });
  it('derives the committee kind from the last 3 digits', () => {
    expect(committeeKindOf('230811004005')).toBe('resident');
    expect(committeeKindOf('230811004199')).toBe('resident');
    expect(committeeKindOf('469030202202')).toBe('village');
    expect(committeeKindOf('469030202399')).toBe('village');
    expect(committeeKindOf('469030202400')).toBe('resident_like');
    expect(committeeKindOf('469030202599')).toBe('village_like');
    expect(committeeKindOf('469030202000')).toBeNull();
    expect(committeeKindOf('469030202600')).toBeNull();
    expect(COMMITTEE_KIND_LABELS.village).toBe('村委会');
  });
  it('classifies 城乡分类代码: 112 urban, 220 rural, empty unknown', () => {
    expect(urbanRuralOf('112')).toBe('urban');
    expect(urbanRuralOf('220')).toBe('rural');
    expect(urbanRuralOf('')).toBe('unknown');
    expect(urbanRuralOf(null)).toBe('unknown');
    expect(urClassLabel('111')).toBe('主城区');
    expect(urClassLabel('220')).toBe('村庄');
    expect(UR_CLASSES).toHaveLength(7);
  });
});
