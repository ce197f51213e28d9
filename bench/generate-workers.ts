// Stored rows for the benchmark's national workforce: each generated person sealed like a registration
// (buildWorkerRow: SM4 ciphertext + SM3-HMAC blind indexes), in COPY-ready batches.
//
// Same people → identical rows, ciphertexts aside (SM4-CBC uses a random IV).
import { maskIdNumber } from '@cwp/domain/id-number';
import type { CopyValue } from '../apps/api/src/db/database.ts';
import { buildWorkerRow } from '../apps/api/src/modules/workers/worker-row.ts';
import type { PiiCrypto } from '../apps/api/src/security/pii-crypto.ts';
import { generatePeople, type PeopleOptions } from './generate-people.ts';

export interface GenerateOptions extends PeopleOptions {
  crypto: PiiCrypto;
  batchSize?: number;
}

export interface WorkerBatch {
  columns: string[];
  rows: CopyValue[][];
}

const COLUMN_OF: Readonly<Record<string, string>> = {
  id: 'id', name: 'name', idNumberCipher: 'id_number_cipher', idNumberKeyId: 'id_number_key_id', idNumberBidx: 'id_number_bidx',
  idTail4Bidx: 'id_tail4_bidx', idTail6Bidx: 'id_tail6_bidx', idNumberMasked: 'id_number_masked', gender: 'gender', genderCode: 'gender_code',
  birthDate: 'birth_date', ethnicity: 'ethnicity', ethnicityCode: 'ethnicity_code', phoneCipher: 'phone_cipher', phoneKeyId: 'phone_key_id',
  phoneBidx: 'phone_bidx', phoneMasked: 'phone_masked', politicalStatus: 'political_status', politicalStatusCode: 'political_status_code',
  partyJoinDate: 'party_join_date', education: 'education', educationCode: 'education_code', fullTimeSchool: 'full_time_school',
  fullTimeMajor: 'full_time_major', inServiceEducation: 'in_service_education', inServiceEducationCode: 'in_service_education_code',
  inServiceSchool: 'in_service_school', inServiceMajor: 'in_service_major', swQualification: 'sw_qualification', swCertNo: 'sw_cert_no',
  swCertDate: 'sw_cert_date', category: 'category', postClass: 'post_class', positions: 'positions', streetCode: 'street_code',
  communityCode: 'community_code', recruitLevel: 'recruit_level', sourceChannel: 'source_channel', formerFundingDept: 'former_funding_dept',
  workStartDate: 'work_start_date', communityStartDate: 'community_start_date', contractStart: 'contract_start', contractEnd: 'contract_end',
  probationEnd: 'probation_end', nativePlace: 'native_place', livesInCommunity: 'lives_in_community', status: 'status',
  exitType: 'exit_type', exitDate: 'exit_date', exitReason: 'exit_reason',
};

/**
 * Yields COPY batches of `batchSize` rows (default 50,000). It is an async generator that gives the event
 * loop a turn every few hundred rows, so a COPY started with the previous batch keeps streaming meanwhile.
 */
export async function* generateWorkerBatches(opts: GenerateOptions): AsyncGenerator<WorkerBatch> {
  const { crypto } = opts;
  const batchSize = opts.batchSize ?? 50_000;
  const tail4 = new Map<string, string>();
  const tail6 = new Map<string, string>();
  const cachedBidx = (cache: Map<string, string>, kind: 'id4' | 'id6', v: string) => {
    let h = cache.get(v);
    if (h === undefined) cache.set(v, (h = crypto.blindIndex(kind, v)));
    return h;
  };
  let keys: string[] | null = null;
  let columns: string[] = [];
  let rows: CopyValue[][] = [];
  for (const person of generatePeople(opts)) {
    const { idNumber } = person;
    const e = crypto.encrypt(idNumber);
    const sealedId = {
      idNumberCipher: e.cipher,
      idNumberKeyId: e.keyId,
      idNumberBidx: crypto.blindIndex('id', idNumber),
      idTail4Bidx: cachedBidx(tail4, 'id4', idNumber.slice(-4)),
      idTail6Bidx: cachedBidx(tail6, 'id6', idNumber.slice(-6)),
      idNumberMasked: maskIdNumber(idNumber),
    };
    const worker = buildWorkerRow(crypto, person.fields, { idNumber, gender: person.gender, birthDate: person.birthDate, phone: person.phone, status: person.status, sealedId }) as Record<string, unknown>;
    if (!keys) {
      keys = Object.keys(worker);
      columns = ['id', ...keys, 'exitType', 'exitDate', 'exitReason'].map((key) => {
        const col = COLUMN_OF[key];
        if (!col) throw new Error(`generate-workers: no column for field ${key}`);
        return col;
      });
    }
    const values: CopyValue[] = new Array(keys.length + 4);
    values[0] = person.id;
    for (let i = 0; i < keys.length; i++) {
      const v = worker[keys[i]!];
      values[i + 1] = v === undefined ? null : (v as CopyValue);
    }
    values[keys.length + 1] = person.exit?.type ?? null;
    values[keys.length + 2] = person.exit?.date ?? null;
    values[keys.length + 3] = person.exit?.reason ?? null;
    rows.push(values);
    if (rows.length >= batchSize) {
      yield { columns, rows };
      rows = [];
    } else if ((rows.length & 511) === 0) {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  if (rows.length > 0) yield { columns, rows };
}
