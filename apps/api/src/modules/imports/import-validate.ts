// Turns one spreadsheet row into a RegisterWorkerInput, or into every reason it cannot be one
// (A1.1 批量导入, A1.2 网格员转聘). The last gate is the form's own schema, so an imported worker
// can never be something the registration form would refuse.
import type { z } from 'zod';
import { registerWorkerInput, checkWorkerCrossFields, type RegisterWorkerInput } from '@cwp/contracts/workers.contract';
import { validatePhone } from '@cwp/domain/phone';
import type { ParsedIdNumber } from '@cwp/domain/id-number';
import type { CellValue, SheetRow } from './import-reader.ts';
import {
  COLUMN_BY_KEY,
  COLUMN_DEFAULTS,
  GRID_FORCED,
  IMPORT_COLUMNS,
  isColumnRequired,
  type ColumnKey,
  type ImportColumn,
  type ImportMode,
} from './import-columns.ts';
import { cellText, matchEnum, parseBooleanCell, parseDateCell, parseIdCell, splitMulti, type DateResult } from './import-values.ts';

export interface RowError {
  /** Header text as written in the file (template header when the column is absent). */
  column: string;
  reason: string;
}

export type CommunityResolution = { ok: true; communityCode: string; streetCode: string } | { ok: false; reason: string };

export interface ValidateRowContext {
  mode: ImportMode;
  /** Today in Beijing, YYYY-MM-DD. */
  today: string;
  /** Code or exact name → community within the importer's scope; should be memoised by the caller. */
  resolveCommunity: (codeOrName: string) => CommunityResolution;
  /** Header texts by cell index (LocatedHeader.headers), so errors name columns as the file does. */
  headers?: readonly string[];
}

export type ValidateRowResult =
  | {
      ok: true;
      input: RegisterWorkerInput;
      /** Normalised 18-character number (legacy 15-digit ones converted). */
      idNumber: string;
      /** Gender and birth date from the ID, so the caller need not parse it again. */
      parsedId: ParsedIdNumber;
    }
  | { ok: false; errors: RowError[] }
  | { ok: 'blank' };

interface Slot {
  index: number;
  key: ColumnKey;
  col: ImportColumn<ColumnKey>;
  header: string;
  required: boolean;
}

interface Plan {
  slots: Slot[];
  present: Set<ColumnKey>;
  headerOf: Map<string, string>;
  /** Errors every row gets because a required column is missing from the file. */
  absentRequired: RowError[];
  /** Values of required columns the file lacks altogether (民族 → 汉族 …). */
  defaults: Record<string, string>;
}

const GRID_FUNDING_REASON = '网格员转聘须填写原经费来源部门（A1.2）';
/** Optional fields that have no null form: a blank cell just leaves them out. */
const OMIT_WHEN_BLANK = new Set<string>(['status', 'gender', 'birthDate', 'positions']);

// The column map is fixed for a whole file, so its plan is built once, not per row.
const planCache = new WeakMap<Map<number, ColumnKey>, Map<ImportMode, Plan>>();

function planFor(columns: Map<number, ColumnKey>, ctx: ValidateRowContext): Plan {
  let byMode = planCache.get(columns);
  if (!byMode) planCache.set(columns, (byMode = new Map()));
  let plan = byMode.get(ctx.mode);
  if (plan) return plan;

  const slots: Slot[] = [];
  const headerOf = new Map<string, string>(IMPORT_COLUMNS.map((c) => [c.key, c.header]));
  for (const [index, key] of columns) {
    const header = ctx.headers?.[index] || COLUMN_BY_KEY.get(key)!.header;
    headerOf.set(key, header);
    // Grid conversion fixes these two whatever an old roster says (A1.2).
    if (ctx.mode === 'gridConversion' && GRID_FORCED[key] !== undefined) continue;
    slots.push({ index, key, col: COLUMN_BY_KEY.get(key)!, header, required: isColumnRequired(key, ctx.mode) });
  }
  headerOf.set('communityCode', headerOf.get('community')!);
  headerOf.set('streetCode', headerOf.get('community')!);
  const present = new Set(columns.values());
  const absentRequired = IMPORT_COLUMNS.filter(
    (c) => !present.has(c.key) && isColumnRequired(c.key, ctx.mode) && COLUMN_DEFAULTS[c.key] === undefined,
  ).map((c) => ({ column: c.header, reason: requiredReason(c.key, c.header, ctx.mode) }));
  const defaults = Object.fromEntries(Object.entries(COLUMN_DEFAULTS).filter(([key]) => !present.has(key as ColumnKey)));
  plan = { slots, present, headerOf, absentRequired, defaults };
  byMode.set(ctx.mode, plan);
  return plan;
}

function requiredReason(key: ColumnKey, header: string, mode: ImportMode): string {
  return mode === 'gridConversion' && key === 'formerFundingDept' ? GRID_FUNDING_REASON : `缺少必填项“${header}”`;
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && cellText(v) === '');
}

// Names padded for alignment ("张  三") are common; spaces between Chinese characters are never part of one.
const CJK_NAME_WITH_SPACES = /^[\u4e00-\u9fff·\s]+$/;
const SPACES = /\s+/g;
const COMMUNITY_CODE = /(?<!\d)\d{12}(?!\d)/;

/**
 * Validates one data row. Blank rows (nothing in any recognised column) are `{ ok: 'blank' }`,
 * not errors. Cross-row checks (duplicates, existing workers) are the caller's; see
 * createDuplicateIdTracker.
 */
export function validateImportRow(row: SheetRow, columns: Map<number, ColumnKey>, ctx: ValidateRowContext): ValidateRowResult {
  const plan = planFor(columns, ctx);
  const cells = row.cells;
  if (plan.slots.every((s) => isBlank(cells[s.index]))) return { ok: 'blank' };

  const errors: RowError[] = [...plan.absentRequired];
  const out: Record<string, unknown> = {};
  let id: ParsedIdNumber | undefined;
  let gender: { header: string; value: string } | undefined;
  let birth: { header: string; date: DateResult & { ok: true } } | undefined;
  const fail = (s: Slot, reason: string) => errors.push({ column: s.header, reason });

  for (const s of plan.slots) {
    const v = cells[s.index];
    if (isBlank(v)) {
      if (s.required) fail(s, requiredReason(s.key, s.header, ctx.mode));
      else if (!OMIT_WHEN_BLANK.has(s.key)) out[s.key] = null;
      continue;
    }
    switch (s.col.kind) {
      case 'id': {
        const r = parseIdCell(v, ctx.today);
        if (r.ok) [id, out.idNumber] = [r.value, r.value.idNumber];
        else fail(s, r.reason);
        break;
      }
      case 'date': {
        const r = parseDateCell(v, ctx.today);
        if (!r.ok) fail(s, r.reason);
        else if (s.key === 'birthDate') birth = { header: s.header, date: r };
        else out[s.key] = r.value;
        break;
      }
      case 'enum': {
        const r = matchEnum(v, s.col.enumValues!);
        if (!r.ok) fail(s, r.reason);
        else if (s.key === 'gender') gender = { header: s.header, value: r.value };
        else out[s.key] = r.value;
        break;
      }
      case 'multiEnum': {
        const values: string[] = [];
        for (const part of splitMulti(v)) {
          const r = matchEnum(part, s.col.enumValues!);
          if (r.ok) values.push(r.value);
          else fail(s, r.reason);
        }
        out[s.key] = [...new Set(values)];
        break;
      }
      case 'phone': {
        const r = validatePhone(cellText(v));
        if (r.ok) out.phone = r.value;
        else fail(s, r.message);
        break;
      }
      case 'community': {
        const text = cellText(v);
        const r = ctx.resolveCommunity(COMMUNITY_CODE.exec(text)?.[0] ?? text);
        if (r.ok) [out.communityCode, out.streetCode] = [r.communityCode, r.streetCode];
        else fail(s, r.reason);
        break;
      }
      case 'boolean': {
        const r = parseBooleanCell(v);
        if (r.ok) out[s.key] = r.value;
        else fail(s, r.reason);
        break;
      }
      case 'text': {
        const text = cellText(v);
        out[s.key] = s.key === 'name' && CJK_NAME_WITH_SPACES.test(text) ? text.replace(SPACES, '') : text;
        break;
      }
    }
  }

  applyDefaults(out, plan, ctx.mode);
  if (id) checkAgainstId(id, gender, birth, errors);

  if (errors.length > 0) {
    // Report the cross-field problems too, so one round of fixing is enough.
    checkWorkerCrossFields(out as Parameters<typeof checkWorkerCrossFields>[0], collectingCtx(errors, plan));
    return { ok: false, errors: dedupe(errors) };
  }
  const parsed = registerWorkerInput.safeParse(out);
  if (parsed.success) return { ok: true, input: parsed.data, idNumber: id!.idNumber, parsedId: id! };
  for (const issue of parsed.error.issues) errors.push({ column: columnOf(issue.path, plan), reason: issue.message });
  return { ok: false, errors: dedupe(errors) };
}

function applyDefaults(out: Record<string, unknown>, plan: Plan, mode: ImportMode): void {
  Object.assign(out, plan.defaults);
  if (!plan.present.has('positions')) out.positions = [];
  if (mode === 'gridConversion') {
    Object.assign(out, GRID_FORCED);
    out.postClass ??= '其他';
  }
}

function checkAgainstId(
  id: ParsedIdNumber,
  gender: { header: string; value: string } | undefined,
  birth: { header: string; date: DateResult & { ok: true } } | undefined,
  errors: RowError[],
): void {
  if (gender && gender.value !== id.gender) {
    errors.push({ column: gender.header, reason: `性别“${gender.value}”与公民身份号码不符，按身份证号码应为“${id.gender}”` });
  }
  if (birth) {
    const { value, precision } = birth.date;
    const same = precision === 'day' ? value === id.birthDate : value.slice(0, 7) === id.birthDate.slice(0, 7);
    if (!same) {
      const shown = precision === 'day' ? value : value.slice(0, 7);
      errors.push({ column: birth.header, reason: `出生日期“${shown}”与公民身份号码中的出生日期“${id.birthDate}”不一致` });
    }
  }
}

function columnOf(path: readonly PropertyKey[], plan: Plan): string {
  const key = String(path[0] ?? '');
  return plan.headerOf.get(key) ?? key;
}

function collectingCtx(errors: RowError[], plan: Plan): z.RefinementCtx {
  const ctx = {
    addIssue(issue: { path?: PropertyKey[]; message?: string } | string) {
      if (typeof issue === 'string') errors.push({ column: '', reason: issue });
      else errors.push({ column: columnOf(issue.path ?? [], plan), reason: issue.message ?? '' });
    },
  };
  return ctx as unknown as z.RefinementCtx;
}

function dedupe(errors: RowError[]): RowError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.column}\u0000${e.reason}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export interface DuplicateIdTracker {
  /** Null the first time an ID is seen; otherwise the error naming the first row that had it. */
  check(idNumber: string, rowNumber: number, column?: string): RowError | null;
  readonly size: number;
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1900, 0, 1);

/**
 * Duplicate IDs inside one file. A valid ID is fixed by address code, birth date and
 * sequence (the check digit follows from them), which pack into one safe integer: a
 * million rows then cost tens of MB of numbers instead of strings.
 */
export function createDuplicateIdTracker(): DuplicateIdTracker {
  const seen = new Map<number | string, number>();
  const keyOf = (id: string): number | string => {
    if (id.length !== 18) return id;
    const days = (Date.UTC(Number(id.slice(6, 10)), Number(id.slice(10, 12)) - 1, Number(id.slice(12, 14))) - EPOCH_1900) / DAY_MS;
    return (Number(id.slice(0, 6)) * 100_000 + days) * 1000 + Number(id.slice(14, 17));
  };
  return {
    check(idNumber, rowNumber, column = '公民身份号码') {
      const key = keyOf(idNumber);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, rowNumber);
        return null;
      }
      return { column, reason: `公民身份号码与第 ${first} 行重复，同一文件中每人只能出现一次` };
    },
    get size() {
      return seen.size;
    },
  };
}
