import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness';
import { IMPORT_FOREIGN_KEYS, IMPORT_TABLES } from '../modules/ledger/excel/ledger-excel.batch';
import type { DbOrTx } from './client';
import { bulkChecks, lockReferences, ReferenceMissing, withBatchedReferences } from './bulk-refs';
import { rollupDrift } from './rollups';

let env: TestEnv;
let tenant: string;
let unit: string;
let user: string;

beforeAll(async () => {
  env = await createTestEnv();
  const q = async (text: string) => (await env.database.pool.query<{ id: string }>(text)).rows[0]!.id;
  tenant = await q('select id from tenants limit 1');
  unit = await q(`select id from units where side = 'east' order by sort limit 1`);
  user = await q('select id from users limit 1');
});
afterAll(() => env.close());
const OWNER = { asOwner: true };

/** Runs fn in a transaction that is always rolled back; as the owner when it changes the schema. */
async function rolledBack(fn: (tx: DbOrTx) => Promise<void>, { asOwner = false } = {}) {
  const undo = new Error('undo');
  await expect(
    (asOwner ? env.owner.db : env.ctx.db).transaction(async (tx) => {
      await fn(tx);
      throw undo;
    }),
  ).rejects.toBe(undo);
}

describe('foreign keys checked per batch', () => {
  it('are taken for the ledger import: every foreign key on its tables is declared, and the test role may skip the per-row checks', async () => {
    expect(await bulkChecks(env.ctx.db, IMPORT_TABLES, IMPORT_FOREIGN_KEYS)).toEqual({ batched: true });
  });

  it('are not taken when the tables gain a foreign key nobody declared or a trigger the skipping would silence, or for a role without the privilege', async () => {
    await rolledBack(async (tx) => {
      await tx.execute(
        sql`alter table persons add constraint persons_county_fk foreign key (county_code) references regions (code) not valid`,
      );
      expect(await bulkChecks(tx, IMPORT_TABLES, IMPORT_FOREIGN_KEYS)).toEqual({
        batched: false,
        reason: 'undeclared',
        undeclared: ['persons.county_code>regions.code'],
      });
    }, OWNER);
    await rolledBack(async (tx) => {
      await tx.execute(sql`create function xz_note() returns trigger language plpgsql as $$ begin return new; end $$`);
      await tx.execute(
        sql`create trigger xz_note before insert on record_people for each row execute function xz_note()`,
      );
      expect(await bulkChecks(tx, IMPORT_TABLES, IMPORT_FOREIGN_KEYS)).toEqual({
        batched: false,
        reason: 'triggers',
        triggers: ['record_people.xz_note'],
      });
      await tx.execute(sql`alter table record_people enable always trigger xz_note`);
      expect(await bulkChecks(tx, IMPORT_TABLES, IMPORT_FOREIGN_KEYS)).toEqual({ batched: true });
    }, OWNER);
    await rolledBack(async (tx) => {
      await tx.execute(sql`create role xz_plain_reader nologin`);
      await tx.execute(sql`set local role xz_plain_reader`);
      expect(await bulkChecks(tx, IMPORT_TABLES, IMPORT_FOREIGN_KEYS)).toEqual({ batched: false, reason: 'privilege' });
    }, OWNER);
  });

  it('refuse a batch naming a row that is not there, with the table and the value', async () => {
    const ghost = '00000000-0000-4000-8000-00000000dead';
    await rolledBack(async (tx) => {
      await lockReferences(tx, [
        { table: 'units', column: 'id', type: 'uuid', values: [unit, null, unit] },
        { table: 'regions', column: 'code', type: 'text', values: ['621022', undefined] },
      ]);
      const err = await lockReferences(tx, [
        { table: 'tenants', column: 'id', type: 'uuid', values: [tenant] },
        { table: 'units', column: 'id', type: 'uuid', values: [unit, ghost] },
      ]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ReferenceMissing);
      expect(err).toMatchObject({ table: 'units', column: 'id', missing: [ghost] });
    });
  });

  it('hold the referenced rows as the per-row checks would: nobody can delete or re-key them until the batch ends', async () => {
    const other = await env.database.pool.connect();
    try {
      await rolledBack(async (tx) => {
        await lockReferences(tx, [{ table: 'units', column: 'id', type: 'uuid', values: [unit] }]);
        // FOR UPDATE is what a delete or a key change takes; it conflicts with the batch's KEY SHARE
        await expect(other.query('select id from units where id = $1 for update nowait', [unit])).rejects.toMatchObject(
          { code: '55P03' },
        );
        // a share lock (what another batch takes) does not wait
        await other.query('begin');
        await other.query('select id from units where id = $1 for key share nowait', [unit]);
        await other.query('rollback');
      });
      await other.query('select id from units where id = $1 for update nowait', [unit]);
    } finally {
      other.release();
    }
  });

  it('still apply unique keys and keep the roll-ups in step: the roll-up triggers fire with the per-row checks skipped', async () => {
    const insert = (tx: DbOrTx, n: number) =>
      tx.execute(sql`insert into records (tenant_id, type_code, year, occurred_on, east_unit_id, county_code, status, attrs, persons, created_by, import_row, import_id)
        values (${tenant}, 'employment', 2019, '2019-05-06', ${unit}, '621022', 'submitted', '{"destination":"tianjin"}', 1, ${user}, ${n}, null) returning id`);
    const mode = await bulkChecks(env.ctx.db, IMPORT_TABLES, IMPORT_FOREIGN_KEYS);
    const refs = () => [{ table: 'units', column: 'id', type: 'uuid' as const, values: [unit] }];
    await env.ctx.db.transaction(async (tx) => {
      await withBatchedReferences(tx, mode, refs, async () => {
        expect(
          (await tx.execute<{ r: string }>(sql`select current_setting('session_replication_role') as r`)).rows[0]!.r,
        ).toBe('replica');
        await insert(tx, 1);
      });
      // back to the usual checks for the rest of the transaction
      expect(
        (await tx.execute<{ r: string }>(sql`select current_setting('session_replication_role') as r`)).rows[0]!.r,
      ).toBe('origin');
    });
    expect(await rollupDrift(env.database.pool)).toEqual({
      record_rollup: 0,
      county_rollup: 0,
      county_day_rollup: 0,
      person_rollup: 0,
      person_single_day: 0,
    });
    await rolledBack(async (tx) => {
      await withBatchedReferences(tx, mode, refs, async () => {
        const person = sql`insert into persons (tenant_id, id_index, id_enc, id_masked, name) values (${tenant}, 'same-index', 'x', 'x', '甲')`;
        await tx.execute(person);
        await expect(tx.execute(sql`savepoint s`).then(() => tx.execute(person))).rejects.toMatchObject({
          cause: { code: '23505' },
        });
        await tx.execute(sql`rollback to savepoint s`);
      });
    });
    const counted = await env.database.pool.query<{ n: number }>(
      `select sum(n)::int as n from county_rollup where tenant_id = $1 and type_code = 'employment' and period = '2019-05-01' and county_code = '621022' and status = 'submitted'`,
      [tenant],
    );
    expect(counted.rows[0]!.n).toBeGreaterThanOrEqual(1);
    await env.database.pool.query(
      `delete from records where import_row = 1 and import_id is null and occurred_on = '2019-05-06' and created_by = $1`,
      [user],
    );
    expect(await rollupDrift(env.database.pool)).toEqual({
      record_rollup: 0,
      county_rollup: 0,
      county_day_rollup: 0,
      person_rollup: 0,
      person_single_day: 0,
    });
  });
});
