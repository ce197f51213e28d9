import type { RawConnection } from './backup-connection.ts';

/**
 * Catalog reads for backup and restore. Tables are found in the catalog, not in the drizzle schema, so a
 * table added by any later migration (or by hand-written SQL) is backed up without touching this module.
 * The drizzle schema holds only the migrations journal, which a restore rebuilds by running the migrations.
 */
const USER_SCHEMAS = `n.nspname not in ('pg_catalog', 'information_schema', 'drizzle') and n.nspname not like 'pg\\_%'`;

export interface CatalogTable {
  /** Qualified and quoted as needed, usable in SQL as is (format('%I.%I')). */
  name: string;
  columns: string[];
}

/** Every ordinary table with its stored columns (generated columns are recomputed, COPY cannot load them). */
export async function listTables(conn: RawConnection): Promise<CatalogTable[]> {
  const rows = await conn.query<{ name: string; columns: string[] | string }>(
    `select format('%I.%I', n.nspname, c.relname) as name,
            json_agg(a.attname::text order by a.attnum) as columns
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      where c.relkind = 'r' and ${USER_SCHEMAS}
      group by n.nspname, c.relname
      order by 1`,
  );
  return rows.map((r) => ({ name: r.name, columns: typeof r.columns === 'string' ? JSON.parse(r.columns) : r.columns }));
}

/** Foreign keys between different tables as child → parent (a self-reference is checked per statement, so it needs no order). */
export async function listForeignKeys(conn: RawConnection): Promise<{ child: string; parent: string }[]> {
  return conn.query(
    `select format('%I.%I', cn.nspname, cc.relname) as child, format('%I.%I', pn.nspname, pc.relname) as parent
       from pg_constraint k
       join pg_class cc on cc.oid = k.conrelid join pg_namespace cn on cn.oid = cc.relnamespace
       join pg_class pc on pc.oid = k.confrelid join pg_namespace pn on pn.oid = pc.relnamespace
      where k.contype = 'f' and k.conrelid <> k.confrelid`,
  );
}

/** Tables in an order where every parent comes before its children; a cycle is an error (no such schema here). */
export function loadOrder(tables: readonly CatalogTable[], fks: readonly { child: string; parent: string }[]): CatalogTable[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const parents = new Map<string, Set<string>>(tables.map((t) => [t.name, new Set()]));
  for (const fk of fks) if (byName.has(fk.child) && byName.has(fk.parent)) parents.get(fk.child)!.add(fk.parent);
  const ordered: CatalogTable[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t.name) && [...parents.get(t.name)!].every((p) => placed.has(p)));
    if (ready.length === 0) {
      const left = tables.filter((t) => !placed.has(t.name)).map((t) => t.name);
      throw new Error(`foreign keys form a cycle among: ${left.join(', ')}`);
    }
    for (const t of ready) {
      placed.add(t.name);
      ordered.push(t);
    }
  }
  return ordered;
}

/** Sequences with the serial/identity column that owns them, and their state now. */
export async function readSequences(conn: RawConnection) {
  const seqs = await conn.query<{ name: string; tbl: string | null; col: string | null }>(
    `select format('%I.%I', n.nspname, s.relname) as name,
            case when t.oid is null then null else format('%I.%I', tn.nspname, t.relname) end as tbl,
            a.attname::text as col
       from pg_class s
       join pg_namespace n on n.oid = s.relnamespace
       left join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = s.oid
                            and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
       left join pg_class t on t.oid = d.refobjid
       left join pg_namespace tn on tn.oid = t.relnamespace
       left join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
      where s.relkind = 'S' and ${USER_SCHEMAS}
      order by 1`,
  );
  const out = [];
  for (const s of seqs) {
    const [state] = await conn.query<{ last_value: string; is_called: boolean }>(`select last_value::text as last_value, is_called from ${s.name}`);
    out.push({ name: s.name, table: s.tbl, column: s.col, lastValue: state!.last_value, isCalled: state!.is_called });
  }
  return out;
}

/** Relations of any kind outside the system schemas (the drizzle journal included): 0 means an empty database. */
export async function countRelations(conn: RawConnection): Promise<number> {
  const [row] = await conn.query<{ n: number }>(
    `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p', 'S', 'v', 'm', 'f') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'`,
  );
  return row!.n;
}

/** The applied migrations, oldest first (empty when the journal table is absent). */
export async function readMigrations(conn: RawConnection): Promise<{ hash: string; createdAt: number }[]> {
  const [exists] = await conn.query<{ t: string | null }>(`select to_regclass('drizzle.__drizzle_migrations')::text as t`);
  if (!exists?.t) return [];
  const rows = await conn.query<{ hash: string; created_at: string }>(`select hash, created_at::text as created_at from drizzle.__drizzle_migrations order by created_at, id`);
  return rows.map((r) => ({ hash: r.hash, createdAt: Number(r.created_at) }));
}

/** Tables with user triggers: a restore loads rows as they were, so these are switched off during the load. */
export async function tablesWithTriggers(conn: RawConnection): Promise<Set<string>> {
  const rows = await conn.query<{ name: string }>(
    `select distinct format('%I.%I', n.nspname, c.relname) as name
       from pg_trigger g join pg_class c on c.oid = g.tgrelid join pg_namespace n on n.oid = c.relnamespace
      where not g.tgisinternal`,
  );
  return new Set(rows.map((r) => r.name));
}

export async function countRows(conn: RawConnection, table: string): Promise<number> {
  const [row] = await conn.query<{ n: string }>(`select count(*)::text as n from ${table}`);
  return Number(row!.n);
}

export async function maxOf(conn: RawConnection, table: string, column: string): Promise<string | null> {
  const [row] = await conn.query<{ m: string | null }>(`select max("${column.replace(/"/g, '""')}")::text as m from ${table}`);
  return row?.m ?? null;
}
