// What a key's field set lets through: a worker record and the field changes of an archive row. Anything
// not granted is left out (never nulled), and strings pass the personal-number redaction once more, so a
// full 公民身份号码 or mobile number cannot leave through free text either.
import type { OpenChange, OpenField, OpenWorker } from '@cwp/contracts/open-data.contract';
import { redactPersonalNumbers } from '../../security/log-redaction.ts';
import type { OpenWorkerRow } from './open-data.queries.ts';

/** Worker properties each catalogue field releases. */
const RELEASES: Record<OpenField, (keyof OpenWorker)[]> = {
  name: ['name'],
  gender: ['gender'],
  birthYear: ['birthYear'],
  ethnicity: ['ethnicity'],
  community: ['communityName', 'streetCode', 'streetName'],
  category: ['category'],
  positions: ['positions'],
  postClass: ['postClass'],
  grade: ['grade'],
  education: ['education'],
  inServiceEducation: ['inServiceEducation'],
  politicalStatus: ['politicalStatus'],
  swQualification: ['swQualification'],
  sourceChannel: ['sourceChannel'],
  status: ['status'],
  exit: ['exitType', 'exitDate'],
  workStartDate: ['workStartDate'],
  communityStartDate: ['communityStartDate'],
  contract: ['contractStart', 'contractEnd'],
  idNumberMasked: ['idNumberMasked'],
  phoneMasked: ['phoneMasked'],
};

/**
 * Archive change fields (as written by the workers module, imports and advancement) → the catalogue field
 * that releases them. communityCode/streetCode always pass: where a worker belongs is the scope itself.
 * Fields missing here (exit reason, certificate numbers, schools…) are never released.
 */
const CHANGE_FIELD: Record<string, OpenField | 'always'> = {
  communityCode: 'always',
  streetCode: 'always',
  name: 'name',
  gender: 'gender',
  birthDate: 'birthYear',
  ethnicity: 'ethnicity',
  category: 'category',
  positions: 'positions',
  postClass: 'postClass',
  grade: 'grade',
  education: 'education',
  inServiceEducation: 'inServiceEducation',
  politicalStatus: 'politicalStatus',
  swQualification: 'swQualification',
  sourceChannel: 'sourceChannel',
  status: 'status',
  exitType: 'exit',
  exitDate: 'exit',
  workStartDate: 'workStartDate',
  communityStartDate: 'communityStartDate',
  contractStart: 'contract',
  contractEnd: 'contract',
  idNumber: 'idNumberMasked',
  phone: 'phoneMasked',
};

/** Change field names as the feed shows them (the masked twins say what they are). */
const SHOWN_AS: Record<string, string> = { idNumber: 'idNumberMasked', phone: 'phoneMasked', birthDate: 'birthYear' };

function scrub(v: unknown): unknown {
  if (typeof v === 'string') return redactPersonalNumbers(v);
  if (Array.isArray(v)) return v.map(scrub);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrub(x)]));
  return v;
}

export function presentOpenWorker(row: OpenWorkerRow, fields: readonly OpenField[]): OpenWorker {
  const full: Required<OpenWorker> = {
    ...row,
    birthYear: Number(row.birthDate.slice(0, 4)),
    idNumberMasked: row.idNumberMasked,
    phoneMasked: row.phoneMasked,
  } as Required<OpenWorker>;
  const out: Record<string, unknown> = { id: row.id, communityCode: row.communityCode };
  for (const f of fields) for (const p of RELEASES[f]) out[p] = scrub(full[p]);
  return out as OpenWorker;
}

const birthYearOf = (v: unknown) => (typeof v === 'string' && /^\d{4}-/.test(v) ? Number(v.slice(0, 4)) : null);

/** The field changes of one archive row that the key may see. */
export function presentOpenChanges(raw: unknown, fields: readonly OpenField[]): OpenChange['changes'] {
  if (!Array.isArray(raw)) return [];
  const granted = new Set<string>(fields);
  const out: OpenChange['changes'] = [];
  for (const c of raw as { field?: unknown; before?: unknown; after?: unknown }[]) {
    const field = typeof c?.field === 'string' ? c.field : '';
    const gate = CHANGE_FIELD[field];
    if (!gate || (gate !== 'always' && !granted.has(gate))) continue;
    let { before, after } = c;
    if (field === 'birthDate') [before, after] = [birthYearOf(before), birthYearOf(after)];
    out.push({ field: SHOWN_AS[field] ?? field, before: scrub(before ?? null), after: scrub(after ?? null) });
  }
  return out;
}
