import fs from 'node:fs';
import { makeIdNumber } from '@xiezuo/domain';
import pg from 'pg';
import { runningEmbeddedUrl } from '../server/src/db/embedded';
import type { HttpClient } from './http-client';
import { until } from './server-process';

/** A query on the server's embedded database, as its owner. */
export async function query<T extends pg.QueryResultRow>(dataDir: string, text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: runningEmbeddedUrl(dataDir) });
  client.on('error', () => {});
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** Health's status now (0: no answer within 3 s). */
export const health = async (c: HttpClient) => (await c.get('/api/health', 3_000)).status;

/** Uploads an xlsx as a ledger import of `type`; the batch id. */
export async function upload(c: HttpClient, file: string, type: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([fs.readFileSync(file)]), 'fault.xlsx');
  const res = await c.post(`/api/imports?type=${type}`, form);
  if (res.status !== 202) throw new Error(`upload: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

export const importOf = async (c: HttpClient, id: string) => (await c.get(`/api/imports/${id}`)).body;

/** Waits until the batch has at least `rows` rows in (bounded). */
export const rowsIn = (c: HttpClient, id: string, rows: number) =>
  until(async () => ((await importOf(c, id))?.accepted ?? 0) >= rows, 120_000, `${rows} rows imported`, 50);

/** Records of a batch in the ledger. */
export const recordsOf = async (dataDir: string, id: string) =>
  Number((await query<{ n: string }>(dataDir, 'select count(*) as n from records where import_id = $1', [id]))[0]!.n);

/** Waits until the batch is done (bounded) and answers it. */
export async function finished(c: HttpClient, id: string) {
  await until(async () => (await importOf(c, id))?.status === 'done', 240_000, 'the import to finish', 200);
  return importOf(c, id);
}

/** What a stream of writes did: every attempt, with its answer and, for those answered 200, its title. */
export type WriteLog = {
  attempted: number;
  acknowledged: string[];
  refused: Record<number, number>;
  titles: string[];
  /** The first refusal's answer per status, to see why. */
  firstRefusal: Record<number, unknown>;
};

/** A ledger write: a training record titled `title` with one person (the `n`th of a run of ID numbers). */
export const trainingRecord = (unitId: string, title: string, n: number) => ({
  type: 'training',
  occurredOn: '2019-06-12',
  eastUnitId: unitId,
  countyCode: '621022',
  values: { trainingKind: 'cadre', title, sessions: 1, personTimes: 1 },
  people: [{ idNumber: makeIdNumber('621022', '19900101', n % 1000), name: `故障${n}`, isPoor: false }],
});

/**
 * Writes (a training record with one new person each) and reads in two loops until `stop` is set, as users would
 * while the database fails under them.
 */
export function trafficLoops(c: HttpClient, unitId: string, tag: string, stop: { now: boolean }) {
  const writes: WriteLog = { attempted: 0, acknowledged: [], refused: {}, titles: [], firstRefusal: {} };
  const reads = { attempted: 0, ok: 0, refused: {} as Record<number, number> };
  const writer = (async () => {
    for (let i = 0; !stop.now; i++) {
      const title = `${tag}-${i}`;
      writes.attempted++;
      writes.titles.push(title);
      const res = await c.post('/api/records', trainingRecord(unitId, title, i));
      if (res.status === 200) writes.acknowledged.push(title);
      else {
        writes.refused[res.status] = (writes.refused[res.status] ?? 0) + 1;
        writes.firstRefusal[res.status] ??= res.body;
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  })();
  const reader = (async () => {
    while (!stop.now) {
      reads.attempted++;
      const res = await c.get('/api/records?page=1&pageSize=20');
      if (res.status === 200) reads.ok++;
      else reads.refused[res.status] = (reads.refused[res.status] ?? 0) + 1;
      await new Promise((r) => setTimeout(r, 150));
    }
  })();
  return { writes, reads, done: Promise.all([writer, reader]) };
}

/** Of these titles, the ones in the ledger. */
export async function present(dataDir: string, titles: string[]): Promise<Set<string>> {
  const rows = await query<{ t: string }>(
    dataDir,
    `select attrs->>'title' as t from records where attrs->>'title' = any($1::text[])`,
    [titles],
  );
  return new Set(rows.map((r) => r.t));
}

/** PostgreSQL's processes: the postmaster and its children (each backend leads a process group of its own). */
export function postgresProcesses(postmaster: number): number[] {
  const children = fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        // /proc/<pid>/stat: pid (comm) state ppid …; comm may hold spaces, so read after the last ')'
        const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return ppid === postmaster ? [Number(d)] : [];
      } catch {
        return [];
      }
    });
  return [postmaster, ...children];
}
