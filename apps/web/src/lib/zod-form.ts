import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { ApiError } from './api-client.ts';

type NamePath = (string | number)[];
export interface FieldErrorEntry {
  name: NamePath;
  errors: string[];
}

function toNamePath(path: readonly PropertyKey[]): NamePath {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

// zod's generic text depends on the configured locale: "received undefined" or "实际接收 undefined / 空值(null)".
const MISSING_RE = /received (undefined|null)|实际接收 (undefined|空值)/;

function isMissingValue(issue: z.ZodError['issues'][number]): boolean {
  return issue.code === 'invalid_type' && MISSING_RE.test(issue.message);
}

/**
 * Groups zod issues by field. Array-item issues (positions.2) are reported on the array field,
 * because the form shows one control for the whole list. `rename` maps a contract path the form shows
 * under another control ("borrowingOrg.name" → "orgName", "startDate" → "dates") to that control.
 */
export function zodIssuesToFields(
  error: z.ZodError,
  translate: (m: string) => string,
  knownFields?: readonly string[],
  requiredText?: string,
  rename?: Readonly<Record<string, string>>,
): { fields: FieldErrorEntry[]; general: string[] } {
  const byName = new Map<string, FieldErrorEntry>();
  const general: string[] = [];
  for (const issue of error.issues) {
    // A missing value fails zod's type check with its generic English text before any of the
    // contract's Chinese messages can apply; show a plain "required" instead.
    const message = isMissingValue(issue) && requiredText ? requiredText : issue.message;
    const first = rename?.[issue.path.join('.')] ?? issue.path[0];
    if (first === undefined || (knownFields && !knownFields.includes(String(first)))) {
      general.push(translate(message));
      continue;
    }
    const name = toNamePath([first]);
    const key = JSON.stringify(name);
    const entry = byName.get(key) ?? { name, errors: [] };
    const text = translate(message);
    if (!entry.errors.includes(text)) entry.errors.push(text);
    byName.set(key, entry);
  }
  return { fields: [...byName.values()], general };
}

/** Server `fields` (path like "communityCode" or "positions.1") onto form fields. */
export function apiFieldsToFields(err: ApiError, translate: (m: string) => string, knownFields?: readonly string[]): { fields: FieldErrorEntry[]; general: string[] } {
  const byName = new Map<string, FieldErrorEntry>();
  const general: string[] = [];
  for (const f of err.fields) {
    const first = f.path.split('.')[0] ?? '';
    if (!first || (knownFields && !knownFields.includes(first))) {
      general.push(translate(f.message));
      continue;
    }
    const entry = byName.get(first) ?? { name: [first], errors: [] };
    entry.errors.push(translate(f.message));
    byName.set(first, entry);
  }
  return { fields: [...byName.values()], general };
}

/**
 * A failed submit onto the form: the server's field messages under their fields; returns what belongs above
 * the form (messages for fields the form does not show, or the error itself when it names no field).
 */
export function showSubmitError(
  form: FormInstance,
  err: unknown,
  translate: (m: string) => string,
  errorText: (err: unknown) => string,
  knownFields?: readonly string[],
): string[] {
  if (!(err instanceof ApiError) || !err.fields.length) return [errorText(err)];
  const m = apiFieldsToFields(err, translate, knownFields);
  form.setFields(m.fields);
  return m.general;
}

/**
 * Validates with the shared contract schema and puts the issues under the fields.
 * Returns the parsed value, or null after showing the errors.
 */
export function validateInto<S extends z.ZodType>(
  form: FormInstance,
  schema: S,
  input: unknown,
  translate: (m: string) => string,
  knownFields?: readonly string[],
  requiredText?: string,
  rename?: Readonly<Record<string, string>>,
): { ok: true; data: z.output<S> } | { ok: false; general: string[] } {
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, data: r.data };
  const { fields, general } = zodIssuesToFields(r.error, translate, knownFields, requiredText, rename);
  form.setFields(fields);
  if (fields[0]) form.scrollToField(fields[0].name);
  return { ok: false, general };
}

/** Clears the errors of fields the user just changed (fields without antd rules keep them otherwise). */
export function clearChangedErrors(form: FormInstance, changed: Record<string, unknown>): void {
  const names = Object.keys(changed);
  if (names.length) form.setFields(names.map((n) => ({ name: n, errors: [] })));
}

/**
 * Like validateInto for forms with nested or list fields (steps[0].below): each issue goes on its full
 * path. Issues with no path, or on a path the form does not show, are returned as general messages.
 */
export function validateAtPaths<S extends z.ZodType>(
  form: FormInstance,
  schema: S,
  input: unknown,
  translate: (m: string) => string,
  requiredText?: string,
): { ok: true; data: z.output<S> } | { ok: false; general: string[] } {
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, data: r.data };
  const byName = new Map<string, FieldErrorEntry>();
  const general: string[] = [];
  for (const issue of r.error.issues) {
    const text = translate(isMissingValue(issue) && requiredText ? requiredText : issue.message);
    if (issue.path.length === 0) {
      general.push(text);
      continue;
    }
    const name = toNamePath(issue.path);
    const key = JSON.stringify(name);
    const entry = byName.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(text)) entry.errors.push(text);
    byName.set(key, entry);
  }
  const fields = [...byName.values()];
  form.setFields(fields);
  if (fields[0]) form.scrollToField(fields[0].name);
  return { ok: false, general };
}
