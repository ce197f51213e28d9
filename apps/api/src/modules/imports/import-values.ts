// Normalisation of the messy cell values found in real worker spreadsheets (A1.1 批量导入).
// Every parser returns a Chinese reason the clerk can act on; nothing here throws on user data.
import { parseIdNumber, normalizeIdNumber, type ParsedIdNumber } from '@cwp/domain/id-number';
import { daysInMonth, isoDate } from '@cwp/domain/dates';
import { POLITICAL_STATUSES, ETHNIC_GROUPS } from '@cwp/domain/code-tables';
import type { CellValue } from './import-reader.ts';

export type ValueResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const FULLWIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
// NBSP and the ideographic space survive copy-paste from Word/WeChat; ZWSP/BOM are invisible.
const ODD_SPACE = /[\u00A0\u3000\u2002-\u200A]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const NEEDS_CLEANUP = /[^\x20-\x7E\u4E00-\u9FFF]/;

function toHalfWidth(c: string): string {
  return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
}

/** The calendar date an ExcelJS Date stands for: ExcelJS builds them at UTC midnight. */
export function dateToIso(d: Date): string {
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Cell content as trimmed text with full-width digits/letters made half-width.
 * Never fails, so it returns the string itself rather than a result.
 */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') {
    // Most cells are plain ASCII or plain Chinese; skip the replace passes for them.
    if (!NEEDS_CLEANUP.test(v)) return v.trim();
    return v.replace(INVISIBLE, '').replace(ODD_SPACE, ' ').replace(FULLWIDTH_ALNUM, toHalfWidth).trim();
  }
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return Number.isNaN(v.getTime()) ? '' : dateToIso(v);
}

// ---- 公民身份号码 ----

const SCIENTIFIC = /^[+-]?\d+(\.\d*)?E[+-]?\d+$/;
export const ID_PRECISION_LOST =
  '身份证号被表格软件存成了数字，后几位已丢失（科学计数法），请将该列设为文本格式后重新填写';

let cachedTodayIso = '';
let cachedTodayDate = new Date();
function noonInBeijing(today: string): Date {
  if (today !== cachedTodayIso) {
    cachedTodayIso = today;
    cachedTodayDate = new Date(`${today}T12:00:00+08:00`);
  }
  return cachedTodayDate;
}

/**
 * A number in the ID column can only be exact up to 15 digits (the legacy format);
 * an 18-digit number has already been rounded by the spreadsheet, so the row is rejected.
 */
export function parseIdCell(v: CellValue | undefined, today?: string): ValueResult<ParsedIdNumber> {
  let raw: string;
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || Math.abs(v) >= 1e15) return { ok: false, reason: ID_PRECISION_LOST };
    raw = String(v);
  } else {
    raw = normalizeIdNumber(cellText(v));
    if (SCIENTIFIC.test(raw)) return { ok: false, reason: ID_PRECISION_LOST };
  }
  const r = today ? parseIdNumber(raw, noonInBeijing(today)) : parseIdNumber(raw);
  return r.ok ? { ok: true, value: r.value } : { ok: false, reason: r.message };
}

// ---- dates ----

export type DatePrecision = 'day' | 'month';
export type DateResult = { ok: true; value: string; precision: DatePrecision } | { ok: false; reason: string };

/** 1900 date system; 2958465 is 9999-12-31. */
const MAX_SERIAL = 2958465;
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
// Optional time of day, as Excel writes it into CSV ("1985/3/1 0:00").
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?`;
const YMD = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const YM = /^(\d{4})[-/.](\d{1,2})$/;
const CN_DATE = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})[日号]?)?$/;
const COMPACT_YMD = /^(\d{4})(\d{2})(\d{2})$/;
const COMPACT_YM = /^(\d{4})(\d{2})$/;

function dayResult(y: number, m: number, d: number, shown: string, today: string): DateResult {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return { ok: false, reason: `日期“${shown}”不存在，请核对` };
  return inRange(isoDate(y, m, d), 'day', shown, today);
}

function inRange(value: string, precision: DatePrecision, shown: string, today: string): DateResult {
  // Contract ends may lie in the future, but not generations ahead; either end means a typo.
  const maxYear = Number(today.slice(0, 4)) + 50;
  // The year is everything before -MM-DD: a Date cell can hold year 190000 or a negative one (found by fuzzing).
  const year = Number(value.slice(0, -6));
  if (!Number.isInteger(year) || year < 1900 || year > maxYear) return { ok: false, reason: `日期“${shown}”超出合理范围（1900 年至 ${maxYear} 年），请核对` };
  return { ok: true, value, precision };
}

function serialToDate(serial: number, today: string): DateResult {
  const day = Math.floor(serial);
  // Lotus 1-2-3's bug, kept by Excel: serial 60 is 1900-02-29, a day that never existed.
  if (day === 60) return { ok: false, reason: '日期“1900-02-29”不存在，请核对' };
  const shift = day < 60 ? 1 : 0;
  const t = new Date(SERIAL_EPOCH_MS + (day + shift) * DAY_MS);
  return inRange(dateToIso(t), 'day', String(serial), today);
}

function monthOnly(y: number, m: number, shown: string, today: string): DateResult {
  if (m < 1 || m > 12) return { ok: false, reason: `日期“${shown}”中的月份不存在，请核对` };
  return inRange(isoDate(y, m, 1), 'month', shown, today);
}

/**
 * A calendar date from a Date, an Excel serial or one of the usual Chinese spellings.
 * Year-month inputs (1985.03, 1985年3月) become the 1st with precision 'month', so a
 * comparison with the birth date in the ID number can ignore the day.
 */
export function parseDateCell(v: CellValue | undefined, today: string): DateResult {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { ok: false, reason: '日期无法识别，请按 YYYY-MM-DD 填写' };
    return inRange(dateToIso(v), 'day', dateToIso(v), today);
  }
  if (typeof v === 'number') return numberToDate(v, today);
  const s = cellText(v);
  if (s === '') return { ok: false, reason: '请填写日期' };
  let m = YMD.exec(s) ?? COMPACT_YMD.exec(s);
  if (m) return dayResult(Number(m[1]), Number(m[2]), Number(m[3]), s, today);
  m = CN_DATE.exec(s);
  if (m) return m[3] ? dayResult(Number(m[1]), Number(m[2]), Number(m[3]), s, today) : monthOnly(Number(m[1]), Number(m[2]), s, today);
  m = YM.exec(s) ?? COMPACT_YM.exec(s);
  if (m) return monthOnly(Number(m[1]), Number(m[2]), s, today);
  return { ok: false, reason: `日期“${s}”无法识别，请按 YYYY-MM-DD 填写，如 1985-03-01` };
}

function numberToDate(v: number, today: string): DateResult {
  const shown = String(v);
  if (!Number.isFinite(v)) return { ok: false, reason: '日期无法识别，请按 YYYY-MM-DD 填写' };
  const whole = Math.floor(v);
  // 1985.03 typed into a General cell is stored as the number 1985.03, not as a serial
  // (serials 1900–2100 are dates in 1905, which no field here can hold).
  if (whole >= 1900 && whole <= 2100) {
    const frac = shown.split('.')[1];
    if (frac === undefined) return { ok: false, reason: `“${shown}”只有年份，请填写到月或日，如 ${shown}-03-01` };
    // 1985.10 is stored as 1985.1, which reads as January; the user must say which.
    if (frac === '1') return { ok: false, reason: `“${shown}”无法确定是 1 月还是 10 月，请写成 ${shown}0 或 ${whole}-01 并把单元格设为文本` };
    if (frac.length > 2) return { ok: false, reason: `日期“${shown}”无法识别，请按 YYYY-MM-DD 填写` };
    return monthOnly(whole, Number(frac), shown, today);
  }
  if (v >= 19000101 && v <= 21001231 && Number.isInteger(v)) {
    return dayResult(Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100, shown, today);
  }
  if (v >= 1 && v <= MAX_SERIAL) return serialToDate(v, today);
  return { ok: false, reason: `日期“${shown}”无法识别，请按 YYYY-MM-DD 填写` };
}

// ---- enumerations ----

/**
 * Spellings clerks actually use. Keys are compared after whitespace removal; a target
 * only applies where it is an allowed value, so one table serves every column.
 */
export const DEFAULT_VALUE_ALIASES: Readonly<Record<string, string>> = {
  男性: '男', 女性: '女',
  党员: '中共党员', 共产党员: '中共党员', 正式党员: '中共党员', 中国共产党员: '中共党员',
  预备党员: '中共预备党员', 团员: '共青团员', 共青团: '共青团员', 无党派: '无党派人士',
  本科: '大学本科', 大学: '大学本科', 大专: '大学专科', 专科: '大学专科',
  研究生: '硕士研究生', 硕士: '硕士研究生', 博士: '博士研究生',
  中专: '中等专科', 中等专业学校: '中等专科', 高中: '普通高中', 职高: '职业高中', 技校: '技工学校',
  初级中学: '初中',
  助理社工师: '助理社会工作师', 初级社工师: '助理社会工作师', 初级社会工作师: '助理社会工作师',
  社工师: '社会工作师', 中级社工师: '社会工作师', 中级社会工作师: '社会工作师',
  高级社工师: '高级社会工作师',
  党组织成员: '社区党组织成员', 居委会成员: '居委会专职成员', 居委会专职人员: '居委会专职成员',
  专职工作人员: '社区专职工作人员', 社区专职人员: '社区专职工作人员',
  书记: '党组织书记', 党支部书记: '党组织书记', 党委书记: '党组织书记', 党总支书记: '党组织书记',
  副书记: '党组织副书记', 党支部副书记: '党组织副书记', 党委副书记: '党组织副书记', 党总支副书记: '党组织副书记',
  党委委员: '党组织委员', 支部委员: '党组织委员', 党支部委员: '党组织委员',
  主任: '居委会主任', 副主任: '居委会副主任', 居委委员: '居委会委员',
  站长: '社区服务站站长', 副站长: '社区服务站副站长', 工作人员: '一般工作人员',
  招聘: '统一招聘', 公开招聘: '统一招聘', 社会招聘: '统一招聘', 选举: '选举产生',
  网格员转岗: '网格员转聘', 选派: '选派挂职', 挂职: '选派挂职',
  应届毕业生: '高校毕业生', 大学毕业生: '高校毕业生', 退伍军人: '退役军人', 社工人才: '社会工作专业人才',
  市: '市级', 县: '县级', 区级: '县级', 县区级: '县级',
  在职: '在岗', 试用期: '试用',
  ...Object.fromEntries(POLITICAL_STATUSES.map((p) => [p.fullName, p.label])),
  // 汉 → 汉族, 蒙古 → 蒙古族 …
  ...Object.fromEntries(ETHNIC_GROUPS.filter((e) => e.label.endsWith('族')).map((e) => [e.label.slice(0, -1), e.label])),
};

const WHITESPACE = /\s+/g;
function enumKey(s: string): string {
  return s.replace(WHITESPACE, '').toUpperCase();
}

// Lookup tables are built once per allowed list (and alias table), not once per cell.
const lookupCache = new WeakMap<readonly string[], WeakMap<object, Map<string, string>>>();

function lookupFor(allowed: readonly string[], aliases: Readonly<Record<string, string>>): Map<string, string> {
  let byAliases = lookupCache.get(allowed);
  if (!byAliases) lookupCache.set(allowed, (byAliases = new WeakMap()));
  let table = byAliases.get(aliases);
  if (table) return table;
  table = new Map();
  const allowedSet = new Set(allowed);
  for (const src of [DEFAULT_VALUE_ALIASES, aliases]) {
    for (const [k, target] of Object.entries(src)) if (allowedSet.has(target)) table.set(enumKey(k), target);
  }
  for (const a of allowed) table.set(enumKey(a), a);
  byAliases.set(aliases, table);
  return table;
}

export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

function allowedList(allowed: readonly string[]): string {
  return allowed.length <= 15 ? allowed.join('、') : `${allowed.slice(0, 15).join('、')}等 ${allowed.length} 项（见模板“填写说明”）`;
}

const NO_ALIASES: Readonly<Record<string, string>> = Object.freeze({});

/** Exact value, a known alias, or a reason that names the closest allowed value. */
export function matchEnum(
  value: CellValue | undefined,
  allowed: readonly string[],
  aliases: Readonly<Record<string, string>> = NO_ALIASES,
): ValueResult<string> {
  const text = cellText(value);
  const table = lookupFor(allowed, aliases);
  // Exact values are the common case; only normalise when they miss.
  const hit = table.get(text) ?? table.get(enumKey(text));
  if (hit !== undefined) return { ok: true, value: hit };
  if (text === '') return { ok: false, reason: `请填写，可选值：${allowedList(allowed)}` };
  let best = '';
  let bestDistance = Infinity;
  for (const a of allowed) {
    const d = editDistance(text, a);
    if (d < bestDistance) [best, bestDistance] = [a, d];
  }
  // Only suggest what is plausibly a typo of the input, not any value at all.
  const plausible = bestDistance <= Math.max(1, Math.floor(Math.max(best.length, text.length) / 2));
  const hint = plausible ? `，您是否要填“${best}”？` : '。';
  return { ok: false, reason: `“${text}”不是可选值${hint}可选值：${allowedList(allowed)}` };
}

const BOOLEANS = new Map<string, boolean>([
  ['是', true], ['否', false], ['Y', true], ['N', false], ['YES', true], ['NO', false],
  ['1', true], ['0', false], ['TRUE', true], ['FALSE', false], ['√', true], ['×', false],
]);

export function parseBooleanCell(v: CellValue | undefined): ValueResult<boolean> {
  if (typeof v === 'boolean') return { ok: true, value: v };
  const text = cellText(v);
  const hit = BOOLEANS.get(text.toUpperCase());
  return hit === undefined ? { ok: false, reason: `“${text}”无法识别，请填写“是”或“否”` } : { ok: true, value: hit };
}

const MULTI_SEPARATORS = /[、，,；;/／|\s]+/;

/** 党组织书记、居委会主任 / "书记,主任" / "书记 主任" → distinct parts in order. */
export function splitMulti(v: CellValue | undefined): string[] {
  const text = cellText(v);
  if (text === '') return [];
  return [...new Set(text.split(MULTI_SEPARATORS).filter((p) => p !== ''))];
}
