import { checkWorkerCrossFields } from '@cwp/contracts/workers.contract';
import { msg } from '@cwp/contracts/messages';
import { codeOf, EDUCATION_LEVELS, ETHNIC_GROUPS, GENDERS, POLITICAL_STATUSES } from '@cwp/domain/code-tables';
import { parseIdNumber } from '@cwp/domain/id-number';
import { validatePhone } from '@cwp/domain/phone';
import { AppError, type FieldIssue } from '../../errors.ts';

/** National code of a label, stored and exported beside it (GB/T 2261.1, 3304, 4762, 4658). */
export const genderCode = (label: string) => codeOf(GENDERS, label) ?? '9';
export const ethnicityCode = (label: string) => codeOf(ETHNIC_GROUPS, label) ?? '97';
export const politicalStatusCode = (label: string) => codeOf(POLITICAL_STATUSES, label) ?? '13';
export const educationCode = (label: string) => codeOf(EDUCATION_LEVELS, label) ?? '90';

const INVALID = msg('提交的数据有误，请按提示修改后重试', 'Some fields are invalid; correct them and try again');

export function invalid(fields: FieldIssue[]): AppError {
  return new AppError('VALIDATION_FAILED', fields.length === 1 ? fields[0]!.message : INVALID, fields);
}

/** Parses an already schema-checked ID number; the schema has shown the user the same message. */
export function parseIdOrThrow(raw: string) {
  const r = parseIdNumber(raw);
  if (!r.ok) throw invalid([{ path: 'idNumber', message: msg(r.message, r.messageEn) }]);
  return r.value;
}

export function normalizePhoneOrThrow(raw: string | null | undefined): string | null {
  if (raw == null || raw.trim() === '') return null;
  const r = validatePhone(raw);
  if (!r.ok) throw invalid([{ path: 'phone', message: msg(r.message, r.messageEn) }]);
  return r.value;
}

/** Re-runs the cross-field rules on the merged record, since an edit may send one side of a pair only. */
export function assertCrossFields(values: Parameters<typeof checkWorkerCrossFields>[0]): void {
  const issues: FieldIssue[] = [];
  checkWorkerCrossFields(values, {
    addIssue: (i: { path?: PropertyKey[]; message?: string }) => issues.push({ path: String(i.path?.[0] ?? ''), message: i.message ?? INVALID }),
  } as never);
  if (issues.length) throw invalid(issues);
}

export const DUPLICATE_ID = msg(
  '该公民身份号码已在系统中登记，同一人不能重复登记；如该人员从其他地区调入，请联系其原所在街道办理调动',
  'This ID number is already registered; the same person cannot be registered twice. For a move from elsewhere, ask the current street to transfer them',
);

export function duplicateIdError(): AppError {
  return new AppError('DUPLICATE_ID_NUMBER', DUPLICATE_ID, [{ path: 'idNumber', message: DUPLICATE_ID }]);
}

