// 统计用区划代码 (NBS statistical division codes, 12 digits PP CC DD TTT VVV).
// See /work/shared/data/divisions/README.md and rules.md §9.2.
// "Short" codes carry only the digits of their own level: 2/4/6/9/12.

export type OrgLevel = 'province' | 'city' | 'county' | 'street' | 'community';

export const ORG_LEVELS: readonly OrgLevel[] = ['province', 'city', 'county', 'street', 'community'];

export const ORG_LEVEL_CODE_LENGTH: Readonly<Record<OrgLevel, number>> = {
  province: 2,
  city: 4,
  county: 6,
  street: 9,
  community: 12,
};

export const ORG_LEVEL_LABELS: Readonly<Record<OrgLevel, string>> = {
  province: '省级',
  city: '市级',
  county: '县级',
  street: '街道（乡镇）',
  community: '社区（村）',
};

export const ORG_LEVEL_EN: Readonly<Record<OrgLevel, string>> = {
  province: 'Province',
  city: 'City (prefecture)',
  county: 'County (district)',
  street: 'Street / township',
  community: 'Community / village',
};

const LEVEL_BY_LENGTH: Readonly<Record<number, OrgLevel>> = {
  2: 'province',
  4: 'city',
  6: 'county',
  9: 'street',
  12: 'community',
};

/**
 * Drops the zero padding of a 12-digit code. Other lengths are returned unchanged.
 *
 * Ambiguity we accept: 东莞/中山/儋州 have no county level, and the NBS uses the
 * city code padded with 00 as their county code (441900). Once padded to 12
 * digits, '441900000000' is indistinguishable from the city 4419, so it shortens
 * to '4419'. Given as 6 digits, '441900' stays a county. Scope checks are
 * unaffected because both forms are prefixes of the same subtree.
 */
export function shortenCode(code12OrShort: string): string {
  const s = code12OrShort.trim();
  if (!/^\d{12}$/.test(s)) return s;
  if (s.slice(9) !== '000') return s;
  if (s.slice(6, 9) !== '000') return s.slice(0, 9);
  if (s.slice(4, 6) !== '00') return s.slice(0, 6);
  if (s.slice(2, 4) !== '00') return s.slice(0, 4);
  return s.slice(0, 2);
}

/** Level of a code, judged by the length of its short form; null for anything else. */
export function levelOfCode(code: string): OrgLevel | null {
  const s = shortenCode(code);
  if (!/^\d+$/.test(s) || /^0+$/.test(s)) return null;
  return LEVEL_BY_LENGTH[s.length] ?? null;
}

export function padCode12(short: string): string {
  return short.trim().padEnd(12, '0');
}

export function parentCodeOf(short: string): string | null {
  const s = shortenCode(short);
  switch (levelOfCode(s)) {
    case 'community':
      return s.slice(0, 9);
    case 'street':
      return s.slice(0, 6);
    case 'county':
      return s.slice(0, 4);
    case 'city':
      return s.slice(0, 2);
    default:
      return null;
  }
}

/** Root first, excluding the code itself. */
export function ancestorCodesOf(short: string): string[] {
  const out: string[] = [];
  for (let p = parentCodeOf(short); p !== null; p = parentCodeOf(p)) out.unshift(p);
  return out;
}

/**
 * Whether `code` lies in the jurisdiction `scopeCode` (itself included).
 * Segment lengths are fixed, so a plain prefix test is exact. '' = national.
 */
export function isCodeInScope(code: string, scopeCode: string): boolean {
  const c = shortenCode(code);
  if (levelOfCode(c) === null) return false;
  const scope = shortenCode(scopeCode);
  if (scope === '') return true;
  if (levelOfCode(scope) === null) return false;
  return c.startsWith(scope);
}

export type ParseDivisionCodeResult =
  | { ok: true; code: string; level: OrgLevel }
  | { ok: false; message: string; messageEn: string };

/**
 * Validates user input and returns the short code. Also rejects a zero last
 * segment (e.g. '3700'), except a 00 county, which is real (441900 东莞).
 */
export function parseDivisionCode(input: string): ParseDivisionCodeResult {
  const raw = (input ?? '')
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '');
  if (raw === '') {
    return { ok: false, message: '请填写区划代码', messageEn: 'Division code is required' };
  }
  if (!/^\d+$/.test(raw)) {
    return {
      ok: false,
      message: '区划代码只能由数字组成',
      messageEn: 'Division code may only contain digits',
    };
  }
  const code = shortenCode(raw);
  const level = levelOfCode(code);
  if (level === null) {
    return {
      ok: false,
      message: `区划代码应为 2、4、6、9 或 12 位数字，当前为 ${raw.length} 位`,
      messageEn: `Division code must have 2, 4, 6, 9 or 12 digits; got ${raw.length}`,
    };
  }
  const zeroSegment =
    code.slice(0, 2) === '00' ||
    (code.length >= 4 && code.slice(2, 4) === '00') ||
    (code.length >= 9 && code.slice(6, 9) === '000');
  if (zeroSegment) {
    return {
      ok: false,
      message: `区划代码 ${raw} 中有一级为全 0，不是有效代码`,
      messageEn: `Division code ${raw} has an all-zero level segment`,
    };
  }
  return { ok: true, code, level };
}

// ---- 乡级 street kinds (7th digit) ----

export type StreetKind = 'subdistrict' | 'town' | 'township' | 'special';

export const STREET_KIND_LABELS: Readonly<Record<StreetKind, string>> = {
  subdistrict: '街道',
  town: '镇',
  township: '乡',
  special: '类似乡级单位',
};

export const STREET_KIND_EN: Readonly<Record<StreetKind, string>> = {
  subdistrict: 'Subdistrict',
  town: 'Town',
  township: 'Township',
  special: 'Township-like unit',
};

/** Accepts a 9-digit street code or a 12-digit code below it. */
export function streetKindOf(code9: string): StreetKind | null {
  const s = code9.trim();
  if (!/^\d{9}(\d{3})?$/.test(s) || s.slice(6, 9) === '000') return null;
  switch (s[6]) {
    case '0':
      return 'subdistrict';
    case '1':
      return 'town';
    case '2':
    case '3':
      return 'township';
    case '4':
    case '5':
      return 'special';
    default:
      return null;
  }
}

// ---- 村级 committee kinds (last 3 digits) ----

export type CommitteeKind = 'resident' | 'village' | 'resident_like' | 'village_like';

export const COMMITTEE_KIND_LABELS: Readonly<Record<CommitteeKind, string>> = {
  resident: '居委会',
  village: '村委会',
  resident_like: '类似居委会',
  village_like: '类似村委会',
};

export const COMMITTEE_KIND_EN: Readonly<Record<CommitteeKind, string>> = {
  resident: "Residents' committee",
  village: 'Village committee',
  resident_like: "Residents' committee-like unit",
  village_like: 'Village committee-like unit',
};

export function committeeKindOf(code12: string): CommitteeKind | null {
  const s = code12.trim();
  if (!/^\d{12}$/.test(s)) return null;
  const n = Number(s.slice(9));
  if (n >= 1 && n <= 199) return 'resident';
  if (n >= 200 && n <= 399) return 'village';
  if (n >= 400 && n <= 499) return 'resident_like';
  if (n >= 500 && n <= 599) return 'village_like';
  return null;
}

// ---- 城乡分类代码 (3 digits, attached to committees) ----

export type UrbanRural = 'urban' | 'rural' | 'unknown';

export const URBAN_RURAL_LABELS: Readonly<Record<UrbanRural, string>> = {
  urban: '城镇',
  rural: '乡村',
  unknown: '未分类',
};

export const URBAN_RURAL_EN: Readonly<Record<UrbanRural, string>> = {
  urban: 'Urban',
  rural: 'Rural',
  unknown: 'Unclassified',
};

export const UR_CLASSES = [
  { code: '111', label: '主城区', en: 'Main urban area' },
  { code: '112', label: '城乡结合区', en: 'Urban-rural fringe' },
  { code: '121', label: '镇中心区', en: 'Town centre' },
  { code: '122', label: '镇乡结合区', en: 'Town-rural fringe' },
  { code: '123', label: '特殊区域', en: 'Special area' },
  { code: '210', label: '乡中心区', en: 'Township centre' },
  { code: '220', label: '村庄', en: 'Village' },
] as const;

export type UrCode = (typeof UR_CLASSES)[number]['code'];

/** 1xx = 城镇, 2xx = 乡村; empty (committee new since the 2022 edition) or anything else = unknown. */
export function urbanRuralOf(urCode: string | null | undefined): UrbanRural {
  const s = (urCode ?? '').trim();
  if (/^1\d\d$/.test(s)) return 'urban';
  if (/^2\d\d$/.test(s)) return 'rural';
  return 'unknown';
}

export function urClassLabel(urCode: string): string | undefined {
  return UR_CLASSES.find((c) => c.code === urCode)?.label;
}

export function urClassEn(urCode: string): string | undefined {
  return UR_CLASSES.find((c) => c.code === urCode)?.en;
}
