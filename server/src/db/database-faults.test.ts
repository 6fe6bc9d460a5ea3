import { sql } from 'drizzle-orm';
import { makeIdNumber } from '@xiezuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, signedIn, type TestEnv } from '../../test/harness';
import { openDatabase } from './client';
import { isDatabaseUnavailable } from './db-errors';

let env: TestEnv;
let unitId: string;
beforeAll(async () => {
  env = await createTestEnv({ DB_CONNECT_TIMEOUT_SECONDS: '1', DB_STATEMENT_TIMEOUT_SECONDS: '2' }, { proxy: true });
  unitId = (await env.ctx.db.execute<{ id: string }>(sql`select id from units where code = 'zuzhibu'`)).rows[0]!.id;
});
afterAll(() => env.close());

async function until(cond: () => Promise<boolean>, ms: number, what: string) {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const health = async () => (await env.app.inject({ method: 'GET', url: '/api/health' })).statusCode;

async function training(reporter: Awaited<ReturnType<typeof signedIn>>, i: number) {
  return reporter.post('/api/records', {
    type: 'training',
    occurredOn: '2019-06-12',
    eastUnitId: unitId,
    countyCode: '621022',
    values: { trainingKind: 'cadre', title: `断连测试培训 ${i}`, sessions: 1, personTimes: 1 },
    people: [{ idNumber: makeIdNumber('621022', '19850315', 700 + i), name: `学员${i}`, isPoor: false }],
  });
}

describe('a database connection that dies in the middle of a transaction', () => {
  it('is reported to the pool’s error handler and fails only its own transaction, not the process', async () => {
    const seen: Error[] = [];
    const database = openDatabase(env.url, { onError: (e) => seen.push(e) });
    const owner = openDatabase(env.url);
    try {
      const failed = await database.db
        .transaction(async (tx) => {
          const pid = (await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`)).rows[0]!.pid;
          // as when PostgreSQL is shut down or killed: the server ends the connection between two statements
          await owner.db.execute(sql`select pg_terminate_backend(${pid})`);
          await until(async () => seen.length > 0, 10_000, 'the connection error');
          await tx.execute(sql`select 1`);
        })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(isDatabaseUnavailable(failed)).toBe(true);
      expect(seen[0]!.message).toMatch(/terminating connection|Connection terminated/);
      expect((await database.db.execute<{ n: number }>(sql`select 1 as n`)).rows[0]!.n).toBe(1);
    } finally {
      await database.close();
      await owner.close();
    }
  });
});

describe('a connection that dies before its transaction began', () => {
  it('goes back to the pool (drizzle leaves it checked out when BEGIN fails: the pool would shrink for good)', async () => {
    const viaProxy = new URL(env.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(env.proxy!.port);
    const database = openDatabase(viaProxy.toString(), { max: 1 });
    try {
      expect((await database.db.execute<{ n: number }>(sql`select 1 as n`)).rows[0]!.n).toBe(1);
      env.proxy!.freeze();
      const tx = database.db.transaction(async (t) => void (await t.execute(sql`select 1`)));
      await until(async () => database.pool.waitingCount === 0 && database.pool.idleCount === 0, 5_000, 'checkout');
      env.proxy!.cut(); // BEGIN is on its way: the connection dies under it
      expect(
        isDatabaseUnavailable(
          await tx.then(
            () => undefined,
            (e: unknown) => e,
          ),
        ),
      ).toBe(true);
      env.proxy!.resume();
      await until(async () => database.pool.totalCount === 0, 5_000, 'the dead connection to leave the pool');
      // the pool's one connection is free again
      expect((await database.db.execute<{ n: number }>(sql`select 1 as n`)).rows[0]!.n).toBe(1);
    } finally {
      env.proxy!.resume();
      await database.close();
    }
  });
});

describe('a frozen database (nothing answers, as with PostgreSQL stopped by SIGSTOP)', () => {
  it('health answers 503 at once, writes answer 503 DATABASE_UNAVAILABLE within the timeouts, and both recover by themselves', async () => {
    const reporter = await signedIn(env.app, 'unit-zuzhibu');
    expect((await training(reporter, 1)).status).toBe(200);
    env.proxy!.freeze();
    try {
      let t0 = Date.now();
      expect(await health()).toBe(503);
      expect(Date.now() - t0).toBeLessThan(5_000); // its own probe limit is 1.5 s: it does not hang
      t0 = Date.now();
      const write = await training(reporter, 2);
      expect(write.status).toBe(503);
      expect(write.body.error.code).toBe('DATABASE_UNAVAILABLE');
      expect(Date.now() - t0).toBeLessThan(10_000); // bounded by the connect and statement timeouts (1 s, 2 s)
      const read = await reporter.get('/api/records?page=1&pageSize=5');
      expect(read.status).toBe(503);
      expect(read.body.error.code).toBe('DATABASE_UNAVAILABLE');
    } finally {
      env.proxy!.resume();
    }
    await until(async () => (await health()) === 200, 20_000, 'health to be ok again');
    const after = await training(reporter, 3);
    expect(after.status).toBe(200);
    const titles = await env.ctx.db.execute<{ title: string }>(
      sql`select attrs->>'title' as title from records where attrs->>'title' like '断连测试培训%' order by 1`,
    );
    // the write answered 503 is not there; the two answered 200 are
    expect(titles.rows.map((r) => r.title)).toEqual(['断连测试培训 1', '断连测试培训 3']);
  });

  it('a killed database server answers 503 DATABASE_UNAVAILABLE, never 500, until it is back', async () => {
    const reporter = await signedIn(env.app, 'unit-zuzhibu');
    env.proxy!.freeze();
    env.proxy!.cut();
    try {
      const res = await reporter.get('/api/records?page=1&pageSize=5');
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('DATABASE_UNAVAILABLE');
    } finally {
      env.proxy!.resume();
    }
    await until(async () => (await health()) === 200, 20_000, 'health to be ok again');
    expect((await reporter.get('/api/records?page=1&pageSize=5')).status).toBe(200);
  });
});
