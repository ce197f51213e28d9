import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { resultRows as rowsOf } from '../stats/stats.queries.ts';

/** How many sealed values (ID numbers and phones of workers) each key id holds. */
export async function countByKey(db: Db): Promise<{ keyId: string; ids: number; phones: number }[]> {
  const rows = rowsOf<{ key_id: string; ids: string | number; phones: string | number }>(
    await db.execute(sql`
      select key_id, sum(ids) as ids, sum(phones) as phones from (
        select id_number_key_id as key_id, count(*) as ids, 0 as phones from workers group by id_number_key_id
        union all
        select phone_key_id, 0, count(*) from workers where phone_key_id is not null group by phone_key_id
      ) k group by key_id order by key_id`),
  );
  return rows.map((r) => ({ keyId: r.key_id, ids: Number(r.ids), phones: Number(r.phones) }));
}

export interface SealedRow {
  id: number;
  idNumberCipher: string;
  idNumberKeyId: string;
  phoneCipher: string | null;
  phoneKeyId: string | null;
}

/** The next rows (by id, after `afterId`) with a value sealed under a key other than `active`. */
export async function rowsNotUnder(db: Db, active: string, afterId: number, limit: number): Promise<SealedRow[]> {
  const rows = rowsOf<{ id: number; id_number_cipher: string; id_number_key_id: string; phone_cipher: string | null; phone_key_id: string | null }>(
    await db.execute(sql`
      select id, id_number_cipher, id_number_key_id, phone_cipher, phone_key_id from workers
      where id > ${afterId} and (id_number_key_id <> ${active} or (phone_key_id is not null and phone_key_id <> ${active}))
      order by id limit ${limit} for update`),
  );
  return rows.map((r) => ({ id: Number(r.id), idNumberCipher: r.id_number_cipher, idNumberKeyId: r.id_number_key_id, phoneCipher: r.phone_cipher, phoneKeyId: r.phone_key_id }));
}

/** One UPDATE for a batch of re-sealed rows (not one statement per row). Only the ciphertext and key id change. */
export async function writeResealed(db: Db, rows: SealedRow[]): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map((r) => sql`(${r.id}::int, ${r.idNumberCipher}, ${r.idNumberKeyId}, ${r.phoneCipher}::text, ${r.phoneKeyId}::text)`),
    sql`, `,
  );
  await db.execute(sql`
    update workers w set id_number_cipher = v.ic, id_number_key_id = v.ik, phone_cipher = v.pc, phone_key_id = v.pk
    from (values ${values}) as v(id, ic, ik, pc, pk) where w.id = v.id`);
}
