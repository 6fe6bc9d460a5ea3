import type pg from 'pg';

/**
 * Two database roles. The owner (DATABASE_URL, or the embedded database's bootstrap role) runs the migrations and
 * owns every table. The application connects as another role that is no superuser, owns nothing, and may only read
 * and write rows — and may not change or remove a row of an append-only table (the audit log) at all, so that neither
 * a bug nor someone holding its password can rewrite history, with `session_replication_role` or without.
 *
 * After every migration run the owner grants, per schema it owns (except drizzle's own): USAGE on the
 * schema, SELECT/INSERT/UPDATE/DELETE on every table, USAGE/SELECT on every sequence, and the same by default for
 * what it creates later; then takes UPDATE, DELETE and TRUNCATE on the append-only tables back. A table or schema
 * a later migration adds needs nothing more. See docs/architecture.md.
 */

/** Tables whose rows the application may add and read, never change or remove. */
export const APPEND_ONLY_TABLES = ['audit_log'] as const;
/** Schemas the application role gets nothing in (the migrations' bookkeeping). */
const PRIVATE_SCHEMAS = ['drizzle'];

export type AppRole = {
  /** The role's name, or the owner's when there is no separate role. */
  name: string;
  /** Whether the application connects as a role of its own (false: as the owner, with a warning). */
  separate: boolean;
  url: string;
};

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

type Query = Pick<pg.ClientBase, 'query'>;

/** The owner's powers: whether it may create roles, is a superuser, and the server's major version. */
async function ownerFacts(db: Query) {
  const r = await db.query<{ name: string; db: string; sup: boolean; createrole: boolean; version: number }>(
    `select current_user as name, current_database() as db, rolsuper as sup, rolcreaterole as createrole,
            current_setting('server_version_num')::int / 10000 as version
       from pg_roles where rolname = current_user`,
  );
  return r.rows[0]!;
}

/**
 * Makes sure the application role exists and holds exactly its privileges. `given` is DATABASE_APP_URL when the
 * operator made the role; otherwise the role `<database>_app` is created (or its password reset) when the owner
 * may create roles, with the password derived from the data key (`password(name)`). When neither is possible the
 * application connects as the owner, and `warn` says so.
 */
export async function prepareAppRole(
  owner: Query,
  ownerUrl: string,
  opts: { given?: string; password: (role: string) => string; warn: (m: string) => void },
): Promise<AppRole> {
  const facts = await ownerFacts(owner);
  let role: AppRole;
  if (opts.given) {
    role = { name: decodeURIComponent(new URL(opts.given).username), separate: true, url: opts.given };
  } else if (facts.sup || facts.createrole) {
    const name = `${facts.db}_app`;
    const password = opts.password(name);
    const exists = await owner.query('select 1 from pg_roles where rolname = $1', [name]);
    const attrs = `login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${literal(password)}`;
    await owner.query(`${exists.rowCount ? 'alter' : 'create'} role ${ident(name)} with ${attrs}`);
    const url = new URL(ownerUrl);
    url.username = encodeURIComponent(name);
    url.password = encodeURIComponent(password);
    role = { name, separate: true, url: url.toString() };
  } else {
    opts.warn(
      `[db] the application connects as the owner role '${facts.name}', which may also change the audit table: set DATABASE_APP_URL to a role made as the README says (应用以属主角色连接数据库，请按 README 配置 DATABASE_APP_URL)`,
    );
    return { name: facts.name, separate: false, url: ownerUrl };
  }
  await refuseSuperuser(owner, role.name);
  await grantAppRole(owner, role.name, facts);
  return role;
}

async function refuseSuperuser(owner: Query, name: string): Promise<void> {
  const r = await owner.query<{ sup: boolean }>('select rolsuper as sup from pg_roles where rolname = $1', [name]);
  if (!r.rows.length) throw new Error(`DATABASE_APP_URL names the role '${name}', which does not exist`);
  if (r.rows[0]!.sup)
    throw new Error(`DATABASE_APP_URL names '${name}', a superuser: the application role must not be one`);
}

/** Grants the application role its privileges on everything the owner has now, and by default on what it adds. */
export async function grantAppRole(owner: Query, role: string, facts?: { sup: boolean; version: number }) {
  const f = facts ?? (await ownerFacts(owner));
  const r = ident(role);
  const schemas = await owner.query<{ name: string }>(
    `select nspname as name from pg_namespace
      where nspname not like 'pg\\_%' and nspname <> 'information_schema' and nspname <> all($1)
        and pg_has_role(nspowner, 'USAGE') order by 1`,
    [PRIVATE_SCHEMAS],
  );
  for (const { name } of schemas.rows) {
    const s = ident(name);
    await owner.query(`grant usage on schema ${s} to ${r}`);
    await owner.query(`grant select, insert, update, delete on all tables in schema ${s} to ${r}`);
    await owner.query(`grant usage, select on all sequences in schema ${s} to ${r}`);
    await owner.query(`alter default privileges in schema ${s} grant select, insert, update, delete on tables to ${r}`);
    await owner.query(`alter default privileges in schema ${s} grant usage, select on sequences to ${r}`);
  }
  for (const table of APPEND_ONLY_TABLES)
    await owner.query(`revoke update, delete, truncate, references, trigger on ${ident(table)} from ${r}`);
  // the import's batched foreign-key checks set this parameter (db/bulk-refs.ts); only a superuser may grant it
  if (f.sup && f.version >= 15) await owner.query(`grant set on parameter session_replication_role to ${r}`);
}
